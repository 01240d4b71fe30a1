import fs from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import type { TestProject } from "vitest/node";
import { pages, users } from "@/db/schema";
import { openTestDb, type TestUser } from "@/db/test-db";
import { loadSeed } from "./load-seed";

/**
 * vitest globalSetup: loads the seed once into a template database. Tests that need the seed page take a
 * copy of it (`makeSeededDb` in db/test-db.ts), so db/ gets seed content without importing seeds/.
 */
export default async function setup(project: TestProject) {
  // The seed page before it went to print, for tests about something else that still change it.
  const inLayout = openTestDb();
  await loadSeed(inLayout.db, { demo: true, password: "password-1", printed: false });
  inLayout.sqlite.close();
  const { db, sqlite, file } = openTestDb();
  await loadSeed(db, { demo: true, password: "password-1" });
  const all = db.select({ id: users.id, login: users.login, role: users.role, name: users.name }).from(users).all();
  const user = (login: string): TestUser => {
    const u = all.find((x) => x.login === login);
    if (!u) throw new Error(`no seed user ${login}`);
    return { id: u.id, role: u.role, name: u.name };
  };
  const seedPage = db.select({ id: pages.id }).from(pages).where(eq(pages.number, 1)).get()!;
  project.provide("seedTemplate", {
    file,
    inLayoutFile: inLayout.file,
    seedPageId: seedPage.id,
    users: { chief: user("chief"), editor: user("liqiang"), reporter: user("limeng"), admin: user("admin"), proofreader: user("zhaomin") },
  });
  sqlite.close(); // checkpoints the WAL, so the file alone is the whole database
  return () => {
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
    fs.rmSync(path.dirname(inLayout.file), { recursive: true, force: true });
  };
}
