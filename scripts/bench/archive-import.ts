/**
 * `npx tsx scripts/bench/archive-import.ts <generated.db> [--stories 3200] [--runs 3]`: the edition archive's
 * import time for one big edition (docs/EXCHANGE.md "Import speed"). On a copy of a database made by
 * `npm run bench -- generate`, moves that many stories into the newest edition, exports it (giving every other
 * story a sidebar: the generator writes none), then imports the
 * file into freshly migrated databases and prints each import's time. The generated database is not changed.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDb, runMigrations } from "@/db/client";
import { importEditionArchive } from "@/db/commands/import-edition-archive";
import { exportEditionArchive } from "@/db/queries/edition-archive";

const args = process.argv.slice(2).filter((a) => a !== "--");
const flag = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const source = args[0];
if (!source || !fs.existsSync(source)) {
  console.error("usage: npx tsx scripts/bench/archive-import.ts <generated.db> [--stories 3200] [--runs 3]");
  process.exit(2);
}
const storyCount = flag("stories", 3200);
const runs = flag("runs", 3);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsdesk-archive-bench-"));

const copy = path.join(dir, "source.db");
fs.copyFileSync(source, copy);
const src = openDb(copy);
const { id: editionId, date } = src.sqlite.prepare("SELECT id, date FROM editions ORDER BY date DESC LIMIT 1").get() as { id: number; date: string };
src.sqlite.prepare("UPDATE stories SET edition_id = ? WHERE id IN (SELECT id FROM stories ORDER BY id DESC LIMIT ?)").run(editionId, storyCount);
const archive = exportEditionArchive(src.db, { date })!;
src.sqlite.close();
// the generator writes no sidebars: every other story gets one (a 相关链接 of two of its paragraphs), as on a real page
archive.stories.forEach((s, i) => {
  if (i % 2 === 0 && s.sidebars.length === 0) s.sidebars.push({ position: 0, title: "相关链接", paragraphs: s.body.slice(0, 2) });
});
const text = JSON.stringify(archive);
const counts = {
  stories: archive.stories.length,
  sidebars: archive.stories.reduce((n, s) => n + s.sidebars.length, 0),
  bylines: archive.stories.reduce((n, s) => n + s.bylines.length, 0),
  revisions: archive.stories.reduce((n, s) => n + s.revisions.length, 0),
};
console.log(`archive of ${date}: ${(Buffer.byteLength(text) / 1e6).toFixed(1)} MB, ${JSON.stringify(counts)}`);

for (let run = 1; run <= runs; run++) {
  const target = openDb(path.join(dir, `target-${run}.db`));
  runMigrations(target.db);
  const started = performance.now();
  importEditionArchive(target.db, { text, maxBytes: Number.MAX_SAFE_INTEGER });
  console.log(`import ${run}: ${((performance.now() - started) / 1000).toFixed(2)} s`);
  target.sqlite.close();
}
fs.rmSync(dir, { recursive: true, force: true });
