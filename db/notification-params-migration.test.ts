import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { renderNotification } from "@/lib/notifications";
import { migrationsFolder, openDb, runMigrations, type Db } from "./client";
import { notifications } from "./schema";

/** Old-style rows: the sentences the commands wrote before notifications had parameters. */
const OLD_ROWS: { kind: string; message: string; want: { kind: string; params: Record<string, string> } }[] = [
  { kind: "assigned", message: "李强 派稿给你：「两新党建」", want: { kind: "assigned", params: { actor: "李强", story: "两新党建" } } },
  { kind: "filed", message: "李梦 交稿：「党支部唱响「两新」组织发展主旋律」", want: { kind: "filed", params: { actor: "李梦", story: "党支部唱响「两新」组织发展主旋律" } } },
  { kind: "returned", message: "「短讯」被退回：数据需核实：见附件", want: { kind: "returned", params: { story: "短讯", reason: "数据需核实：见附件" } } },
  { kind: "approved", message: "「短讯」初审通过", want: { kind: "passed", params: { story: "短讯" } } },
  { kind: "approved", message: "「聊城新闻」终审通过", want: { kind: "approved", params: { story: "聊城新闻" } } },
  {
    kind: "taken_over",
    message: "值班总编 接手编辑「短讯」；你未保存的文字仍保留在你的浏览器中",
    want: { kind: "taken_over", params: { actor: "值班总编", story: "短讯" } },
  },
  { kind: "filed", message: "有人交了一篇稿", want: { kind: "legacy", params: { text: "有人交了一篇稿" } } },
  { kind: "approved", message: "「短讯」已通过", want: { kind: "legacy", params: { text: "「短讯」已通过" } } },
];

let dir: string;
let db: Db;
let sqlite: Database.Database;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsdesk-migration-"));
  // The migrations as they were before 0001: only the first entry of the journal.
  const before = path.join(dir, "migrations");
  fs.mkdirSync(path.join(before, "meta"), { recursive: true });
  const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder(), "meta", "_journal.json"), "utf8"));
  const first = journal.entries[0];
  fs.writeFileSync(path.join(before, "meta", "_journal.json"), JSON.stringify({ ...journal, entries: [first] }));
  fs.copyFileSync(path.join(migrationsFolder(), `${first.tag}.sql`), path.join(before, `${first.tag}.sql`));

  ({ db, sqlite } = openDb(path.join(dir, "old.db")));
  migrate(db, { migrationsFolder: before });
  sqlite.prepare("INSERT INTO users (login, name, role, password_hash) VALUES ('limeng', '李梦', 'reporter', 'x')").run();
  const insert = sqlite.prepare("INSERT INTO notifications (user_id, story_id, kind, message, read_at) VALUES (1, NULL, ?, ?, ?)");
  OLD_ROWS.forEach((row, i) => insert.run(row.kind, row.message, i === 0 ? "2019-01-09T10:00:00.000Z" : null));
  runMigrations(db);
});
afterAll(() => {
  sqlite.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("migration 0001: notifications as kind + params", () => {
  it("maps every old sentence back to its kind and parameters, or keeps it as legacy text", () => {
    const rows = db.select().from(notifications).orderBy(notifications.id).all();
    expect(rows.map((r) => ({ kind: r.kind, params: r.params }))).toEqual(OLD_ROWS.map((r) => r.want));
    expect(rows.map((r) => r.readAt !== null)).toEqual(OLD_ROWS.map((_, i) => i === 0));
  });

  it("reads back in Chinese exactly as the old sentence, and in English for an English reader", () => {
    const rows = db.select().from(notifications).orderBy(notifications.id).all();
    expect(rows.map((r) => renderNotification("zh-CN", r))).toEqual(OLD_ROWS.map((r) => r.message));
    expect(renderNotification("en", rows[0])).toBe("李强 assigned you “两新党建”");
    expect(renderNotification("en", rows[3])).toBe("“短讯”: Pass (first review)");
  });

  it("drops the sentence column and gives new rows empty params by default", () => {
    const columns = sqlite.prepare("SELECT name FROM pragma_table_info('notifications')").all() as { name: string }[];
    expect(columns.map((c) => c.name)).not.toContain("message");
    sqlite.prepare("INSERT INTO notifications (user_id, kind) VALUES (1, 'filed')").run();
    expect((sqlite.prepare("SELECT params FROM notifications ORDER BY id DESC LIMIT 1").get() as { params: string }).params).toBe("{}");
  });
});
