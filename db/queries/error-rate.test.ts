import { drizzle } from "drizzle-orm/better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../client";
import * as schema from "../schema";
import { makeTestDb, makeSeededDb } from "../test-db";
import { errorRateReport, errorRateRows } from "./error-rate";

/**
 * Three editions (2019-01-09, 2019-01-10, 2019-02-01) with published stories on released pages, and what
 * must stay out: a story on a page only signed, a published story on no page, open and rejected marks.
 */
let t: Awaited<ReturnType<typeof makeTestDb>>;
let ids: Record<string, number> = {};

beforeAll(async () => {
  t = await makeTestDb([
    { login: "liqiang", name: "李强", role: "editor" },
    { login: "wangfang", name: "王芳", role: "desk_head" },
    { login: "chief", name: "值班总编", role: "chief" },
    { login: "zhaomin", name: "赵敏", role: "proofreader" },
  ]);
  const q = t.sqlite;
  const { liqiang, wangfang, chief, zhaomin } = t.users;
  const edition = (date: string) => Number(q.prepare("INSERT INTO editions (publication_id, date) VALUES (1, ?)").run(date).lastInsertRowid);
  const page = (editionId: number, number: number, state: string, editorId: number | null) =>
    Number(q.prepare("INSERT INTO pages (edition_id, number, name, state, responsible_editor_id) VALUES (?, ?, ?, ?, ?)").run(editionId, number, `第${number}版`, state, editorId).lastInsertRowid);
  const person = (name: string) => Number(q.prepare("INSERT INTO people (name) VALUES (?)").run(name).lastInsertRowid);
  const story = (editionId: number, pageId: number | null, status: string, zi: number, bylines: number[]) => {
    const id = Number(q.prepare("INSERT INTO stories (edition_id, page_id, slug, status, zi) VALUES (?, ?, 'x', ?, ?)").run(editionId, pageId, status, zi).lastInsertRowid);
    bylines.forEach((p, i) => q.prepare("INSERT INTO story_bylines (story_id, person_id, role, position) VALUES (?, ?, 'reporter', ?)").run(id, p, i + 1));
    return id;
  };
  const marks = (storyId: number, pageId: number, state: string, n: number) => {
    for (let i = 0; i < n; i++)
      q.prepare("INSERT INTO proof_marks (page_id, story_id, round, type, offset, marked, state, created_by_id) VALUES (?, ?, 1, 'typo', 0, '错', ?, ?)").run(pageId, storyId, state, zhaomin.id);
  };
  const correct = (storyId: number) => q.prepare("INSERT INTO story_corrections (story_id, note, created_by_id) VALUES (?, '更正', ?)").run(storyId, chief.id);

  const limeng = person("李梦");
  const sun = person("孙亚飞");
  const xiaohui = person("肖会");
  // 2019-01-09 (makeTestDb's edition and page 1): released, 责任编辑 李强
  q.prepare("UPDATE pages SET state = 'released', responsible_editor_id = ? WHERE id = ?").run(liqiang.id, t.page.id);
  const a = story(t.edition.id, t.page.id, "published", 6_000, [limeng, sun]);
  marks(a, t.page.id, "accepted", 2);
  marks(a, t.page.id, "rejected", 1);
  marks(a, t.page.id, "open", 1);
  correct(a);
  const b = story(t.edition.id, t.page.id, "published", 4_000, [limeng, limeng]); // the same person twice in a byline counts once
  marks(b, t.page.id, "accepted", 1);
  const notOnPage = story(t.edition.id, null, "published", 1_000, [limeng]);
  correct(notOnPage);
  // 2019-01-10: page 1 released (王芳), page 2 only signed
  const e2 = edition("2019-01-10");
  const p21 = page(e2, 1, "released", wangfang.id);
  const p22 = page(e2, 2, "signed", liqiang.id);
  const e = story(e2, p21, "published", 2_000, [xiaohui]);
  correct(e);
  const unreleased = story(e2, p22, "approved", 3_000, [xiaohui]);
  marks(unreleased, p22, "accepted", 1);
  correct(unreleased); // no route makes this (only a published story is corrected); even so, not 见报
  const spiked = story(e2, p21, "spiked", 500, [xiaohui]);
  marks(spiked, p21, "accepted", 1);
  // 2019-02-01: page 1 released (李强); 2019-03-01 outside every range below
  const e3 = edition("2019-02-01");
  const p31 = page(e3, 1, "released", liqiang.id);
  correct(story(e3, p31, "published", 5_000, [limeng]));
  const e4 = edition("2019-03-01");
  correct(story(e4, page(e4, 1, "released", null), "published", 100, [limeng]));
  ids = { limeng, sun, xiaohui, p11: t.page.id, p21, p31 };
});
afterAll(() => t.close());

