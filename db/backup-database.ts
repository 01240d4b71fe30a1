import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

export interface DatabaseCheck {
  ok: boolean;
  /** "ok", or what `PRAGMA integrity_check` (or opening the file) found. */
  problems: string[];
  stories: number | null;
  migrations: number | null;
  bytes: number;
}

/** Opens a database file read-only and runs `PRAGMA integrity_check`; a file that is not a Newsdesk database is not ok. */
export function checkDatabaseFile(file: string): DatabaseCheck {
  const bytes = fs.statSync(file).size;
  let sqlite: Database.Database | undefined;
  try {
    sqlite = new Database(file, { readonly: true, fileMustExist: true });
    const problems = (sqlite.pragma("integrity_check") as { integrity_check: string }[]).map((r) => r.integrity_check);
    if (problems.length !== 1 || problems[0] !== "ok") return { ok: false, problems, stories: null, migrations: null, bytes };
    const tables = new Set((sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[]));
    if (!tables.has("stories") || !tables.has("__drizzle_migrations")) return { ok: false, problems: ["not a Newsdesk database (no stories table or migrations)"], stories: null, migrations: null, bytes };
    const stories = sqlite.prepare("SELECT count(*) FROM stories").pluck().get() as number;
    const migrations = sqlite.prepare("SELECT count(*) FROM __drizzle_migrations").pluck().get() as number;
    return { ok: true, problems: [], stories, migrations, bytes };
  } catch (err) {
    return { ok: false, problems: [err instanceof Error ? err.message : String(err)], stories: null, migrations: null, bytes };
  } finally {
    sqlite?.close();
  }
}

/** fsync a file, then its folder, so a rename into place survives a power loss. */
function syncToDisk(file: string): void {
  for (const target of [file, path.dirname(file)]) {
    const fd = fs.openSync(target, "r");
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  }
}

/**
 * Copies the database open in `sqlite` to `target` with `VACUUM INTO`: one read transaction, so the copy
 * is the database as it stood when the copy began, and (in WAL mode) writers go on meanwhile. The copy
 * is written beside the target and renamed into place once it is on disk, so `target` is never half a
 * database; an existing `target` is refused, not overwritten.
 */
export function copyDatabase(sqlite: Database.Database, target: string): void {
  if (fs.existsSync(target)) throw new Error(`${target} exists already (choose a new file)`);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const partial = `${target}.partial`;
  fs.rmSync(partial, { force: true });
  try {
    sqlite.prepare("VACUUM INTO ?").run(partial);
    syncToDisk(partial);
    fs.linkSync(partial, target); // fails rather than replace a target that appeared meanwhile
    syncToDisk(target);
  } finally {
    fs.rmSync(partial, { force: true });
  }
}

export interface BackupReport {
  source: string;
  file: string;
  check: DatabaseCheck;
  startedAt: string;
  ms: number;
}

/** Backs up the database file `source` (a server may be running on it) into the new file `target`, and checks the copy. */
export function backupDatabase(source: string, target: string): BackupReport {
  const started = Date.now();
  const sqlite = new Database(source, { fileMustExist: true, timeout: 5000 });
  try {
    copyDatabase(sqlite, target);
  } finally {
    sqlite.close();
  }
  const check = checkDatabaseFile(target);
  if (!check.ok) throw new Error(`the copy at ${target} fails its check: ${check.problems.join("; ")}`);
  return { source, file: target, check, startedAt: new Date(started).toISOString(), ms: Date.now() - started };
}
