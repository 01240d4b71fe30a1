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

// What one code point does to the count. Judged by the char-class functions once per code point and
// remembered, so a long text costs one table lookup per character instead of several Unicode regex tests.
const UNKNOWN = 0;
const NOTHING = 1; // whitespace, invisible, half-width: 0 字
const FULL = 2; // one em on the grid: 1 字
const WORD = 3; // a letter or digit of a Latin word or number: 1 字 per run
const JOINER = 4; // . , ' - : / _ & — inside a run only when a word character follows ("3.5"), else 0 字

const RUN_JOINERS = new Set([".", ",", "'", "-", ":", "/", "_", "&"].map((c) => c.charCodeAt(0)));
const bmpClass = new Uint8Array(0x10000);
const astralClass = new Map<number, number>();

function judge(cp: number): number {
  if (isWordChar(cp)) return WORD;
  if (RUN_JOINERS.has(cp)) return JOINER;
  return !isWhitespace(cp) && !isZeroWidth(cp) && widthClass(cp) === "full" ? FULL : NOTHING;
}

function classOf(cp: number): number {
  if (cp < 0x10000) {
    let c = bmpClass[cp];
    if (c === UNKNOWN) bmpClass[cp] = c = judge(cp);
    return c;
  }
  let c = astralClass.get(cp);
  if (c === undefined) astralClass.set(cp, (c = judge(cp)));
  return c;
}

/** The code point starting at UTF-16 index i (a lone surrogate stands for itself, as in Array.from). */
function codePointAt(text: string, i: number): number {
  const hi = text.charCodeAt(i);
  if (hi >= 0xd800 && hi <= 0xdbff && i + 1 < text.length) {
    const lo = text.charCodeAt(i + 1);
    if (lo >= 0xdc00 && lo <= 0xdfff) return (hi - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000;
  }
  return hi;
}

/** Count 字 in text: Han/full-width 1 each, Latin word or number 1, half-width punctuation and spaces 0. */
export function countZi(text: string): number {
  let count = 0;
  let inRun = false;
  for (let i = 0; i < text.length; ) {
    const cp = codePointAt(text, i);
    const next = i + (cp > 0xffff ? 2 : 1);
    const c = classOf(cp);
    if (c === WORD) {
      if (!inRun) count += 1;
      inRun = true;
    } else if (!(c === JOINER && inRun && next < text.length && classOf(codePointAt(text, next)) === WORD)) {
      inRun = false;
      if (c === FULL) count += 1;
    }
    i = next;
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
