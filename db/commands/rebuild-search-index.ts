import type Database from "better-sqlite3";

/**
 * Rebuilds the whole search index (story_search, docs/SEARCH.md) from the view story_search_source, in batches of
 * stories by id, then merges it into one segment ('optimize'). Incremental merging is off while it fills (each batch's
 * segments would otherwise be merged again and again as the index grows) and FTS5's default again at the end.
 * `transaction: "one"` (npm run search:reindex) writes everything in one transaction, so searches meanwhile see the
 * old index; `"per-batch"` (the bench generator, which owns its database) commits every batch, so the WAL stays small.
 * The callers: scripts/search-reindex.ts and scripts/bench/generate.ts.
 */
export function rebuildSearchIndex(
  sqlite: Database.Database,
  opts: { batch: number; transaction: "one" | "per-batch"; progress?: (done: number, total: number) => void },
): number {
  const { n: total } = sqlite.prepare("SELECT count(*) AS n FROM stories").get() as { n: number };
  const next = sqlite.prepare("SELECT id FROM stories WHERE id > ? ORDER BY id LIMIT 1 OFFSET ?").pluck();
  const fill = sqlite.prepare(
    "INSERT INTO story_search(rowid, title, body, people, slug, edition) SELECT id, title, body, people, slug, edition FROM story_search_source WHERE id > ? AND id <= ?",
  );
  const batchOf = opts.transaction === "per-batch" ? (after: number, last: number) => sqlite.transaction(() => fill.run(after, last).changes)() : (after: number, last: number) => fill.run(after, last).changes;
  const all = () => {
    sqlite.prepare("INSERT INTO story_search(story_search) VALUES ('delete-all')").run();
    sqlite.prepare("INSERT INTO story_search(story_search, rank) VALUES ('automerge', 0)").run();
    let after = 0;
    let done = 0;
    opts.progress?.(0, total);
    while (done < total) {
      const last = (next.get(after, opts.batch - 1) as number | undefined) ?? Number.MAX_SAFE_INTEGER;
      done += batchOf(after, last);
      opts.progress?.(Math.min(done, total), total);
      if (last === Number.MAX_SAFE_INTEGER) break;
      after = last;
    }
    if (opts.transaction === "one") sqlite.prepare("INSERT INTO story_search(story_search) VALUES ('optimize')").run();
    else {
      // The same merge into one segment, in steps of its own transaction each ('merge' with a negative number of
      // pages merges every segment whatever its level): 'optimize' writes the whole index in one transaction, a WAL
      // as large as the index (gigabytes at 1M stories, beside the database file growing by as much).
      const merge = sqlite.prepare("INSERT INTO story_search(story_search, rank) VALUES ('merge', -5000)");
      const changes = sqlite.prepare("SELECT total_changes()").pluck();
      for (;;) {
        const before = changes.get() as number;
        sqlite.transaction(() => merge.run())();
        if ((changes.get() as number) - before < 2) break; // FTS5: fewer than 2 changes = no work left
      }
    }
    sqlite.prepare("INSERT INTO story_search(story_search, rank) VALUES ('automerge', 4)").run(); // FTS5's default again
  };
  if (opts.transaction === "one") sqlite.transaction(all)();
  else all();
  return total;
}
