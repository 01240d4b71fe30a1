import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDb } from "@/db/client";
import { editions, pages, users } from "@/db/schema";
import { prepareData, signInHelp } from "./prepare-data";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsdesk-prepare-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
let n = 0;
const freshFile = () => path.join(dir, `start-${n++}.db`);

function logins(file: string): string[] {
  const { db, sqlite } = openDb(file);
  try {
    return db.select({ login: users.login }).from(users).orderBy(users.id).all().map((u) => u.login);
  } finally {
    sqlite.close();
  }
}

const URL = "http://localhost:3000";

describe("the first start's accounts", () => {
  it("in production: the seed edition, no account, and how to create the first admin", async () => {
    const file = freshFile();
    const { seed, demo } = await prepareData({ demo: false, dev: false }, file);
    expect(logins(file)).toEqual([]);
    const { db, sqlite } = openDb(file);
    // the seed edition, printed (its page released), and the next one made from the template
    expect(db.select({ date: editions.date }).from(editions).orderBy(editions.date).all()).toEqual([{ date: "2019-01-09" }, { date: "2019-01-10" }]);
    expect(db.select({ state: pages.state }).from(pages).orderBy(pages.id).all()).toEqual([{ state: "released" }, { state: "planning" }]);
    sqlite.close();
    const help = signInHelp({ url: URL, demo, seed, demoPassword: "newsdesk" }).join("\n");
    expect(help).toContain("npm run user:add -- --login admin --name 管理员 --role admin");
    expect(help).toContain("NEWSDESK_ADMIN_PASSWORD");
    expect(help).toContain(`sign in at ${URL}/login`);
    expect(help).not.toContain('password "newsdesk"');
  }, 30_000);

  it("in production with NEWSDESK_ADMIN_PASSWORD: the admin only", async () => {
    const file = freshFile();
    const { seed, demo } = await prepareData({ demo: false, dev: false, adminPassword: "first-admin-pass" }, file);
    expect(logins(file)).toEqual(["admin"]);
    const help = signInHelp({ url: URL, demo, seed, demoPassword: "newsdesk" }).join("\n");
    expect(help).toContain('first admin created: login "admin"');
    expect(help).not.toContain("user:add");
  }, 30_000);

  it("in development: the demo accounts on an empty database, none once accounts exist", async () => {
    const file = freshFile();
    const { seed, demo } = await prepareData({ demo: false, dev: true }, file);
    expect(demo).toBe(true);
    expect(logins(file)).toEqual(["chief", "liqiang", "wangfang", "zhaomin", "limeng", "xiaohui", "admin"]);
    expect(signInHelp({ url: URL, demo, seed, demoPassword: "newsdesk" })[0]).toBe(
      `Newsdesk: sign in at ${URL}/login  (demo logins: chief, liqiang, wangfang, zhaomin, limeng, xiaohui, admin; password "newsdesk")`,
    );

    const production = freshFile();
    await prepareData({ demo: false, dev: false, adminPassword: "first-admin-pass" }, production);
    expect((await prepareData({ demo: false, dev: true }, production)).demo).toBe(false);
    expect(logins(production)).toEqual(["admin"]);
  }, 30_000);

  it("with NEWSDESK_DEMO=1 (npm run demo): the demo accounts, in production too", async () => {
    const file = freshFile();
    await prepareData({ demo: false, dev: false, adminPassword: "first-admin-pass" }, file);
    const { seed, demo } = await prepareData({ demo: true, dev: false }, file);
    expect(seed.usersCreated).toEqual(["chief", "liqiang", "wangfang", "zhaomin", "limeng", "xiaohui"]);
    expect(logins(file)).toEqual(["admin", "chief", "liqiang", "wangfang", "zhaomin", "limeng", "xiaohui"]);
    expect(signInHelp({ url: URL, demo, seed, demoPassword: "another-one" })[0]).toContain('password "$NEWSDESK_DEMO_PASSWORD"');
  }, 30_000);

  it("a production start warns about demo logins that still have the public password", async () => {
    const file = freshFile();
    await prepareData({ demo: true, dev: false }, file);
    const { seed, demo, publicPasswords } = await prepareData({ demo: false, dev: false }, file);
    expect(publicPasswords).toEqual(["chief", "liqiang", "wangfang", "zhaomin", "limeng", "xiaohui", "admin"]);
    expect(signInHelp({ url: URL, demo, seed, demoPassword: "newsdesk", publicPasswords })[0]).toBe(
      "Newsdesk: WARNING: chief, liqiang, wangfang, zhaomin, limeng, xiaohui, admin still have the public demo password: change it (/account) or disable the account (/admin/users)",
    );
  }, 30_000);
});
