import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { drizzle } from "drizzle-orm/better-sqlite3";
import type { Db } from "../client";
import * as schema from "../schema";
import { editions, pages, stories } from "../schema";
import { makeTestDb } from "../test-db";
import { createStory } from "../commands/create-story";
import { transitionStory } from "../commands/transition-story";
import { assignmentsQueue, listDeskQueues, overdueQueue, pagesInStateQueue, QUEUE_LIMIT, returnedQueue, storiesInStateQueue } from "./desk-queues";

let t: Awaited<ReturnType<typeof makeTestDb>>;
const NOW = new Date("2019-01-09T12:00:00Z");

beforeAll(async () => {
  t = await makeTestDb([
    { login: "limeng", name: "李梦", role: "reporter" },
    { login: "xiaohui", name: "肖会", role: "reporter" },
    { login: "liqiang", name: "李强", role: "editor" },
    { login: "chief", name: "值班总编", role: "chief" },
  ]);
  const { db, sqlite, edition, users } = t;
  // an archive the queues must not read: 3,000 published stories in older editions
  const older = db
    .insert(editions)
    .values(Array.from({ length: 6 }, (_, i) => ({ publicationId: edition.publicationId, date: `2018-12-0${i + 1}` })))
    .returning()
    .all();
  const insert = sqlite.prepare("INSERT INTO stories (edition_id, position, slug, status) VALUES (?, ?, ?, 'published')");
  sqlite.transaction(() => {
    for (let i = 0; i < 3000; i++) insert.run(older[i % 6].id, i, `旧稿${i}`);
  })();
  // 25 filed stories (more than a queue shows), deadlines in reverse order of creation
  for (let i = 0; i < 25; i++) {
    db.insert(stories).values({ editionId: edition.id, position: i, slug: `已交${i}`, status: "filed", deadline: `2019-01-09T${String(20 - (i % 10)).padStart(2, "0")}:00:00+08:00` }).run();
  }
  // her assignment with a brief, one of his, and one of hers returned by the editor
  createStory(db, {
    editionDate: "2019-01-09",
    slug: "两新党建",
    kind: "article",
    assigneeIds: [users.limeng.id],
    brief: "采访市委组织部，写清两新组织党建的做法",
    targetLength: 1200,
    deadline: "2019-01-09T18:00:00+08:00",
    actor: users.liqiang,
  });
  createStory(db, { editionDate: "2019-01-09", slug: "他的", kind: "article", assigneeIds: [users.xiaohui.id], deadline: "2019-01-09T21:00:00+08:00", actor: users.liqiang });
  const returned = createStory(db, { editionDate: "2019-01-09", slug: "退回的", kind: "article", assigneeIds: [users.limeng.id], actor: users.liqiang });
  transitionStory(db, { storyId: returned.id, action: "start", actor: users.limeng });
  transitionStory(db, { storyId: returned.id, action: "file", actor: users.limeng });
  transitionStory(db, { storyId: returned.id, action: "return", reason: "第一稿太散", actor: users.liqiang });
  transitionStory(db, { storyId: returned.id, action: "file", actor: users.limeng });
  transitionStory(db, { storyId: returned.id, action: "return", reason: "数据需核实", actor: users.liqiang });
  // pages: the test page is in layout; one more submitted, one signed
  db.insert(pages).values([
    { editionId: edition.id, number: 2, name: "要闻", state: "submitted" },
    { editionId: edition.id, number: 3, name: "综合", state: "signed", signedAt: "2019-01-09T13:00:00.000Z" },
  ]).run();
});
afterAll(() => t.close());

