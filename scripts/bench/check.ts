/**
 * `npm run bench -- check`: the 机检 checker (lib/check) on a 50,000-字 story against 10,000 terms
 * (docs/CHECK.md, docs/BENCHMARKS.md "机检"). The story is the seed's text repeated to 50,000 字 in its
 * paragraphs; the terms are the starter lists plus generated 2–4 character terms drawn from the seed's own
 * characters (so the automaton walks deep, as a real list does), spread over the five lists.
 */
import fs from "node:fs";
import os from "node:os";
import { performance } from "node:perf_hooks";
import { buildAutomaton } from "@/lib/check/aho-corasick";
import { checkFields, compileCheckLists, FIELD_SEPARATOR, type CheckField, type CheckList, type CheckTerm } from "@/lib/check";
import { normalizeText } from "@/lib/check/normalize";
import { STARTER_OTHER, starterTypoPairs } from "@/lib/check/starter-typos";
import { countZi } from "@/lib/cjk/count-zi";
import { parsePageText } from "@/lib/page-text/parse";
import { seededRandom } from "@/lib/seeded-random";
import { SEED_FILE } from "@/seeds/load-seed";
import { editorHighlights, highlightSegments } from "@/lib/check-desk/editor-highlights";
import { withDismissals } from "@/lib/check-desk/finding-status";
import { contentFromFields, type EditorFields } from "@/lib/story-draft";
import { saveResult, timeInProcess, type BenchOpts } from "./measure";

export const STORY_ZI = 50_000;
export const TERMS = 10_000;

export function benchStory(): CheckField[] {
  const parsed = parsePageText(fs.readFileSync(SEED_FILE, "utf8"));
  const paragraphs = parsed.items.flatMap((i) => ("paragraphs" in i && Array.isArray(i.paragraphs) ? (i.paragraphs as string[]) : []));
  const out: string[] = [];
  let zi = 0;
  for (let k = 0; zi < STORY_ZI; k++) {
    const p = paragraphs[k % paragraphs.length];
    out.push(p);
    zi += countZi(p);
  }
  return out.map((text, paragraph) => ({ field: "body", paragraph, text }));
}

export function benchTerms(story: CheckField[]): CheckTerm[] {
  const rnd = seededRandom(12);
  const chars = [...new Set([...story.map((f) => f.text).join("")].filter((c) => /\p{Script=Han}/u.test(c)))];
  const terms: CheckTerm[] = [
    ...starterTypoPairs().map(([term, replacement]): CheckTerm => ({ list: "typo", term, replacement, note: null })),
    ...STARTER_OTHER.map((t): CheckTerm => ({ ...t })),
  ];
  const lists: CheckList[] = ["banned", "caution", "typo", "preferred", "whitelist"];
  const seen = new Set(terms.map((t) => t.term));
  while (terms.length < TERMS) {
    const len = 2 + Math.floor(rnd() * 3);
    let term = "";
    for (let i = 0; i < len; i++) term += chars[Math.floor(rnd() * chars.length)];
    if (seen.has(term)) continue;
    seen.add(term);
    const list = lists[Math.floor(rnd() * lists.length)];
    terms.push({ list, term, replacement: list === "typo" || list === "preferred" ? "替换" : null, note: null });
  }
  return terms;
}

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
  row("word lists: as checkFields does them (both forms)", "fields joined, normalized and searched once per form", () => {
    lists.dense.automaton.search(normalizeText(joined, "dense").text);
    lists.light.automaton.search(normalizeText(joined, "light").text);
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
  console.log(`load average ${os.loadavg().map((l) => l.toFixed(1)).join(" / ")}; budget for the word lists: 10 ms`);
  const out = saveResult("check", opts.stories, { zi, paragraphs: story.length, terms: terms.length, findings: findings.length, compileMs, rows });
  console.log(`saved ${out}`);
}
