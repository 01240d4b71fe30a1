import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

/**
 * Who holds a database file: `npm start` (the server) or `npm run db:restore`. The holder writes
 * `<database>.holder.json` while it runs and removes it when it stops; a file left by a process that
 * died (SIGKILL, power loss) names a pid that is gone and counts as free. Restore also asks SQLite
 * itself (`openElsewhere`), which catches a server started some other way.
 */
export interface Holder {
  role: "server" | "restore";
  /** The process that wrote the file (for a server: scripts/start.ts). */
  pid: number;
  /** For a server: the `next start` child, the process that has the database open. */
  serverPid?: number;
  since: string;
}

export class DatabaseHeld extends Error {
  override name = "DatabaseHeld";
}

export function holderFile(databaseFile: string): string {
  return `${databaseFile}.holder.json`;
}

function alive(pid: number | undefined): boolean {
  if (!pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The live holder of the database, or null (no file, or one left by processes that are gone). */
export function databaseHolder(databaseFile: string): Holder | null {
  let holder: Holder;
  try {
    holder = JSON.parse(fs.readFileSync(holderFile(databaseFile), "utf8")) as Holder;
  } catch {
    return null;
  }
  return alive(holder.pid) || alive(holder.serverPid) ? holder : null;
}

export function describeHolder(h: Holder): string {
  return h.role === "server" ? `a Newsdesk server (pid ${h.serverPid ?? h.pid}, started ${h.since})` : `a restore (pid ${h.pid}, started ${h.since})`;
}

/**
 * Takes the database for `role`, or throws DatabaseHeld naming the live holder. The file is written
 * whole, then linked into place, so a reader never sees half of it and two takers cannot both win.
 */
export function holdDatabase(databaseFile: string, role: Holder["role"]) {
  const file = holderFile(databaseFile);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  let holder: Holder = { role, pid: process.pid, since: new Date().toISOString() };
  const write = (target: string) => fs.writeFileSync(target, JSON.stringify(holder) + "\n");
  const tmp = `${file}.${process.pid}.tmp`;
  write(tmp);
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        fs.linkSync(tmp, file);
        break;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== "EEXIST" || attempt > 0) throw err;
        const other = databaseHolder(databaseFile);
        if (other) throw new DatabaseHeld(`${describeHolder(other)} holds ${databaseFile} (see ${file})`);
        fs.rmSync(file, { force: true }); // left by processes that are gone
      }
    }
  } finally {
    fs.rmSync(tmp, { force: true });
  }
  return {
    /** Records the process that has the database open (the server child). */
    setServerPid(serverPid: number) {
      holder = { ...holder, serverPid };
      write(tmp);
      fs.renameSync(tmp, file);
    },
    release() {
      try {
        if ((JSON.parse(fs.readFileSync(file, "utf8")) as Holder).pid === process.pid) fs.rmSync(file);
      } catch {
        // already gone
      }
    },
  };
}

/**
 * Whether another connection (any process) has the database open. Leaving WAL mode needs every other
 * connection closed — SQLite answers SQLITE_BUSY otherwise — so this switches the file to
 * `journal_mode = DELETE` (which also folds the WAL into it) and returns the connection, left in
 * exclusive locking mode inside an exclusive transaction: nobody can read the file until it is closed.
 * Null when the file is not a database at all.
 */
export function takeExclusive(databaseFile: string): Database.Database | null {
  const sqlite = new Database(databaseFile, { fileMustExist: true, timeout: 0 });
  try {
    const mode = sqlite.pragma("journal_mode = DELETE", { simple: true });
    if (mode !== "delete") throw new DatabaseHeld(`another process has ${databaseFile} open (journal mode stays ${String(mode)})`);
    sqlite.pragma("locking_mode = EXCLUSIVE");
    sqlite.exec("BEGIN EXCLUSIVE");
    sqlite.prepare("SELECT count(*) FROM sqlite_master").get();
    return sqlite;
  } catch (err) {
    sqlite.close();
    const code = (err as { code?: string }).code;
    if (code === "SQLITE_BUSY" || code === "SQLITE_LOCKED") throw new DatabaseHeld(`another process has ${databaseFile} open`);
    if (code === "SQLITE_NOTADB") return null;
    throw err;
  }
}
