/**
 * 字数 — newsroom length of a Chinese text (DESIGN.md "Stories" → Length).
 *
 * Rules (each character is judged once, left to right):
 * - Han characters (any Script=Han: CJK Unified incl. ext. A/B…, compatibility ideographs,
 *   〇 々), kana and hangul: 1 each.
 * - Full-width punctuation and symbols: 1 each — CJK Symbols & Punctuation (U+3001–303F),
 *   Fullwidth Forms (，。：？（）etc.), and the general punctuation Chinese text uses
 *   as full-width marks (“ ” ‘ ’ … — ·), plus any other symbol a CJK font sets one em wide
 *   (① ℃ ※ × …). In short: everything that occupies a full em on the grid.
 * - A Latin word or a number: 1 per run. A run is letters/digits (Latin, Greek, Cyrillic,
 *   full-width Ａ１ included) plus the joiners . , ' - : / _ & when they sit *between* two
 *   run characters: "3.5", "5,000", "COVID-19", "400-965-9511", "8:30", "www.dzwww.com" are 1 each.
 * - Half-width (ASCII) punctuation and symbols outside a run count 0: the brackets in
 *   "(首批)", a trailing "%" or ".", "$". They are half an em wide and newsroom tools
 *   (Founder, Word's 中文字数) do not count them as 字.
 * - Whitespace (incl. U+3000 ideographic space and NBSP) and invisible marks count 0.
 */
import { isWhitespace, isWordChar, isZeroWidth, widthClass } from "./char-class";

const RUN_JOINERS = new Set([".", ",", "'", "-", ":", "/", "_", "&"]);

/** Code points of a string (surrogate pairs kept whole). */
function codePoints(text: string): number[] {
  return Array.from(text, (ch) => ch.codePointAt(0) ?? 0);
}

/** Whether position i continues the Latin/number run that the previous character belongs to. */
function continuesRun(cps: number[], i: number): boolean {
  const cp = cps[i];
  if (isWordChar(cp)) return true;
  // A joiner continues the run only when a word character follows ("3.5" yes, "end." no).
  return RUN_JOINERS.has(String.fromCodePoint(cp)) && i + 1 < cps.length && isWordChar(cps[i + 1]);
}

/** Count 字 in text: Han/full-width 1 each, Latin word or number 1, half-width punctuation and spaces 0. */
export function countZi(text: string): number {
  const cps = codePoints(text);
  let count = 0;
  let i = 0;
  while (i < cps.length) {
    const cp = cps[i];
    if (isWordChar(cp)) {
      count += 1;
      i += 1;
      while (i < cps.length && continuesRun(cps, i)) i += 1;
      continue;
    }
    if (!isWhitespace(cp) && !isZeroWidth(cp) && widthClass(cp) === "full") count += 1;
    i += 1;
  }
  return count;
}

export type LengthStatus = "short" | "near" | "over";

/**
 * Actual length against the target (commissioned) length:
 * - "short": count < 90 % of target
 * - "near":  90 % ≤ count ≤ 110 % of target (both ends inclusive)
 * - "over":  count > 110 % of target — a desk calls copy over once it runs past target + 10 %
 * null when there is no target (null, 0 or negative). Compared as count·10 vs target·9/11 so
 * that 0.9/1.1 float error cannot move a boundary case.
 */
export function lengthStatus(count: number, target: number | null): LengthStatus | null {
  if (target === null || !Number.isFinite(target) || target <= 0) return null;
  if (count * 10 < target * 9) return "short";
  if (count * 10 > target * 11) return "over";
  return "near";
}
