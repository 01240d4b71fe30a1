import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { storyZi } from "@/lib/story-zi";
import { migrationsFolder, openDb, runMigrations, type Db } from "./client";

let dir: string;
let sqlite: Database.Database;
let db: Db;

const BODY = ["本报聊城讯 日前，省科协公布省科普专家人才库(首批)专家名单。", "租用了5000多平方米的厂房，COVID-19疫情"];
const SIDEBAR = ["相关链接：www.dzwww.com", "２０１８年"];

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsdesk-migration-"));
  // The migrations of a database from before 0002/0003 (accounts, updated_at): the first two entries of the journal.
  const before = path.join(dir, "migrations");
  fs.mkdirSync(path.join(before, "meta"), { recursive: true });
  const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder(), "meta", "_journal.json"), "utf8"));
  const old = journal.entries.slice(0, 2);
  fs.writeFileSync(path.join(before, "meta", "_journal.json"), JSON.stringify({ ...journal, entries: old }));
  for (const e of old) fs.copyFileSync(path.join(migrationsFolder(), `${e.tag}.sql`), path.join(before, `${e.tag}.sql`));

  ({ db, sqlite } = openDb(path.join(dir, "old.db")));
  migrate(db, { migrationsFolder: before });
  const run = (sql: string, ...args: unknown[]) => sqlite.prepare(sql).run(...args);
  run("INSERT INTO users (login, name, role, password_hash) VALUES ('limeng', '李梦', 'reporter', 'x')");
  run("INSERT INTO publications (name) VALUES ('大众日报')");
  run("INSERT INTO editions (publication_id, date) VALUES (1, '2019-01-09')");
  // created_at as the old schema left it: overwritten by the page's last write (a layout save at 15:00)
  run("INSERT INTO pages (edition_id, number, name, created_at) VALUES (1, 1, '聊城新闻', '2019-01-08T15:00:00.000Z')");
  // Story 1: created 09:00, edited at 10:00, filed at 11:00 (the last write, which overwrote created_at).
  run(
    "INSERT INTO stories (edition_id, slug, body, created_at) VALUES (1, '科普专家', ?, '2019-01-08T11:00:00.000Z')",
    JSON.stringify(BODY),
  );
  run("INSERT INTO sidebars (story_id, position, title, paragraphs) VALUES (1, 1, '相关链接', ?)", JSON.stringify(SIDEBAR));
  const revision = sqlite.prepare("INSERT INTO story_revisions (story_id, number, story_version, cause, content, created_at) VALUES (?, ?, ?, ?, '{}', ?)");
  revision.run(1, 1, 1, "create", "2019-01-08T09:00:00.000Z");
  revision.run(1, 2, 2, "edit", "2019-01-08T10:00:00.000Z");
  revision.run(1, 3, 3, "file", "2019-01-08T11:00:00.000Z");
  const audit = sqlite.prepare("INSERT INTO audit_events (entity_type, entity_id, action, created_at) VALUES (?, ?, ?, ?)");
  audit.run("story", 1, "create", "2019-01-08T09:00:00.000Z");
  audit.run("story", 1, "file", "2019-01-08T11:00:00.000Z");
  audit.run("page", 1, "create", "2019-01-08T08:00:00.000Z");
  audit.run("page", 1, "layout", "2019-01-08T15:00:00.000Z");
  // Story 2: no history at all (written by hand): keeps its one time for both.
  run("INSERT INTO stories (edition_id, slug, created_at) VALUES (1, '空稿', '2019-01-08T12:00:00.000Z')");
  // Story 3: placed on a page after its last revision (a layout write stamped created_at at 16:00).
  run("INSERT INTO stories (edition_id, slug, body, created_at) VALUES (1, '图片新闻', '[\"二〇一九\"]', '2019-01-08T16:00:00.000Z')");
  revision.run(3, 1, 1, "create", "2019-01-08T13:00:00.000Z");
  runMigrations(db);
});
afterAll(() => {
  sqlite.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const story = (id: number) => sqlite.prepare("SELECT created_at, updated_at, zi FROM stories WHERE id = ?").get(id) as { created_at: string; updated_at: string; zi: number };

describe("migration 0003: updated_at, 字数 on the story row", () => {
  it("recovers the creation time from the first revision / audit row and keeps the last write as updated_at", () => {
    expect(story(1)).toMatchObject({ created_at: "2019-01-08T09:00:00.000Z", updated_at: "2019-01-08T11:00:00.000Z" });
    expect(story(2)).toMatchObject({ created_at: "2019-01-08T12:00:00.000Z", updated_at: "2019-01-08T12:00:00.000Z" });
    expect(story(3)).toMatchObject({ created_at: "2019-01-08T13:00:00.000Z", updated_at: "2019-01-08T16:00:00.000Z" });
    expect(sqlite.prepare("SELECT created_at, updated_at FROM pages").get()).toEqual({ created_at: "2019-01-08T08:00:00.000Z", updated_at: "2019-01-08T15:00:00.000Z" });
  });

  it("backfills 字数 of body and sidebars as storyZi counts them", () => {
    expect(story(1).zi).toBe(storyZi({ body: BODY, sidebars: [{ paragraphs: SIDEBAR }] }));
    expect(story(1).zi).toBeGreaterThan(30);
    expect(story(2).zi).toBe(0);
    expect(story(3).zi).toBe(4);
  });

  it("gives a row inserted without updated_at its creation time", () => {
    sqlite.prepare("INSERT INTO stories (edition_id, slug, created_at) VALUES (1, '手写', '2019-01-09T01:00:00.000Z')").run();
    expect(sqlite.prepare("SELECT updated_at FROM stories WHERE slug = '手写'").get()).toEqual({ updated_at: "2019-01-09T01:00:00.000Z" });
  });
});
