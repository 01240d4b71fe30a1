/**
 * npm run search:reindex — rebuilds the search index (story_search, docs/SEARCH.md) from the stories, in one
 * transaction: searches during the rebuild see the old index, then the new one. Prints a progress line.
 */
import { databasePath, openDb } from "@/db/client";
import { rebuildSearchIndex } from "@/db/commands/rebuild-search-index";

const { sqlite } = openDb();
const started = Date.now();
const progress = (done: number, total: number) => {
  const width = 30;
  const filled = total === 0 ? width : Math.round((done / total) * width);
  process.stdout.write(`\r[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${total} stories`);
};

const total = rebuildSearchIndex(sqlite, { batch: 1000, transaction: "one", progress });
sqlite.close();
process.stdout.write(`\nreindexed ${total} stories of ${databasePath()} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