const JAN_FEB = { from: "2019-01-01", to: "2019-02-28" };

describe("the 差错率 report", () => {
  it("by edition: printed 字, accepted marks (caught) and corrections (见报差错), each rate, over 万分之三 flagged", () => {
    const r = errorRateReport(t.db, { ...JAN_FEB, by: "edition" });
    expect(r.total).toBe(3);
    expect(r.rows).toEqual([
      { date: "2019-01-09", stories: 2, zi: 10_000, caught: 3, corrections: 1, published: 1, caughtRate: 3, publishedRate: 1, flagged: false },
      { date: "2019-01-10", stories: 1, zi: 2_000, caught: 0, corrections: 1, published: 1, caughtRate: 0, publishedRate: 5, flagged: true },
      { date: "2019-02-01", stories: 1, zi: 5_000, caught: 0, corrections: 1, published: 1, caughtRate: 0, publishedRate: 2, flagged: false },
    ]);
    expect(r.sum).toEqual({ stories: 4, zi: 17_000, caught: 3, corrections: 3, published: 3, caughtRate: 1.76, publishedRate: 1.76, flagged: false });
  });

  it("by month: the editions' dates (already the publication's day) by calendar month", () => {
    expect(errorRateRows(t.db, { ...JAN_FEB, by: "month" }).rows).toEqual([
      { month: "2019-01", stories: 3, zi: 12_000, caught: 3, corrections: 2, published: 2, caughtRate: 2.5, publishedRate: 1.67, flagged: false },
      { month: "2019-02", stories: 1, zi: 5_000, caught: 0, corrections: 1, published: 1, caughtRate: 0, publishedRate: 2, flagged: false },
    ]);
    expect(errorRateRows(t.db, { from: "2019-01-01", to: "2019-03-31", by: "month" }).rows.map((r) => [r.month, r.zi, r.flagged])).toEqual([
      ["2019-01", 12_000, false],
      ["2019-02", 5_000, false],
      ["2019-03", 100, true],
    ]);
  });

  it("by page: the edition's date, number, name and 责任编辑", () => {
    expect(errorRateRows(t.db, { ...JAN_FEB, by: "page" }).rows.map(({ date, pageNumber, editorName, zi, published, flagged }) => ({ date, pageNumber, editorName, zi, published, flagged }))).toEqual([
      { date: "2019-01-09", pageNumber: 1, editorName: "李强", zi: 10_000, published: 1, flagged: false },
      { date: "2019-01-10", pageNumber: 1, editorName: "王芳", zi: 2_000, published: 1, flagged: true },
      { date: "2019-02-01", pageNumber: 1, editorName: "李强", zi: 5_000, published: 1, flagged: false },
    ]);
  });

  it("by reporter: every byline person credited with the whole story, worst rate first", () => {
    expect(errorRateRows(t.db, { ...JAN_FEB, by: "reporter" }).rows.map(({ personId, personName, stories, zi, caught, published, publishedRate, flagged }) => ({ personId, personName, stories, zi, caught, published, publishedRate, flagged }))).toEqual([
      { personId: ids.xiaohui, personName: "肖会", stories: 1, zi: 2_000, caught: 0, published: 1, publishedRate: 5, flagged: true },
      { personId: ids.sun, personName: "孙亚飞", stories: 1, zi: 6_000, caught: 2, published: 1, publishedRate: 1.67, flagged: false },
      { personId: ids.limeng, personName: "李梦", stories: 3, zi: 15_000, caught: 3, published: 2, publishedRate: 1.33, flagged: false },
    ]);
  });

  it("by editor: the pages' 责任编辑", () => {
    expect(errorRateRows(t.db, { ...JAN_FEB, by: "editor" }).rows.map(({ editorId, editorName, zi, published, flagged }) => ({ editorId, editorName, zi, published, flagged }))).toEqual([
      { editorId: t.users.wangfang.id, editorName: "王芳", zi: 2_000, published: 1, flagged: true },
      { editorId: t.users.liqiang.id, editorName: "李强", zi: 15_000, published: 2, flagged: false },
    ]);
    // a released page without a 责任编辑 is its own row, not lost
    expect(errorRateRows(t.db, { from: "2019-03-01", to: "2019-03-31", by: "editor" }).rows).toEqual([expect.objectContaining({ editorId: null, editorName: null, zi: 100 })]);
  });

  it("leaves out what was not printed: a page only signed, a story on no page, a spiked story, open and rejected marks", () => {
    const jan10 = errorRateRows(t.db, { from: "2019-01-10", to: "2019-01-10", by: "page" });
    expect(jan10.rows.map((r) => r.pageNumber)).toEqual([1]);
    expect(jan10.sum).toMatchObject({ stories: 1, zi: 2_000, caught: 0, published: 1 });
    // 2019-01-09: 2 accepted + 1 accepted caught; the rejected and the open mark, and the story on no page (with its correction), not
    expect(errorRateRows(t.db, { from: "2019-01-09", to: "2019-01-09", by: "edition" }).sum).toMatchObject({ stories: 2, zi: 10_000, caught: 3, published: 1 });
  });

  it("pages its rows and answers an empty range with nothing", () => {
    const second = errorRateReport(t.db, { ...JAN_FEB, by: "edition", limit: 2, offset: 2 });
    expect(second.total).toBe(3);
    expect(second.rows.map((r) => r.date)).toEqual(["2019-02-01"]);
    const none = errorRateReport(t.db, { from: "2018-01-01", to: "2018-12-31", by: "reporter" });
    expect(none).toMatchObject({ total: 0, rows: [], sum: { stories: 0, zi: 0, caught: 0, corrections: 0, published: 0, caughtRate: null, publishedRate: null, flagged: false } });
  });

  it("searches its indexes: no scan of stories, pages, marks, corrections or bylines, and never a story body", () => {
    const captured: { sql: string; params: unknown[] }[] = [];
    const logged = drizzle(t.sqlite, { schema, logger: { logQuery: (sql, params) => captured.push({ sql, params }) } }) as unknown as Db;
    for (const by of ["edition", "page", "reporter", "editor", "month"] as const) errorRateReport(logged, { ...JAN_FEB, by });
    expect(captured.length).toBe(6); // one statement a grouping, and the reporters' sum
    expect(captured.filter((c) => /\bbody\b/.test(c.sql))).toEqual([]);
    const plans = captured.map(({ sql, params }) => (t.sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...(params as never[])) as { detail: string }[]).map((s) => s.detail).join("; "));
    expect(plans.filter((p) => /SCAN (e|s|p|m|c|b|b2|pe|u|editions|stories|pages|proof_marks|story_corrections|story_bylines|people|users)\b/.test(p))).toEqual([]);
    expect(plans.every((p) => p.includes("stories_status_idx"))).toBe(true);
  });
});

