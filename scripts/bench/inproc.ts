/**
 * `npm run bench -- inproc`: times the pure hot paths and the seed-sized queries on one connection.
 * Each case runs for ~1 s after a warm-up; reported as the median time per operation of 5 batches.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { openDb, runMigrations } from "@/db/client";
import { updateStory } from "@/db/commands/update-story";
import { listBudget } from "@/db/queries/stories";
import { getEditionPage } from "@/db/queries/pages";
import { countZi } from "@/lib/cjk/count-zi";
import { autoPlace } from "@/lib/copyfit/auto-place";
import { copyfit } from "@/lib/copyfit/copyfit";
import { BROADSHEET_GRID } from "@/lib/copyfit/grid";
import { diffChars } from "@/lib/diff/char-diff";
import { parsePageText } from "@/lib/page-text/parse";
import { loadSeed, SEED_FILE } from "@/seeds/load-seed";
import { formatByline } from "@/lib/byline";
import { storyZi } from "@/lib/story-zi";
import { saveResult, type BenchOpts } from "./measure";

interface Result {
  name: string;
  perOpMs: number;
  note: string;
}

function bench(name: string, note: string, fn: () => void): Result {
  for (let i = 0; i < 20; i++) fn();
  const batches: number[] = [];
  for (let b = 0; b < 5; b++) {
    let n = 0;
    const start = performance.now();
    while (performance.now() - start < 200) {
      fn();
      n++;
    }
    batches.push((performance.now() - start) / n);
  }
  batches.sort((a, b) => a - b);
  const r = { name, perOpMs: batches[2], note };
  console.log(`${name.padEnd(48)} ${r.perOpMs.toFixed(4).padStart(10)} ms/op  ${note}`);
  return r;
}

export async function main(opts: BenchOpts) {
  const text = fs.readFileSync(SEED_FILE, "utf8");
  const parsed = parsePageText(text);
  const stories = parsed.items.filter((i) => i.kind === "story" || i.kind === "photo");
  const lead = stories[0];
  const cf = (s: (typeof stories)[number]) => ({
    kicker: s.kicker,
    headline: s.headline,
    subheadline: s.subheadline,
    bylineLines: formatByline(s.byline?.people ?? []).length,
    dateline: s.dateline,
    paragraphs: s.paragraphs,
    sidebars: s.sidebars,
  });
  const results: Result[] = [];
  results.push(bench("parse the seed page (16.9 KB)", `${parsed.items.length} items`, () => parsePageText(text)));
  results.push(bench("count 字 of the lead story", `${countZi(lead.paragraphs.join(""))} 字`, () => countZi(lead.paragraphs.join(""))));
  results.push(
    bench("copyfit the lead story (6 columns × 60 lines)", "cached line breaks after warm-up", () =>
      copyfit(cf(lead), { columnSpan: 6, heightLines: 60 }, BROADSHEET_GRID),
    ),
  );
  results.push(
    bench("copyfit, lead story edited each time", "one character changes, cache misses that paragraph", () => {
      const s = cf(lead);
      s.paragraphs = [...s.paragraphs.slice(0, -1), s.paragraphs.at(-1)! + String(Math.random())];
      copyfit(s, { columnSpan: 6, heightLines: 60 }, BROADSHEET_GRID);
    }),
  );
  results.push(
    bench("auto-place the 8 seed items", "with the page strip, two ads and the footer fixed", () =>
      autoPlace(
        stories.map((s, i) => ({ id: String(i), kind: s.kind === "photo" ? "photo" : "story", story: cf(s) })),
        [
          { id: "m", kind: "furniture", rect: { firstColumn: 1, columnSpan: 8, topLine: 1, heightLines: 4 } },
          { id: "a", kind: "ad", rect: { firstColumn: 1, columnSpan: 8, topLine: 83, heightLines: 14 } },
          { id: "f", kind: "furniture", rect: { firstColumn: 1, columnSpan: 8, topLine: 97, heightLines: 4 } },
        ],
        BROADSHEET_GRID,
      ),
    ),
  );
  // A 20-box page: 20 stories of the seed (repeated) in boxes of 2–4 columns × 12–30 lines.
  const boxes = Array.from({ length: 20 }, (_, i) => ({ story: cf(stories[i % stories.length]), box: { columnSpan: 2 + (i % 3), heightLines: 12 + ((i * 7) % 19) } }));
  results.push(
    bench("copyfit a 20-box page", "20 stories, line breaks cached (a page read)", () => {
      for (const b of boxes) copyfit(b.story, b.box, BROADSHEET_GRID);
    }),
  );
  let edit = 0;
  results.push(
    bench("copyfit a 20-box page, every story edited", "one paragraph of each story re-broken each time", () => {
      edit++;
      for (const b of boxes) {
        const s = { ...b.story, paragraphs: [...b.story.paragraphs.slice(0, -1), b.story.paragraphs.at(-1)! + String(edit)] };
        copyfit(s, b.box, BROADSHEET_GRID);
      }
    }),
  );
  const allParagraphs = stories.flatMap((s) => s.paragraphs);
  const longBody: string[] = [];
  for (let i = 0; countZi(longBody.join("")) < 50_000; i++) longBody.push(allParagraphs[i % allParagraphs.length]);
  const longText = { kicker: null, headline: lead.headline, subheadline: null, dateline: null, body: longBody, sidebars: [], bylines: [] };
  results.push(bench("字数 of a 50,000-字 story (storyZi)", `${storyZi(longText)} 字, ${longBody.length} paragraphs`, () => storyZi(longText)));
  const big = Array.from({ length: 50_000 }, (_, i) => lead.paragraphs.join("")[i % 1400]).join("");
  const edited = big.slice(0, 20_000) + "新增一句话。" + big.slice(20_010, 40_000) + big.slice(40_005);
  results.push(bench("diff two 50,000-字 versions (2 edits)", "character level, Myers", () => diffChars(big, edited)));

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsdesk-bench-"));
  const { db, sqlite } = openDb(path.join(dir, "bench.db"));
  runMigrations(db);
  // the seed page before print: the saves below write to its story 1, which a printed (signed) page freezes
  await loadSeed(db, { demo: true, printed: false });
  results.push(bench("budget query, seed edition", "8 items with bylines and 字数", () => listBudget(db, { editionDate: "2019-01-09" })));
  results.push(bench("page query, seed page 1", "elements + stories", () => getEditionPage(db, { date: "2019-01-09", number: 1 })));
  const editor = { id: 2, role: "editor" as const };
  let version = getEditionPage(db, { date: "2019-01-09", number: 1 })!.elements.find((e) => e.storyId === 1)!.story!.version;
  const base = getEditionPage(db, { date: "2019-01-09", number: 1 })!.elements.find((e) => e.storyId === 1)!.story!;
  let n = 0;
  results.push(
    bench("save a story (autosave, WAL, one transaction)", "version check + content + coalesced revision", () => {
      const r = updateStory(db, {
        storyId: 1,
        baseVersion: version,
        actor: editor,
        content: { kicker: base.kicker, headline: base.headline, subheadline: base.subheadline, dateline: base.dateline, body: [...base.body.slice(0, -1), base.body.at(-1)! + (n++ % 10)], sidebars: base.sidebars, bylines: base.bylines },
      });
      version = r.version;
    }),
  );
  sqlite.close();
  fs.rmSync(dir, { recursive: true, force: true });

  const lines = [
    "# Benchmarks",
    "",
    `Measured by \`npm run bench\` (scripts/bench.ts) on ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}.`,
    "Median of 5 batches of ~200 ms each, after a warm-up. Re-run to refresh; numbers vary with the machine.",
    "",
    "| case | ms per operation | note |",
    "|---|---:|---|",
    ...results.map((r) => `| ${r.name} | ${r.perOpMs.toFixed(r.perOpMs < 1 ? 4 : 2)} | ${r.note} |`),
    "",
  ];
  console.log("\n" + lines.slice(5).join("\n"));
  console.log(`saved ${saveResult("inproc", opts.stories, { results, table: lines.slice(5).join("\n") })}`);
}
