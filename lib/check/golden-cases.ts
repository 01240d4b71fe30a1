/**
 * Test-only inputs for the 机检 golden test (golden.test.ts): the seed's stories, the bench's 50,000-字 story
 * (scripts/bench/check.ts) and a disguised copy of the seed's text, against the starter lists and the bench's
 * 10,000 terms. Not imported by the app.
 */
import fs from "node:fs";
import { benchStory, benchTerms } from "@/scripts/bench/check-input";
import { parsePageText } from "@/lib/page-text/parse";
import { seededRandom } from "@/lib/seeded-random";
import { SEED_FILE } from "@/seeds/load-seed";
import { STARTER_OTHER, starterTypoPairs } from "./starter-typos";
import { storyCheckFields } from "./index";
import type { CheckField, CheckTerm } from "./types";

export function starterTerms(): CheckTerm[] {
  return [
    ...starterTypoPairs().map(([term, replacement]): CheckTerm => ({ list: "typo", term, replacement, note: null })),
    ...STARTER_OTHER.map((t): CheckTerm => ({ ...t })),
  ];
}

/** Each story of the seed page as the checker sees it (heads, body, sidebars; 转版 as parsed). */
export function seedStories(): CheckField[][] {
  const parsed = parsePageText(fs.readFileSync(SEED_FILE, "utf8"));
  return parsed.items.flatMap((item) => {
    if (!("paragraphs" in item) || !Array.isArray(item.paragraphs)) return [];
    const i = item as unknown as { kicker: string | null; headline: string | null; subheadline: string | null; paragraphs: string[]; continues?: boolean; sidebars?: { title?: string | null; paragraphs: string[] }[] };
    return [storyCheckFields({ kicker: i.kicker ?? null, headline: i.headline ?? null, subheadline: i.subheadline ?? null, body: i.paragraphs, continues: i.continues, sidebars: i.sidebars ?? [] })];
  });
}

const DISGUISE = [" ", "\u3000", "\u200b", "*", "-", "。", "，", ",", ".", "(", ")", "《", "》", "“", "”", "（", "）", "𠀀", "Ａ", "１", "臺", "灣", "輪", "勵", "a", "1", "\u0301"];

/**
 * The seed's paragraphs with spaces, symbols, punctuation, full-width and traditional characters and a
 * character outside the BMP inserted at random (seeded), so spans map back across dropped and widened units.
 */
export function disguisedSeed(seed = 7): CheckField[] {
  const rnd = seededRandom(seed);
  return seedStories()
    .flat()
    .map((f, i) => {
      let text = "";
      for (const ch of f.text) {
        text += ch;
        if (rnd() < 0.08) text += DISGUISE[Math.floor(rnd() * DISGUISE.length)];
      }
      return { field: "body" as const, paragraph: i, text };
    });
}

/** Terms drawn from the seed's own text (every 2–5 character run at random places) so the disguised copy hits them. */
export function seedTerms(seed = 9, n = 3000): CheckTerm[] {
  const rnd = seededRandom(seed);
  const text = seedStories().flat().map((f) => f.text).join("");
  const lists: CheckTerm["list"][] = ["banned", "caution", "typo", "preferred", "whitelist"];
  const seen = new Set<string>();
  const out: CheckTerm[] = [];
  while (out.length < n) {
    const at = Math.floor(rnd() * (text.length - 6));
    const term = text.slice(at, at + 2 + Math.floor(rnd() * 4));
    if (!/^[\p{Script=Han}a-zA-Z0-9]+$/u.test(term) || seen.has(term)) continue;
    seen.add(term);
    const list = lists[Math.floor(rnd() * lists.length)];
    out.push({ list, term, replacement: list === "typo" || list === "preferred" ? term + "正" : null, note: rnd() < 0.2 ? "注" : null });
  }
  return out;
}

export function benchCase(): { story: CheckField[]; terms: CheckTerm[] } {
  const story = benchStory();
  return { story, terms: benchTerms(story) };
}

const FUNCTION_CHARS = "的是在和与及或从向将而并但之于其就也都又很更";

/**
 * The seed's paragraphs with the rules' triggers planted at random (seeded): numbers of the text rewritten in
 * Chinese (二十八人, 二〇一八年, 百分之十五), words and function characters doubled, half-width marks and
 * brackets dropped in, so mixedNumbers, repeatedWord, halfwidthPunct and unbalancedPair all fire.
 */
export function plantedSeed(seed = 11): CheckField[] {
  const rnd = seededRandom(seed);
  const zh = (n: string) => [...n].map((d) => "〇一二三四五六七八九"[Number(d)]).join("");
  const tens = (v: number) => (v < 20 ? "十" + (v % 10 ? zh(String(v % 10)) : "") : zh(String(Math.floor(v / 10))) + "十" + (v % 10 ? zh(String(v % 10)) : ""));
  return seedStories()
    .flat()
    .map((f, i) => {
      let text = f.text
        .replace(/(\d{4})年/g, (m, y: string) => (rnd() < 0.4 ? zh(y) + "年" : m))
        .replace(/(?<!\d)(\d{2})(人|个|名|项|家|次|届|岁|元)/g, (m, n: string, u: string) => (rnd() < 0.4 ? tens(Number(n)) + u : m))
        .replace(/(\d{2})%/g, (m, n: string) => (rnd() < 0.5 ? `百分之${tens(Number(n))}` : m));
      let out = "";
      for (const ch of text) {
        out += ch;
        const r = rnd();
        if (r < 0.01 && FUNCTION_CHARS.includes(ch)) out += ch;
        else if (r < 0.015) out += out.slice(-2);
        else if (r < 0.02) out += ",.;:?!()《》“”（）"[Math.floor(rnd() * 15)];
      }
      text = out;
      return { field: "body" as const, paragraph: i, text };
    });
}
