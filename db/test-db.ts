import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { inject } from "vitest";
import { openDb, runMigrations, type Db } from "./client";
import { createUser } from "./commands/create-user";
import { editions, pageElements, pages, publications, users } from "./schema";
import { signProofRound } from "./commands/sign-proof-round";
import { proofProgressOf } from "./queries/proofing";
import type { LayoutElementInput } from "@/lib/api/page-schemas";
import type { Role } from "@/lib/roles";
import { DomainError } from "@/lib/errors";

export type TestUser = { id: number; role: Role; name: string };

/** What seeds/seed-test-template.ts (vitest globalSetup) provides: the seeded template database and who is in it. */
export interface SeedTemplate {
  /** the seed as a first start loads it: the page printed (signed, released), the next edition from the template */
  file: string;
  /** the same, but the seed page still in layout with its stories approved (SeedOptions.printed false) */
  inLayoutFile: string;
  seedPageId: number;
  users: { chief: TestUser; editor: TestUser; reporter: TestUser; admin: TestUser; proofreader: TestUser };
}

declare module "vitest" {
  export interface ProvidedContext {
    seedTemplate: SeedTemplate;
  }
}

/**
 * The one way a test gets a database: a fresh file in its own temporary folder, migrated — or a copy of
 * `template` (a database file already migrated and filled). `close()` closes it and removes the folder.
 */
export function openTestDb({ template }: { template?: string } = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsdesk-test-"));
  const file = path.join(dir, "test.db");
  if (template) fs.copyFileSync(template, file);
  const { db, sqlite } = openDb(file);
  runMigrations(db);
  const close = () => {
    sqlite.close();
    fs.rmSync(dir, { recursive: true, force: true });
  };
  return { db: db as Db, sqlite, file, close };
}

/** A test database with one edition (2019-01-09, page 1) and the given users. */
export async function makeTestDb(accounts: { login: string; name: string; role: Role }[]) {
  const { db, sqlite, close } = openTestDb();
  const users: Record<string, TestUser> = {};
  for (const a of accounts) {
    const u = await createUser(db, { ...a, password: "password-1" });
    users[a.login] = { id: u.id, role: u.role, name: u.name };
  }
  const pub = db.insert(publications).values({ name: "大众日报" }).returning().get();
  const edition = db.insert(editions).values({ publicationId: pub.id, date: "2019-01-09" }).returning().get();
  const page = db.insert(pages).values({ editionId: edition.id, number: 1, name: "聊城新闻", state: "layout" }).returning().get();
  return { db, sqlite, users, edition, page, close };
}

/**
 * A test database holding the whole seed (demo accounts, the 2019-01-09 edition with page 1 聊城新闻 signed
 * and released and its stories published, the template, the empty 2019-01-10 edition): a copy of the
 * template the seed was loaded into once for the run. `seedPage: "in-layout"` gives the seed page as it was
 * before it went to print (in layout, stories approved), for tests about something else that change that page.
 */
export function makeSeededDb({ seedPage: variant = "printed" }: { seedPage?: "printed" | "in-layout" } = {}) {
  const seed = inject("seedTemplate");
  if (!seed) throw new Error("no seed template: run the tests through vitest.config.ts (globalSetup seeds/seed-test-template.ts)");
  const { db, close } = openTestDb({ template: variant === "printed" ? seed.file : seed.inLayoutFile });
  const seedPage = db.select().from(pages).where(eq(pages.id, seed.seedPageId)).get()!;
  return { db, users: seed.users, seedPage, close };
}

/** A page's boxes as the layout save takes them back (what PUT /api/pages/:id/layout would send). */
export function pageLayoutOf(db: Db, pageId: number): LayoutElementInput[] {
  return db
    .select()
    .from(pageElements)
    .where(eq(pageElements.pageId, pageId))
    .all()
    .map(({ pageId: _p, ...e }) => e);
}

/** The DomainError `fn` is refused with (a test fails when it is not refused, or throws something else). */
export function refusal(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error("expected a refusal");
}

/**
 * 三校 for tests that sign a page: a proofreader (the seed's 赵敏, else one made here) signs every proofreading round
 * of the page's edition through the command the API uses, so 签版 finds the proofreading done (docs/PROOFING.md).
 * Call it on a submitted page, before `transitionPage(… "sign" …)`.
 */
export function proofreadPage(db: Db, pageId: number): void {
  const proofreader =
    db.select({ id: users.id }).from(users).where(eq(users.role, "proofreader")).limit(1).get() ??
    db.insert(users).values({ login: "test-proofreader", name: "校对员", role: "proofreader", passwordHash: "-" }).returning({ id: users.id }).get();
  const { rounds, signedRounds } = proofProgressOf(db, pageId);
  for (let round = 1; round <= rounds; round++) if (!signedRounds.includes(round)) signProofRound(db, { pageId, round, actor: proofreader });
}
