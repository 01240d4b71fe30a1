import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import fs from "node:fs";
import path from "node:path";
import { countZi } from "@/lib/cjk/count-zi";
import { env } from "@/lib/env";
import { indexText } from "@/lib/search/tokens";
import * as schema from "./schema";

export type Db = BetterSQLite3Database<typeof schema>;
/** A transaction handle; command functions accept either. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type DbOrTx = Db | Tx;

export function databasePath(): string {
  return path.resolve(/*turbopackIgnore: true*/ env().DATABASE_PATH);
}

/** Opens a database file with the pragmas every connection needs. */
export function openDb(file: string = databasePath()): { db: Db; sqlite: Database.Database } {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  // FULL: the WAL is fsynced at every commit, so a save answered 200 survives a power loss too (NORMAL
  // only survives a crash of the process). docs/DECISIONS.md "Durability".
  sqlite.pragma("synchronous = FULL");
  // 字数 in SQL, for migrations that backfill stories.zi (0003)
  sqlite.function("count_zi", { deterministic: true }, (text: unknown) => (typeof text === "string" ? countZi(text) : 0));
  // the search index's tokens, for its triggers (migration 0009): the index is written in the same transaction as the text
  sqlite.function("search_tokens", { deterministic: true }, (text: unknown) => (typeof text === "string" ? indexText(text) : ""));
  cacheStatements(sqlite);
  return { db: drizzle(sqlite, { schema }), sqlite };
}

const STATEMENT_CACHE_SIZE = 500;

/**
 * Drizzle prepares a new statement for every query it runs, so SQLite compiles the same SQL again on every
 * request (a third of a story save's database time). The connection keeps the last 500 statements by
 * their SQL text instead; a statement handed out again is reset to plain rows (someone may have set raw
 * or pluck on it). Safe because nothing here iterates a statement lazily: each is run to completion at once.
 * better-sqlite3's own calls (pragma, transaction) pass extra arguments and are left alone.
 */
function cacheStatements(sqlite: Database.Database): void {
  const prepare = sqlite.prepare.bind(sqlite) as (...args: unknown[]) => Database.Statement;
  const cache = new Map<string, Database.Statement>();
  sqlite.prepare = ((...args: unknown[]) => {
    const [source] = args;
    if (args.length !== 1 || typeof source !== "string") return prepare(...args);
    const hit = cache.get(source);
    if (hit) {
      cache.delete(source);
      cache.set(source, hit);
      if (hit.reader) hit.pluck(false).expand(false).raw(false);
      return hit;
    }
    const statement = prepare(source);
    cache.set(source, statement);
    if (cache.size > STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value!);
    return statement;
  }) as Database.Database["prepare"];
}

export function migrationsFolder(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), "db", "migrations");
}

export function runMigrations(db: Db): void {
  migrate(db, { migrationsFolder: migrationsFolder() });
}

// One connection per server process; cached on globalThis so dev-server reloads don't leak handles.
const globalForDb = globalThis as unknown as { newsdeskDb?: Db };

export function getDb(): Db {
  if (!globalForDb.newsdeskDb) globalForDb.newsdeskDb = openDb().db;
  return globalForDb.newsdeskDb;
}
