import { spawn, spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, inject, it } from "vitest";
import { openDb } from "@/db/client";
import { holderFile } from "@/db/database-holder";

let dir: string;
let dbFile: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsdesk-backup-"));
  dbFile = path.join(dir, "newsdesk.db");
  fs.copyFileSync(inject("seedTemplate").file, dbFile);
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function run(script: "db-backup" | "db-restore", args: string[]) {
  return spawnSync("node_modules/.bin/tsx", [`scripts/${script}.ts`, ...args], { env: { ...process.env, DATABASE_PATH: dbFile }, encoding: "utf8" });
}

/** Every row of every table, in order: what "the same database" means here. */
function contents(file: string): Record<string, unknown[]> {
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const tables = sqlite.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string; sql: string }[];
    // the search index's WITHOUT ROWID tables are read in primary-key order
    return Object.fromEntries(tables.map(({ name: t, sql }) => [t, sqlite.prepare(`SELECT * FROM "${t}"${/without rowid/i.test(sql) ? "" : " ORDER BY rowid"}`).all()]));
  } finally {
    sqlite.close();
  }
}

const fileHash = (file: string) => crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");

function setHeadline(file: string, headline: string): void {
  const { sqlite } = openDb(file);
  sqlite.prepare("UPDATE stories SET headline = ? WHERE id = (SELECT min(id) FROM stories)").run(headline);
  sqlite.close();
}

/** A backup with a page in the middle overwritten: it still opens, but its integrity check fails. */
function corruptCopy(of: string, to: string): void {
  const bytes = fs.readFileSync(of);
  const pageSize = bytes.readUInt16BE(16);
  const pages = bytes.length / pageSize;
  crypto.randomFillSync(bytes, Math.floor(pages / 2) * pageSize, pageSize * 2);
  fs.writeFileSync(to, bytes);
}

/** A backup whose two indexes of one table are swapped: every page reads, but the indexes disagree with the table. */
function indexSwappedCopy(of: string, to: string): void {
  fs.copyFileSync(of, to);
  const sqlite = new Database(to);
  sqlite.unsafeMode(true);
  const rootOf = sqlite.prepare("SELECT rootpage FROM sqlite_master WHERE name = ?").pluck();
  const [a, b] = ["stories_budget_idx", "stories_status_idx"].map((name) => ({ name, rootpage: rootOf.get(name) as number }));
  sqlite.pragma("writable_schema = ON");
  const setRoot = sqlite.prepare("UPDATE sqlite_master SET rootpage = ? WHERE name = ?");
  setRoot.run(b.rootpage, a.name);
  setRoot.run(a.rootpage, b.name);
  sqlite.close();
}

