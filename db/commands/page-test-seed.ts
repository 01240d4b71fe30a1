import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { loadSeed } from "@/seeds/load-seed";
import type { Role } from "@/lib/roles";
import { openDb, runMigrations, type Db } from "../client";
import { pages, users } from "../schema";

export type SeedUser = { id: number; role: Role; name: string };

/**
 * For the page command tests: a migrated database in a temporary folder with the whole seed loaded
 * (demo accounts, the 2019-01-09 edition, page 1 聊城新闻 in layout with its stories approved).
 */
export async function makeSeededDb() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsdesk-pages-"));
  const { db, sqlite } = openDb(path.join(dir, "test.db"));
  runMigrations(db);
  await loadSeed(db, { password: "password-1" });
  const all = db.select({ id: users.id, login: users.login, role: users.role, name: users.name }).from(users).all();
  const user = (login: string): SeedUser => {
    const u = all.find((x) => x.login === login);
    if (!u) throw new Error(`no seed user ${login}`);
    return { id: u.id, role: u.role, name: u.name };
  };
  const seedPage = db.select().from(pages).where(eq(pages.number, 1)).get()!;
  const close = () => {
    sqlite.close();
    fs.rmSync(dir, { recursive: true, force: true });
  };
  return {
    db: db as Db,
    users: { chief: user("chief"), editor: user("liqiang"), reporter: user("limeng"), admin: user("admin") },
    seedPage,
    close,
  };
}
