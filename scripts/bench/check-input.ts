/**
 * The 机检 bench's input (scripts/bench/check.ts), also pinned by lib/check/golden.test.ts: the seed's text
 * repeated to 50,000 字 in its paragraphs; the starter lists plus generated 2–4 character terms drawn from the
 * seed's own characters (so the automaton walks deep, as a real list does), spread over the five lists.
 */
import fs from "node:fs";
import { type CheckField, type CheckList, type CheckTerm } from "@/lib/check";
import { STARTER_OTHER, starterTypoPairs } from "@/lib/check/starter-typos";
import { countZi } from "@/lib/cjk/count-zi";
import { parsePageText } from "@/lib/page-text/parse";
import { seededRandom } from "@/lib/seeded-random";
import { SEED_FILE } from "@/seeds/load-seed";

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

