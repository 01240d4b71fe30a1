import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDb, runMigrations, type Db } from "./client";
import { createUser } from "./commands/create-user";
import { editions, pages, publications } from "./schema";
import type { Role } from "@/lib/roles";

/** A migrated database in a temporary folder, with one edition (2019-01-09, page 1) and the given users. */
export async function makeTestDb(accounts: { login: string; name: string; role: Role }[]) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsdesk-test-"));
  const { db, sqlite } = openDb(path.join(dir, "test.db"));
  runMigrations(db);
  const users: Record<string, { id: number; role: Role; name: string }> = {};
  for (const a of accounts) {
    const u = await createUser(db, { ...a, password: "password-1" });
    users[a.login] = { id: u.id, role: u.role, name: u.name };
  }
  const pub = db.insert(publications).values({ name: "大众日报" }).returning().get();
  const edition = db.insert(editions).values({ publicationId: pub.id, date: "2019-01-09" }).returning().get();
  const page = db.insert(pages).values({ editionId: edition.id, number: 1, name: "聊城新闻", state: "layout" }).returning().get();
  const close = () => {
    sqlite.close();
    fs.rmSync(dir, { recursive: true, force: true });
  };
  return { db: db as Db, users, edition, page, close };
}
