/**
 * `npm run bench -- check`: the 机检 checker (lib/check) on a 50,000-字 story against 10,000 terms
 * (docs/CHECK.md, docs/BENCHMARKS.md "机检"). The story is the seed's text repeated to 50,000 字 in its
 * paragraphs; the terms are the starter lists plus generated 2–4 character terms drawn from the seed's own
 * characters (so the automaton walks deep, as a real list does), spread over the five lists.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { asc, eq } from "drizzle-orm";
import { openDb, runMigrations } from "@/db/client";
import { bumpCheckListsVersion } from "@/db/commands/bump-check-lists-version";
import { pageCheckBlockers, refuseStoryCheckBlocks } from "@/db/queries/check-gate";
import { checkTerms, pages, stories } from "@/db/schema";
import { DomainError } from "@/lib/errors";
import { buildAutomaton } from "@/lib/check/aho-corasick";
import { checkFields, compileCheckLists, FIELD_SEPARATOR, type CheckTerm } from "@/lib/check";
import { normalizeText, normalizeUnitForms } from "@/lib/check/normalize";
import * as reference from "@/lib/check/reference/index";
import { halfwidthPunctuation, repeatedWords, unbalancedPairs } from "@/lib/check/rules";
import { findNumberUses } from "@/lib/check/numbers";
import { scanText } from "@/lib/check/scan";
import { countZi } from "@/lib/cjk/count-zi";
import { seededRandom } from "@/lib/seeded-random";
import { editorHighlights, highlightSegments } from "@/lib/check-desk/editor-highlights";
import { withDismissals } from "@/lib/check-desk/finding-status";
import { contentFromFields, type EditorFields } from "@/lib/story-draft";
import { loadSeed, SEED_PAGE_NAME } from "@/seeds/load-seed";
import { benchStory, benchTerms } from "./check-input";
import { saveResult, timeInProcess, type BenchOpts } from "./measure";

export async function main(opts: BenchOpts) {
  const story = benchStory();
  const zi = story.reduce((n, f) => n + countZi(f.text), 0);
  const terms = benchTerms(story);
  const t0 = performance.now();
  const lists = compileCheckLists(terms);
  const compileMs = performance.now() - t0;
  const empty = compileCheckLists([]);
  const findings = checkFields(story, lists);
  const text = story.map((f) => f.text).join("\n");
  const dense = normalizeText(text, "dense");
  const automaton = buildAutomaton(terms.map((t) => normalizeText(t.term, "dense").text));

  const rows: { name: string; ms: number; cpuMs: number; note: string }[] = [];
  /** wall time (median of batches) and CPU time of this process per call: on a loaded machine the CPU time is the steadier number */
  const row = (name: string, note: string, fn: () => void) => {
    const ms = timeInProcess(fn);
    const runs = 20;
    const c = process.cpuUsage();
    for (let i = 0; i < runs; i++) fn();
    const d = process.cpuUsage(c);
    const cpuMs = (d.user + d.system) / 1000 / runs;
    rows.push({ name, ms, cpuMs, note });
    console.log(`${name.padEnd(58)} ${ms.toFixed(2).padStart(8)} ms wall ${cpuMs.toFixed(2).padStart(8)} ms CPU  ${note}`);
  };
  console.log(`story: ${zi} 字 in ${story.length} paragraphs; ${terms.length} terms; ${findings.length} findings`);
  console.log(`compile the lists (once per lists version): ${compileMs.toFixed(0)} ms, cold`);
  row("Aho–Corasick search, normalized story, 10,000 terms", `${automaton.search(dense.text).length} matches`, () => automaton.search(dense.text));
  row("normalize the story, both forms, with offset maps", "NFKC + opencc per character (cached table)", () => {
    normalizeText(text, "dense");
    normalizeText(text, "light");
  });
  const joined = story.map((f) => f.text).join(FIELD_SEPARATOR);
  row("word lists: as checkFields does them (both forms)", "fields joined, both forms in one pass, searched once per form", () => {
    const forms = normalizeUnitForms(joined);
    lists.dense.automaton.searchUnits(forms.dense.units, forms.dense.length);
    lists.light.automaton.searchUnits(forms.light.units, forms.light.length);
  });
  row("checkFields, whole story, 10,000 terms", `${findings.length} findings`, () => checkFields(story, lists));
  row("checkFields, whole story, no terms (rules only)", "punctuation, pairs, repeats, numbers", () => checkFields(story, empty));
  // The story editor's highlights (docs/CHECK.md "Highlights in the text"), on every keystroke: the last check's
  // findings and 50 proof marks mapped into the form, then the body cut into the mirror's pieces. No check runs.
  const fields: EditorFields = { kicker: "", headline: "", subheadline: "", dateline: "", bodyText: story.map((f) => f.text).join("\n"), sidebars: [], bylines: [] };
  const content = contentFromFields(fields);
  const checked = withDismissals(findings, []);
  const rndMarks = seededRandom(7);
  const marks = Array.from({ length: 50 }, (_, id) => {
    const paragraph = Math.floor(rndMarks() * story.length);
    const offset = Math.floor(rndMarks() * Math.max(1, story[paragraph].text.length - 4));
    return { id: id + 1, state: "open", field: "body", paragraph, offset, marked: story[paragraph].text.slice(offset, offset + 3) };
  });
  const highlights = editorHighlights(fields, content, checked, marks);
  const bodyRanges = highlights.controls.get("body") ?? [];
  row("editor highlights: findings + 50 marks into the form", `${bodyRanges.length} ranges`, () => editorHighlights(fields, content, checked, marks));
  row("editor highlights: the body cut into the mirror's pieces", `${highlightSegments(fields.bodyText.length, bodyRanges).length} pieces`, () => {
    for (const piece of highlightSegments(fields.bodyText.length, bodyRanges)) fields.bodyText.slice(piece.start, piece.end);
  });
  // the phases of checkFields, each alone (docs/BENCHMARKS.md "机检": what the speed-up changed)
  const texts = story.map((f) => f.text);
  row("  phase: normalize the joined fields, both forms", "one pass, reused buffers", () => normalizeUnitForms(joined));
  const forms = normalizeUnitForms(joined);
  const [dUnits, dLen, lUnits, lLen] = [forms.dense.units.slice(), forms.dense.length, forms.light.units.slice(), forms.light.length];
  row("  phase: Aho–Corasick, both forms", "hash-table edges", () => {
    lists.dense.automaton.searchUnits(dUnits, dLen);
    lists.light.automaton.searchUnits(lUnits, lLen);
  });
  row("  phase: scan each paragraph once (where rules can fire)", "lib/check/scan.ts", () => texts.forEach((t) => scanText(t)));
  const scans = texts.map((t) => scanText(t));
  row("  phase: rules on the scanned paragraphs", "half-width, pairs, repeats (with Intl.Segmenter), numbers", () =>
    texts.forEach((t, i) => {
      halfwidthPunctuation(t, scans[i]);
      unbalancedPairs(t, scans[i]);
      repeatedWords(t, scans[i]);
      findNumberUses(t, scans[i]);
    }),
  );
  // the same story through the checker as it was before the speed-up (lib/check/reference, test-only), same run
  const refLists = reference.compileCheckLists(terms);
  const same = JSON.stringify(reference.checkFields(story, refLists)) === JSON.stringify(findings);
  row("before the speed-up: checkFields, whole story, 10,000 terms", `lib/check/reference; same findings: ${same ? "yes" : "NO"}`, () => reference.checkFields(story, refLists));
  row("before the speed-up: checkFields, rules only", "lib/check/reference", () => reference.checkFields(story, reference.compileCheckLists([])));
  const warmT0 = performance.now();
  compileCheckLists(terms);
  const compileWarmMs = performance.now() - warmT0;
  console.log(`compile the lists again (warm): ${compileWarmMs.toFixed(0)} ms`);
  const server = await serverGates(terms, row);
  console.log(`load average ${os.loadavg().map((l) => l.toFixed(1)).join(" / ")}; budget for the word lists: 10 ms`);
  const out = saveResult("check", opts.stories, { zi, paragraphs: story.length, terms: terms.length, findings: findings.length, compileMs, compileWarmMs, server, rows });
  console.log(`saved ${out}`);
}

