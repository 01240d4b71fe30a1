import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { checkDatabaseFile, copyDatabase, type DatabaseCheck } from "./backup-database";
import { holdDatabase, takeExclusive } from "./database-holder";

export class BadBackup extends Error {
  override name = "BadBackup";
}

export interface RestoreReport {
  backup: string;
  check: DatabaseCheck;
  target: string;
  /** Where the database that was replaced now is (null when there was none). */
  replacedAside: string | null;
}

const SIDE_FILES = ["-wal", "-shm", "-journal"];

/**
 * Replaces the database file `target` with the backup `backup`, after checking the backup
 * (`integrity_check`) — refused with BadBackup when it fails — and making sure nobody holds `target`
 * (DatabaseHeld: a live `npm start` by its holder file, any other open connection by SQLite's own locks).
 * The replaced database is kept aside as `<target>.replaced-<time>`; the backup itself is not changed.
 */
export function restoreDatabase({ backup, target, now = new Date() }: { backup: string; target: string; now?: Date }): RestoreReport {
  if (!fs.existsSync(backup)) throw new BadBackup(`no file at ${backup}`);
  if (path.resolve(backup) === path.resolve(target)) throw new BadBackup(`${backup} is the database itself`);
  for (const suffix of ["-wal", "-journal"]) {
    if (fs.existsSync(backup + suffix)) throw new BadBackup(`${backup}${suffix} exists: the backup is a database in use, not a finished backup`);
  }
  const check = checkDatabaseFile(backup);
  if (!check.ok) throw new BadBackup(`${backup} fails its check: ${check.problems.slice(0, 5).join("; ")}`);

  const hold = holdDatabase(target, "restore");
  let live: Database.Database | null = null;
  try {
    const aside = `${target}.replaced-${now.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}Z$/, "Z")}`;
    let replacedAside: string | null = null;
    if (fs.existsSync(target)) {
      live = takeExclusive(target); // throws DatabaseHeld; keeps everyone out until we are done
      fs.renameSync(target, aside);
      replacedAside = aside;
    }
    // A write-ahead log left beside the old file would be read into the new one: move it aside too.
    for (const suffix of SIDE_FILES) {
      if (fs.existsSync(target + suffix)) {
        fs.renameSync(target + suffix, aside + suffix);
        replacedAside ??= aside;
      }
    }
    const source = new Database(backup, { readonly: true, fileMustExist: true });
    try {
      copyDatabase(source, target);
    } catch (err) {
      // Put back what was there: a failed restore leaves the database as it found it.
      if (replacedAside && !fs.existsSync(target)) {
        for (const suffix of ["", ...SIDE_FILES]) if (fs.existsSync(aside + suffix)) fs.renameSync(aside + suffix, target + suffix);
      }
      throw err;
    } finally {
      source.close();
    }
    return { backup, check, target, replacedAside };
  } finally {
    live?.close();
    hold.release();
  }
}
