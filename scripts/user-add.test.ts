import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDb } from "@/db/client";
import { users } from "@/db/schema";
import { verifyPassword } from "@/lib/passwords";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsdesk-useradd-"));
const dbFile = path.join(dir, "u.db");
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function run(args: string[], input?: string) {
  return spawnSync("node_modules/.bin/tsx", ["scripts/user-add.ts", ...args], { env: { ...process.env, DATABASE_PATH: dbFile }, input, encoding: "utf8" });
}

describe("npm run user:add", () => {
  it("creates a user with a hashed password, from the flag or from standard input", async () => {
    expect(run(["--login", "wangwu", "--name", "王五", "--role", "editor", "--password", "secret-pass"]).status).toBe(0);
    const piped = run(["--login", "zhao", "--name", "赵六", "--role", "reporter"], "piped-secret\n");
    expect(piped.status).toBe(0);
    const { db, sqlite } = openDb(dbFile);
    const rows = db.select().from(users).all();
    sqlite.close();
    expect(rows.map((u) => [u.login, u.name, u.role])).toEqual([
      ["wangwu", "王五", "editor"],
      ["zhao", "赵六", "reporter"],
    ]);
    expect(rows[0].passwordHash).not.toContain("secret-pass");
    expect(await verifyPassword("secret-pass", rows[0].passwordHash)).toBe(true);
    expect(await verifyPassword("piped-secret", rows[1].passwordHash)).toBe(true);
  }, 30_000);

  it("refuses a taken login and bad fields with exit 2 and a message", () => {
    const taken = run(["--login", "wangwu", "--name", "王五", "--role", "editor", "--password", "secret-pass"]);
    expect(taken.status).toBe(2);
    expect(taken.stderr).toContain("already taken");
    const bad = run(["--login", "x", "--name", "王五", "--role", "boss", "--password", "s"]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("role");
  }, 30_000);
});
