/**
 * npm run search:reindex — rebuilds the search index (story_search, docs/SEARCH.md) from the stories, in one
 * transaction: searches during the rebuild see the old index, then the new one. Prints a progress line.
 */
import { databasePath, openDb } from "@/db/client";

const BATCH = 1000;

const { sqlite } = openDb();
const { n: total } = sqlite.prepare("SELECT count(*) AS n FROM stories").get() as { n: number };
const next = sqlite.prepare("SELECT id FROM stories WHERE id > ? ORDER BY id LIMIT 1 OFFSET ?").pluck();
const fill = sqlite.prepare(
  "INSERT INTO story_search(rowid, title, body, people, slug, edition) SELECT id, title, body, people, slug, edition FROM story_search_source WHERE id > ? AND id <= ?",
);
const started = Date.now();
const progress = (done: number) => {
  const width = 30;
  const filled = total === 0 ? width : Math.round((done / total) * width);
  process.stdout.write(`\r[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${total} stories`);
};

sqlite.transaction(() => {
  sqlite.prepare("INSERT INTO story_search(story_search) VALUES ('delete-all')").run();
  let after = 0;
  let done = 0;
  progress(0);
  while (done < total) {
    const last = (next.get(after, BATCH - 1) as number | undefined) ?? Number.MAX_SAFE_INTEGER;
    done += fill.run(after, last).changes;
    progress(Math.min(done, total));
    if (last === Number.MAX_SAFE_INTEGER) break;
    after = last;
  }
  sqlite.prepare("INSERT INTO story_search(story_search) VALUES ('optimize')").run();
})();
sqlite.close();
process.stdout.write(`\nreindexed ${total} stories of ${databasePath()} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
