import type Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { makeSeededDb } from "../test-db";
import { rebuildSearchIndex } from "./rebuild-search-index";

let t: ReturnType<typeof makeSeededDb>;
let sqlite: Database.Database;
beforeEach(() => {
  t = makeSeededDb();
  sqlite = (t.db as unknown as { $client: Database.Database }).$client;
});
afterEach(() => t.close());

const found = (q: string) => sqlite.prepare("SELECT rowid FROM story_search WHERE story_search MATCH ? ORDER BY rowid").pluck().all(q);

describe("rebuildSearchIndex", () => {
  it.each(["one", "per-batch"] as const)("rebuilds the index the triggers wrote, in batches (transaction: %s), merged", (transaction) => {
    const queries = ['"聊城"', '"聊"*', '"2018 年"*', '"孙亚 亚飞"'];
    const before = queries.map(found);
    expect(before.every((ids) => ids.length > 0)).toBe(true);
    sqlite.prepare("INSERT INTO story_search(story_search) VALUES ('delete-all')").run();
    expect(found('"聊城"')).toEqual([]);
    const seen: number[] = [];
    const total = rebuildSearchIndex(sqlite, { batch: 3, transaction, progress: (done) => seen.push(done) });
    expect(queries.map(found)).toEqual(before);
    expect(total).toBe(sqlite.prepare("SELECT count(*) FROM stories").pluck().get());
    expect(seen.at(-1)).toBe(total);
  });
});
