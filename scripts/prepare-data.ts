import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { databasePath, openDb, runMigrations } from "@/db/client";
import { env } from "@/lib/env";
import { loadSeed, type SeedReport } from "@/seeds/load-seed";

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

/** Migrates the database and loads the seed when it is missing. Safe to run on every start. */
export async function prepareData(): Promise<{ file: string; seed: SeedReport }> {
  const file = databasePath();
  const { db, sqlite } = openDb(file);
  try {
    runMigrations(db);
    const seed = await loadSeed(db);
    return { file, seed };
  } finally {
    sqlite.close();
  }
}