describe("the reporter's queues", () => {
  it("list her assignments with brief, deadline and target 字数 — not his", () => {
    const q = assignmentsQueue(t.db, { userId: t.users.limeng.id });
    expect(q.count).toBe(1);
    expect(q.items).toEqual([
      expect.objectContaining({ slug: "两新党建", status: "assigned", brief: "采访市委组织部，写清两新组织党建的做法", targetLength: 1200, deadline: "2019-01-09T18:00:00+08:00", editionDate: "2019-01-09" }),
    ]);
    expect(q.items[0]).not.toHaveProperty("body");
  });

  it("list her returned stories with the latest return on top: who, when, why", () => {
    const q = returnedQueue(t.db, { userId: t.users.limeng.id });
    expect(q.count).toBe(1);
    expect(q.items[0]).toMatchObject({ slug: "退回的", returnedBy: "李强", reason: "数据需核实" });
    expect(q.items[0].returnedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(returnedQueue(t.db, { userId: t.users.xiaohui.id }).count).toBe(0);
  });
});

describe("the desk's queues", () => {
  it("list filed stories by deadline, at most 20, with the count of all", () => {
    const q = storiesInStateQueue(t.db, { status: "filed" });
    expect(q.count).toBe(25);
    expect(q.items).toHaveLength(QUEUE_LIMIT);
    const deadlines = q.items.map((s) => Date.parse(s.deadline!));
    expect(deadlines).toEqual([...deadlines].sort((a, b) => a - b));
  });

  it("list assignments past their deadline at the instant, whatever offset the deadline was written with", () => {
    // 18:00 Beijing = 10:00 UTC is past at 12:00 UTC; 21:00 Beijing = 13:00 UTC is not yet
    expect(overdueQueue(t.db, { now: NOW }).items.map((s) => s.slug)).toEqual(["两新党建"]);
    expect(overdueQueue(t.db, { now: new Date("2019-01-09T13:30:00Z") }).items.map((s) => s.slug)).toEqual(["两新党建", "他的"]);
    expect(overdueQueue(t.db, { now: new Date("2019-01-09T09:00:00Z") }).count).toBe(0);
  });

  it("list pages in one state with their overset", () => {
    expect(pagesInStateQueue(t.db, { state: "layout" }).items).toEqual([expect.objectContaining({ number: 1, name: "聊城新闻", oversetBoxes: 0, oversetLines: 0 })]);
    expect(pagesInStateQueue(t.db, { state: "submitted" }).items.map((p) => p.name)).toEqual(["要闻"]);
    expect(pagesInStateQueue(t.db, { state: "signed" }).items).toEqual([expect.objectContaining({ name: "综合", signedAt: "2019-01-09T13:00:00.000Z" })]);
  });

  it("are given by role: a reporter hers, an editor the desk's, a chief also the sign-off's", () => {
    const keys = (role: "reporter" | "editor" | "desk_head" | "chief", id: number) => Object.keys(listDeskQueues(t.db, { user: { id, role }, now: NOW })).sort();
    expect(keys("reporter", t.users.limeng.id)).toEqual(["assignments", "returned"]);
    expect(keys("editor", t.users.liqiang.id)).toEqual(["filed", "layout", "overdue"]);
    // 三审 (#12): the desk head and the chief also see 待复审 (reviewing)
    expect(keys("desk_head", t.users.liqiang.id)).toEqual(["filed", "layout", "overdue", "reviewing"]);
    expect(keys("chief", t.users.chief.id)).toEqual(["edited", "filed", "layout", "overdue", "reviewing", "signed", "submitted"]);
  });
});

describe("the queue queries", () => {
  it("search their indexes, never scanning stories, pages or the audit trail", () => {
    const captured: { sql: string; params: unknown[] }[] = [];
    const logged = drizzle(t.sqlite, { schema, logger: { logQuery: (sql, params) => captured.push({ sql, params }) } }) as unknown as Db;
    listDeskQueues(logged, { user: { id: t.users.chief.id, role: "chief" }, now: NOW });
    listDeskQueues(logged, { user: { id: t.users.limeng.id, role: "reporter" }, now: NOW });
    // the count queries run only when a queue is full; make one so
    storiesInStateQueue(logged, { status: "filed" });
    expect(captured.length).toBeGreaterThan(8);
    const scans: string[] = [];
    for (const { sql, params } of captured) {
      const plan = t.sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...(params as never[])) as { detail: string }[];
      for (const step of plan) if (/^SCAN (stories|pages|audit_events|story_assignees|story_bylines)\b/.test(step.detail)) scans.push(`${step.detail} ← ${sql}`);
    }
    expect(scans).toEqual([]);
    const plans = captured.map(({ sql, params }) => (t.sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...(params as never[])) as { detail: string }[]).map((s) => s.detail).join("; "));
    expect(plans.some((p) => p.includes("stories_queue_idx"))).toBe(true);
    expect(plans.some((p) => p.includes("pages_state_idx"))).toBe(true);
  });
});