describe("npm run db:backup", () => {
  it("writes a checked copy equal to the database while another connection has it open, and says what it wrote", () => {
    const { sqlite } = openDb(dbFile); // a server's connection, in WAL mode, with work in the log
    sqlite.prepare("UPDATE stories SET headline = '备份之前的改动' WHERE id = (SELECT min(id) FROM stories)").run();
    const target = path.join(dir, "nightly", "copy.db");
    const r = run("db-backup", [target]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain(`db:backup: wrote ${target} (`);
    expect(r.stdout).toMatch(/\d+ stories, \d+ migrations, integrity ok/);
    expect(contents(target)).toEqual(contents(dbFile));
    expect(JSON.stringify(contents(target).stories)).toContain("备份之前的改动");
    expect(fs.readdirSync(path.dirname(target))).toEqual(["copy.db"]); // no half-written file left
    sqlite.close();
  }, 30_000);

  it("refuses to overwrite a file, to run without one, or without a database (exit 2)", () => {
    const existing = path.join(dir, "keep.db");
    fs.writeFileSync(existing, "precious");
    const taken = run("db-backup", [existing]);
    expect(taken.status).toBe(2);
    expect(taken.stderr).toContain("exists already");
    expect(fs.readFileSync(existing, "utf8")).toBe("precious");
    expect(run("db-backup", []).status).toBe(2);
    fs.rmSync(dbFile);
    const none = run("db-backup", [path.join(dir, "x.db")]);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain("no database at");
    expect(fs.existsSync(path.join(dir, "x.db"))).toBe(false);
  }, 30_000);
});

describe("npm run db:restore", () => {
  it("puts the backup in place, keeps the replaced database aside, and says so", () => {
    const backup = path.join(dir, "b.db");
    expect(run("db-backup", [backup]).status).toBe(0);
    const atBackup = contents(backup);
    setHeadline(dbFile, "备份之后的改动");
    const r = run("db-restore", [backup]);
    expect(r.status, r.stderr).toBe(0);
    const aside = r.stdout.match(/moved the database it replaces aside to (\S+)/)?.[1];
    expect(aside).toBeDefined();
    expect(r.stdout).toContain(`restored ${dbFile} from the backup`);
    expect(contents(dbFile)).toEqual(atBackup);
    expect(JSON.stringify(contents(aside!).stories)).toContain("备份之后的改动");
    expect(fs.existsSync(dbFile + "-wal")).toBe(false);
  }, 30_000);

  it("refuses a backup that fails its integrity check, or is no database, and changes nothing (exit 2)", () => {
    const backup = path.join(dir, "b.db");
    expect(run("db-backup", [backup]).status).toBe(0);
    const corrupt = path.join(dir, "corrupt.db");
    corruptCopy(backup, corrupt);
    const notADb = path.join(dir, "notes.db");
    fs.writeFileSync(notADb, "这不是数据库".repeat(1000));
    const before = fileHash(dbFile);
    const swapped = path.join(dir, "swapped.db");
    indexSwappedCopy(backup, swapped);
    const refusals = [corrupt, notADb, path.join(dir, "missing.db"), swapped].map((bad) => {
      const r = run("db-restore", [bad]);
      expect(r.status, bad).toBe(2);
      expect(r.stderr).toContain("nothing was changed");
      return r.stderr;
    });
    expect(refusals[0]).toMatch(/refused: .*corrupt\.db fails its check: .*(malformed|Page|page|btree|Tree)/s);
    expect(refusals[1]).toMatch(/refused: .*notes\.db fails its check: file is not a database/);
    expect(refusals[2]).toMatch(/refused: no file at .*missing\.db/);
    expect(refusals[3]).toMatch(/refused: .*swapped\.db fails its check: .*missing from index/);
    expect(fileHash(dbFile)).toBe(before);
    expect(fs.readdirSync(dir).filter((f) => f.includes("replaced"))).toEqual([]);
  }, 30_000);

  it("refuses while a server holds the database — by its holder file or by an open connection — and changes nothing (exit 3)", async () => {
    const backup = path.join(dir, "b.db");
    expect(run("db-backup", [backup]).status).toBe(0);
    setHeadline(dbFile, "服务器上的最新稿");
    const before = JSON.stringify(contents(dbFile));

    // A server started by `npm start`: its holder file names a live process.
    const server = spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)"], { stdio: "ignore" });
    fs.writeFileSync(holderFile(dbFile), JSON.stringify({ role: "server", pid: 999_999_999, serverPid: server.pid, since: "2026-12-01T00:00:00Z" }));
    const byFile = run("db-restore", [backup]);
    server.kill();
    expect(byFile.status).toBe(3);
    expect(byFile.stderr).toContain(`a Newsdesk server (pid ${server.pid}`);
    fs.rmSync(holderFile(dbFile));

    // Any process with the database open (a server started some other way): SQLite's own locks say so.
    const { sqlite } = openDb(dbFile);
    sqlite.prepare("SELECT count(*) FROM stories").get();
    const byConnection = run("db-restore", [backup]);
    sqlite.close();
    expect(byConnection.status).toBe(3);
    expect(byConnection.stderr).toContain("another process has");

    expect(JSON.stringify(contents(dbFile))).toBe(before);
    expect(fs.readdirSync(dir).filter((f) => f.includes("replaced"))).toEqual([]);
    expect(fs.existsSync(holderFile(dbFile))).toBe(false);
  }, 30_000);

  it("takes over a holder file left by a server that died", () => {
    const backup = path.join(dir, "b.db");
    expect(run("db-backup", [backup]).status).toBe(0);
    const gone = spawnSync(process.execPath, ["-e", "console.log(process.pid)"], { encoding: "utf8" });
    const deadPid = Number(gone.stdout.trim());
    fs.writeFileSync(holderFile(dbFile), JSON.stringify({ role: "server", pid: deadPid, serverPid: deadPid, since: "2026-12-01T00:00:00Z" }));
    const r = run("db-restore", [backup]);
    expect(r.status, r.stderr).toBe(0);
    expect(fs.existsSync(holderFile(dbFile))).toBe(false);
  }, 30_000);
});
