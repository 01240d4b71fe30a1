import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HISTORY_PAGE_SIZE } from "@/lib/api/common";
import { makeTestDb } from "../test-db";
import { stories } from "../schema";
import { listEditionAudit, listRevisions, listStoryAudit, nextCursorOf } from "./story-history";

let t: Awaited<ReturnType<typeof makeTestDb>>;
let storyId: number;
const ROWS = 250;

beforeAll(async () => {
  t = await makeTestDb([]);
  storyId = t.db.insert(stories).values({ editionId: t.edition.id, slug: "长历史" }).returning().get().id;
  const revision = t.sqlite.prepare("INSERT INTO story_revisions (story_id, number, story_version, cause, content) VALUES (?, ?, ?, 'edit', '{}')");
  const audit = t.sqlite.prepare("INSERT INTO audit_events (entity_type, entity_id, action) VALUES ('story', ?, 'file')");
  t.sqlite.transaction(() => {
    for (let n = 1; n <= ROWS; n++) {
      revision.run(storyId, n, n);
      audit.run(storyId);
    }
  })();
});
afterAll(() => t.close());

/** Every row of a list, followed page by page through its `next` cursors. */
function walk<T>(page: (cursor?: number) => T[], key: (row: T) => number): { pages: number[]; rows: number[] } {
  const pages: number[] = [];
  const rows: number[] = [];
  let cursor: number | undefined;
  for (;;) {
    const got = page(cursor);
    pages.push(got.length);
    rows.push(...got.map(key));
    const next = nextCursorOf(got, key);
    if (next === null) return { pages, rows };
    cursor = next;
  }
}

describe("history lists come a bounded page at a time", () => {
  const sizes = [HISTORY_PAGE_SIZE, HISTORY_PAGE_SIZE, ROWS - 2 * HISTORY_PAGE_SIZE];

  it("revisions, newest first", () => {
    const { pages, rows } = walk((before) => listRevisions(t.db, { storyId, before }), (r) => r.number);
    expect(pages).toEqual(sizes);
    expect(rows).toEqual(Array.from({ length: ROWS }, (_, i) => ROWS - i));
  });

  it("the story's audit trail, oldest first", () => {
    const { pages, rows } = walk((after) => listStoryAudit(t.db, { storyId, after }), (e) => e.id);
    expect(pages).toEqual(sizes);
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
    expect(new Set(rows).size).toBe(ROWS);
  });

  it("the edition's audit trail, newest first", () => {
    const { pages, rows } = walk((before) => listEditionAudit(t.db, { date: "2019-01-09", before }), (e) => e.id);
    expect(pages).toEqual(sizes);
    expect(rows).toEqual([...rows].sort((a, b) => b - a));
    expect(new Set(rows).size).toBe(ROWS);
  });
});