describe("a 更正 of several errors", () => {
  it("sums the errors the corrections correct, beside the number of notices, in every grouping and the sum", async () => {
    const d = await makeTestDb([{ login: "chief", name: "值班总编", role: "chief" }]);
    try {
      const q = d.sqlite;
      q.prepare("UPDATE pages SET state = 'released' WHERE id = ?").run(d.page.id);
      const person = Number(q.prepare("INSERT INTO people (name) VALUES ('李梦')").run().lastInsertRowid);
      const story = (zi: number) => {
        const id = Number(q.prepare("INSERT INTO stories (edition_id, page_id, slug, status, zi) VALUES (?, ?, 'x', 'published', ?)").run(d.edition.id, d.page.id, zi).lastInsertRowid);
        q.prepare("INSERT INTO story_bylines (story_id, person_id, role, position) VALUES (?, ?, 'reporter', 1)").run(id, person);
        return id;
      };
      const correct = (storyId: number, errors?: number) =>
        errors === undefined
          ? q.prepare("INSERT INTO story_corrections (story_id, note, created_by_id) VALUES (?, '更正', ?)").run(storyId, d.users.chief.id)
          : q.prepare("INSERT INTO story_corrections (story_id, note, error_count, created_by_id) VALUES (?, '更正', ?, ?)").run(storyId, errors, d.users.chief.id);
      const a = story(6_000);
      correct(a, 3); // two wrong names and a wrong number in one notice
      correct(a); // a row written without the count (as every row before it): one error
      story(4_000);
      const range = { from: "2019-01-01", to: "2019-01-31" };
      const counted = { stories: 2, zi: 10_000, caught: 0, corrections: 2, published: 4, caughtRate: 0, publishedRate: 4, flagged: true };
      for (const by of ["edition", "page", "reporter", "editor", "month"] as const) {
        const r = errorRateRows(d.db, { ...range, by });
        expect(r.rows, by).toEqual([expect.objectContaining(counted)]);
        expect(r.sum, by).toEqual(counted);
      }
    } finally {
      d.close();
    }
  });
});

describe("the 差错率 of the seed page", () => {
  it("counts the printed page: its 8 published items, no marks or corrections, 万分之0", () => {
    const s = makeSeededDb();
    try {
      const r = errorRateRows(s.db, { from: "2019-01-01", to: "2019-01-31", by: "edition" });
      expect(r.rows).toHaveLength(1);
      expect(r.rows[0]).toMatchObject({ date: "2019-01-09", stories: 8, caught: 0, published: 0, publishedRate: 0, flagged: false });
      expect(r.rows[0].zi).toBeGreaterThan(2_000);
    } finally {
      s.close();
    }
  });
});
