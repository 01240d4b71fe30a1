import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { migrationsFolder, openDb, runMigrations, type Db } from "./client";

let dir: string;
let sqlite: Database.Database;
let db: Db;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsdesk-migration-"));
  // A database from before 0006 (publication settings, page templates, edition numbers): the journal up to 0005.
  const before = path.join(dir, "migrations");
  fs.mkdirSync(path.join(before, "meta"), { recursive: true });
  const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder(), "meta", "_journal.json"), "utf8"));
  const old = journal.entries.filter((e: { tag: string }) => e.tag < "0006");
  fs.writeFileSync(path.join(before, "meta", "_journal.json"), JSON.stringify({ ...journal, entries: old }));
  for (const e of old) fs.copyFileSync(path.join(migrationsFolder(), `${e.tag}.sql`), path.join(before, `${e.tag}.sql`));

  ({ db, sqlite } = openDb(path.join(dir, "old.db")));
  migrate(db, { migrationsFolder: before });
  const run = (sql: string, ...args: unknown[]) => sqlite.prepare(sql).run(...args);
  run("INSERT INTO users (login, name, role, password_hash) VALUES ('chief', '值班总编', 'chief', 'x')");
  run("INSERT INTO publications (name, created_at) VALUES ('大众日报', '2019-01-01T00:00:00.000Z')");
  for (const date of ["2019-01-10", "2018-12-31", "2019-01-09"]) run("INSERT INTO editions (publication_id, date) VALUES (1, ?)", date);
  run("INSERT INTO pages (edition_id, number, name, state) VALUES (1, 1, '聊城新闻', 'signed')");
  run("INSERT INTO page_snapshots (page_id, hash, content, signed_by_id) VALUES (1, 'abc', '{}', 1)");
  runMigrations(db);
});
afterAll(() => {
  sqlite.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("migration 0006 (publication settings, page templates, edition numbers)", () => {
  it("numbers the editions already there in date order, the year's count from 1 each year", () => {
    expect(sqlite.prepare("SELECT date, total_number AS total, year_number AS year FROM editions ORDER BY date").all()).toEqual([
      { date: "2018-12-31", total: 1, year: 1 },
      { date: "2019-01-09", total: 2, year: 1 },
      { date: "2019-01-10", total: 3, year: 2 },
    ]);
  });

  it("gives the publication its defaults and keeps every signing snapshot", () => {
    expect(sqlite.prepare("SELECT time_zone, first_total_number, weekdays, version, updated_at FROM publications").get()).toEqual({
      time_zone: "Asia/Shanghai",
      first_total_number: 1,
      weekdays: "[1,2,3,4,5,6,7]",
      version: 1,
      updated_at: "2019-01-01T00:00:00.000Z",
    });
    expect(sqlite.prepare("SELECT page_id, hash, signed_by_id FROM page_snapshots").all()).toEqual([{ page_id: 1, hash: "abc", signed_by_id: 1 }]);
    // the key to pages still refuses to lose the record
    expect(() => sqlite.prepare("DELETE FROM pages WHERE id = 1").run()).toThrow(/FOREIGN KEY/);
    expect(sqlite.prepare("SELECT COUNT(*) AS n FROM page_templates").get()).toEqual({ n: 0 });
  });
});
