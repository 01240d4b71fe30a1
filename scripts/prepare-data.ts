import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { databasePath, openDb, runMigrations } from "@/db/client";
import { inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import { env } from "@/lib/env";
import { verifyPassword } from "@/lib/passwords";
import { DEMO_ACCOUNTS, FIRST_ADMIN, loadSeed, type SeedReport } from "@/seeds/load-seed";

/**
 * The auth secret: NEXTAUTH_SECRET when set, else a random one generated once and kept beside the
 * database (mode 0600), so sessions survive restarts and the secret is never guessable.
 */
export function ensureAuthSecret(dataDir: string): string {
  const { NEXTAUTH_SECRET } = env();
  if (NEXTAUTH_SECRET) return NEXTAUTH_SECRET;
  const file = path.join(dataDir, "auth-secret");
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
  const secret = crypto.randomBytes(32).toString("base64url");
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(file, secret + "\n", { mode: 0o600 });
  return secret;
}

export interface StartAccounts {
  /** `npm run demo` or NEWSDESK_DEMO=1: the demo accounts, whatever the database holds. */
  demo: boolean;
  /** `npm run dev`: the demo accounts too, when the database has no account yet. */
  dev: boolean;
  /** NEWSDESK_ADMIN_PASSWORD: the first admin, when the database has no account yet. */
  adminPassword?: string;
}

/**
 * Migrates the database and loads the seed edition when it is missing; the demo accounts (public
 * password) only in a demo or a first development start. Safe to run on every start.
 */
export async function prepareData(
  accounts: StartAccounts,
  file: string = databasePath(),
): Promise<{ file: string; seed: SeedReport; demo: boolean; publicPasswords: string[] }> {
  const { db, sqlite } = openDb(file);
  try {
    runMigrations(db);
    const empty = db.select({ id: users.id }).from(users).limit(1).get() === undefined;
    const demo = accounts.demo || (accounts.dev && empty);
    const seed = await loadSeed(db, { demo, adminPassword: accounts.adminPassword });
    const publicPasswords = demo || accounts.dev ? [] : await loginsWithDemoPassword(db, env().NEWSDESK_DEMO_PASSWORD);
    return { file, seed, demo, publicPasswords };
  } finally {
    sqlite.close();
  }
}

/**
 * Demo logins that still have the public password (made by a demo start, or by an older version that made
 * them on every start): a production start warns about them.
 */
async function loginsWithDemoPassword(db: Db, demoPassword: string): Promise<string[]> {
  const rows = db
    .select({ login: users.login, passwordHash: users.passwordHash, disabledAt: users.disabledAt })
    .from(users)
    .where(inArray(users.login, DEMO_ACCOUNTS.map((a) => a.login)))
    .orderBy(users.id)
    .all();
  const found: string[] = [];
  for (const row of rows) if (!row.disabledAt && (await verifyPassword(demoPassword, row.passwordHash))) found.push(row.login);
  return found;
}

/** What `npm start` prints about signing in: where, and with which account (or how to make the first one). */
export function signInHelp({ url, demo, seed, demoPassword, publicPasswords = [] }: { url: string; demo: boolean; seed: SeedReport; demoPassword: string; publicPasswords?: string[] }): string[] {
  const lines: string[] = [];
  if (publicPasswords.length) {
    lines.push(`Newsdesk: WARNING: ${publicPasswords.join(", ")} still ha${publicPasswords.length === 1 ? "s" : "ve"} the public demo password: change it (/account) or disable the account (/admin/users)`);
  }
  if (demo) {
    const password = demoPassword === "newsdesk" ? "newsdesk" : "$NEWSDESK_DEMO_PASSWORD";
    lines.push(`Newsdesk: sign in at ${url}/login  (demo logins: ${DEMO_ACCOUNTS.map((a) => a.login).join(", ")}; password "${password}")`);
    lines.push("Newsdesk: the demo accounts have a public password: for trying Newsdesk, never on an open network");
    return lines;
  }
  if (seed.usersCreated.includes(FIRST_ADMIN.login)) {
    lines.push(`Newsdesk: first admin created: login "${FIRST_ADMIN.login}", the password given in NEWSDESK_ADMIN_PASSWORD`);
  }
  if (seed.noAccounts) {
    lines.push(
      "Newsdesk: there is no account yet. Create the first admin (it asks for the password):",
      `  npm run user:add -- --login ${FIRST_ADMIN.login} --name ${FIRST_ADMIN.name} --role admin`,
      "  or start once with NEWSDESK_ADMIN_PASSWORD set (login admin); to try Newsdesk with demo accounts: npm run demo",
    );
  }
  lines.push(`Newsdesk: sign in at ${url}/login`);
  return lines;
}