/**
 * The server's gates on a seeded database: 交稿 (and each review level: the same check) of a 1,500-字 story and
 * 签版 of the seed page, inside a transaction as the routes run them — with the starter lists and with the
 * 10,000 terms, the compiled lists cached per connection and version (db/queries/check-lists.ts); and what a
 * gate costs when it has to compile (the first after a lists change — before the cache was keyed by the
 * connection, every gate, as each runs in a new transaction).
 */
async function serverGates(terms: CheckTerm[], row: (name: string, note: string, fn: () => void) => void) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsdesk-bench-check-"));
  const { db, sqlite } = openDb(path.join(dir, "bench.db"));
  try {
    runMigrations(db);
    await loadSeed(db, { demo: true, printed: false });
    const all = db.select({ id: stories.id, body: stories.body }).from(stories).orderBy(asc(stories.id)).all();
    const paragraphs = all.flatMap((s) => s.body);
    const body: string[] = [];
    for (let i = 0; countZi(body.join("")) < 1500; i++) body.push(paragraphs[i % paragraphs.length]);
    const storyId = all[0].id;
    db.update(stories).set({ body }).where(eq(stories.id, storyId)).run();
    const zi = countZi(body.join(""));
    const page = db.select({ id: pages.id }).from(pages).where(eq(pages.name, SEED_PAGE_NAME)).orderBy(asc(pages.id)).get()!;
    // with the 10,000 generated terms the story has 禁用词: the refusal (409, its message built) is the gate's work too
    const gate = () => {
      try {
        db.transaction((tx) => refuseStoryCheckBlocks(tx, storyId, "file"));
      } catch (err) {
        if (!(err instanceof DomainError)) throw err;
      }
    };
    const sign = () => db.transaction((tx) => pageCheckBlockers(tx, page.id));
    const starter = db.select().from(checkTerms).all().length;
    row(`server 交稿 gate, ${zi}-字 story, starter lists (${starter})`, "in a transaction; lists cached per connection", gate);
    row(`server 签版 gate, seed page (${all.length} stories), starter lists`, "every story on the page checked", sign);
    const t0 = performance.now();
    db.update(stories).set({ body }).where(eq(stories.id, storyId)).run();
    db.transaction((tx) => bumpCheckListsVersion(tx));
    gate();
    const coldStarter = performance.now() - t0;
    const have = new Set(db.select({ list: checkTerms.list, term: checkTerms.term }).from(checkTerms).all().map((t) => `${t.list}|${t.term}`));
    db.transaction((tx) => {
      for (const t of terms) if (!have.has(`${t.list}|${t.term}`)) tx.insert(checkTerms).values(t).onConflictDoNothing().run();
      bumpCheckListsVersion(tx);
    });
    const big = db.select().from(checkTerms).all().length;
    const t1 = performance.now();
    gate();
    const coldBig = performance.now() - t1;
    row(`server 交稿 gate, ${zi}-字 story, ${big} terms`, "in a transaction; lists cached per connection", gate);
    row(`server 签版 gate, seed page, ${big} terms`, "every story on the page checked", sign);
    console.log(`server gate right after a lists change (compiles): ${coldStarter.toFixed(1)} ms with the starter lists, ${coldBig.toFixed(0)} ms with ${big} terms`);
    return { zi, starterTerms: starter, terms: big, gateAfterChangeStarterMs: coldStarter, gateAfterChangeMs: coldBig };
  } finally {
    sqlite.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
