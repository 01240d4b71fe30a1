/**
 * Line breaking of one body paragraph on the character grid.
 *
 * Target: agree with what Chromium draws for a paragraph set in a box exactly `cpl` em wide
 * with the CSS recipe in docs/COPYFIT.md (CJK serif font, `text-align: justify;
 * line-break: strict; word-break: normal; overflow-wrap: anywhere; text-indent: 2em;
 * text-spacing-trim: space-all`, ASCII set with font feature `hwid`, — and · with `fwid`).
 * Justification only stretches spacing after breaking, so it does not move breaks.
 *
 * Width (half-em units, see lib/cjk/char-class): CJK characters and full-width punctuation
 * 2 (one em); ASCII letters, digits, punctuation and the space 1 (½ em); marks 0.
 * A run of spaces collapses to one, spaces at the start of the paragraph vanish and a space
 * at the end of a line hangs (takes no room), as in CSS `white-space: normal`.
 *
 * Breaking is greedy, first fit (browsers do not optimise paragraphs): each line takes as
 * much as fits, then breaks at the last opportunity. Opportunities follow UAX #14 as
 * Chromium applies it, reduced to what Chinese news copy contains:
 * - between two CJK characters; between CJK and Latin/digits in either direction;
 * - never before closing punctuation (，。、；：？！）》」』〕】”’ … ％ ℃ and ASCII ) ] } , . ; : ? ! %):
 *   when such a mark would start a line, the last character of the line before moves down
 *   with it (推出 — no hanging, no squeezing; `text-spacing-trim: space-all` forbids squeezing);
 * - never after opening punctuation (（《「『〔【“‘ and ASCII ( [ {, currency prefixes ￥ $):
 *   an opening mark that would end a line moves down to the next one;
 * - "……" and "——" are never split; "……" never starts a line (UAX #14 IN), "——" may (B2);
 * - a Latin word or number ("COVID-19", "400-965-9511", "3.5", "8:30") is not split,
 *   except after a hyphen followed by a letter ("well-|known"), at spaces, or — only when
 *   it is longer than a whole line — anywhere (`overflow-wrap: anywhere`, emergency break).
 */
import { halfUnits, isCollapsibleSpace, isEastAsian, isLetter, isZeroWidth } from "../cjk/char-class";

/** Line-breaking class of a character (a reduced UAX #14 set, tuned to Chromium's behaviour). */
type BreakClass =
  | "SP" // collapsible space: a break is always allowed after a space run (Chromium)
  | "ZW" // zero-width space: break after, no width
  | "CM" // invisible mark: sticks to the character before
  | "CL" // closing punctuation / non-starter: no break before
  | "PO" // postfix sign % ％ ℃ ‰: no break before after a letter, digit or ideograph; sticks to a following word
  | "OP" // opening punctuation / currency prefix: no break after
  | "QI" // opening curly quote “ ‘: no break after; break before only between East Asian neighbours
  | "QF" // closing curly quote ” ’: no break before; break after only between East Asian neighbours
  | "QU" // straight quote " ': no break on either side
  | "B2" // em dash: breaks around it, but "——" stays together
  | "IN" // ellipsis: no break before ("……" stays together and never starts a line)
  | "BA" // ideographic space U+3000: no break before; hangs at a line end like a space
  | "HY" // hyphen-minus: no break before; after it see hyphenGlue
  | "AL" // letters, digits, symbols (half-width, or AI symbols · × ① □): glue to each other
  | "ID"; // ideographs, kana, hangul and other full-width characters: break on both sides

const CLOSING_CHARS =
  "，。、；：？！）］｝》〉」』】〕〗〙〛〞〟・々ー〜〻‧｡､｣‼⁇⁈⁉" +
  "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿゝゞヽヾ" +
  ")]}?!.,:;/|";
const OPENING_CHARS = "（［｛《〈「『【〔〖〘〚〝｢￥￡＄¥£€№([{$+\\";

const CLOSING = new Set(Array.from(CLOSING_CHARS));
const POSTFIX = new Set(Array.from("%％‰℃°′″"));
const OPENING = new Set(Array.from(OPENING_CHARS));

/** Full-width symbols UAX #14 classes AI (resolved to AL): they stick to digits/letters ("12·", "5×3"). */
function isAmbiguousSymbol(cp: number): boolean {
  return (
    cp === 0xa7 ||
    cp === 0xb7 ||
    cp === 0xd7 ||
    cp === 0xf7 ||
    (cp >= 0x2190 && cp <= 0x21ff) ||
    (cp >= 0x2460 && cp <= 0x24ff) ||
    (cp >= 0x25a0 && cp <= 0x25ff) ||
    cp === 0x2605 ||
    cp === 0x2606
  );
}

/** Classify one code point for line breaking. */
function breakClass(cp: number): BreakClass {
  if (isCollapsibleSpace(cp)) return "SP";
  if (cp === 0x200b) return "ZW";
  if (isZeroWidth(cp)) return "CM";
  if (cp === 0x3000) return "BA";
  if (cp === 0x2014 || cp === 0x2e3a) return "B2";
  if (cp === 0x2026 || cp === 0x2025) return "IN";
  const ch = String.fromCodePoint(cp);
  if (ch === "-") return "HY";
  if (ch === '"' || ch === "'") return "QU";
  if (ch === "“" || ch === "‘") return "QI";
  if (ch === "”" || ch === "’") return "QF";
  if (CLOSING.has(ch)) return "CL";
  if (POSTFIX.has(ch)) return "PO";
  if (OPENING.has(ch)) return "OP";
  if (halfUnits(cp) === 1 || isAmbiguousSymbol(cp)) return "AL";
  return "ID";
}

/** A paragraph prepared for breaking: code points, their UTF-16 offsets, widths and classes. */
interface Prepared {
  cps: number[];
  offsets: number[]; // UTF-16 offset of each code point in the original string
  widths: number[]; // half-em units, after space collapsing
  classes: BreakClass[];
  breakBefore: boolean[]; // may a line start at this code point?
}

type View = Pick<Prepared, "cps" | "classes">;

/** Index of the nearest code point before i that is not an invisible mark, or -1. */
function previousVisible(p: Pick<Prepared, "classes">, i: number): number {
  let j = i - 1;
  while (j >= 0 && p.classes[j] === "CM") j -= 1;
  return j;
}

/** Classes before which a line never breaks. */
const NO_BREAK_BEFORE: ReadonlySet<BreakClass> = new Set<BreakClass>(["SP", "CM", "CL", "IN", "BA", "HY", "QU", "QF"]);
/** Classes after which a line never breaks. */
const NO_BREAK_AFTER: ReadonlySet<BreakClass> = new Set<BreakClass>(["OP", "QU", "QI"]);

/** UAX #14 (reduced, as Chromium applies it): may a line break between code point i-1 and i? */
function canBreakBefore(p: View, i: number): boolean {
  const b = p.classes[i];
  if (b === "SP" || b === "CM") return false;
  const ia = previousVisible(p, i);
  if (ia < 0) return false;
  const a = p.classes[ia];
  // Chromium breaks after any space run, even before "，" or after "（ " (it checks spaces first).
  if (a === "SP" || a === "ZW") return true;
  if (NO_BREAK_BEFORE.has(b) || NO_BREAK_AFTER.has(a)) return false;
  // LB23a/LB25: "5%", "中％" stay; after other marks ("”％") a postfix sign may start a line.
  if (b === "PO" && (a === "ID" || a === "AL")) return false;
  // LB19a: a curly quote breaks only with East Asian characters on both sides ("”1月" stays).
  if (b === "QI" && !eastAsianPair(p, ia, i + 1)) return false;
  if (a === "QF" && !eastAsianPair(p, previousVisible(p, ia), i)) return false;
  if (a === "B2" && b === "B2") return false;
  return !wordGlue(p, ia, i);
}

function eastAsianPair(p: View, x: number, y: number): boolean {
  return x >= 0 && y < p.cps.length && isEastAsian(p.cps[x]) && isEastAsian(p.cps[y]);
}

function isAsciiAlnum(cp: number): boolean {
  return (cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);
}

/**
 * Letters, digits and half-width punctuation form one unbreakable word ("COVID19", "3.5%",
 * "8:30", "a(b)"), as UAX #14 LB23–LB30 keep them. Breaks stay allowed between ")(" and
 * after "?" (Chromium's ASCII table), and after a hyphen as hyphenGlue says.
 */
function wordGlue(p: View, ia: number, ib: number): boolean {
  const a = p.classes[ia];
  const b = p.classes[ib];
  const bIsHalfOpening = b === "OP" && halfUnits(p.cps[ib]) === 1;
  if (b !== "AL" && !bIsHalfOpening) return false;
  if (a === "AL") return true;
  if (a === "HY") return b === "AL" && hyphenGlue(p, ia, ib);
  if (b !== "AL") return false;
  // LB24/LB29/LB30: "%a", ".a", ")a", "℃D" stick; "?a" breaks; full-width "）A" breaks.
  if (a === "PO") return true;
  return a === "CL" && halfUnits(p.cps[ia]) === 1 && p.cps[ia] !== 0x3f;
}

/**
 * After "-": a break is allowed before a letter ("well-|known"), and — Chromium's rule for
 * URLs and phone numbers — before a digit when an alphanumeric precedes the hyphen
 * ("400-|965-|9511", "COVID-|19"); a minus sign stays with its number ("-5", "，-5").
 */
function hyphenGlue(p: View, ia: number, ib: number): boolean {
  if (isLetter(p.cps[ib])) return false;
  const beforeHyphen = ia > 0 ? p.cps[ia - 1] : -1;
  return !(isAsciiAlnum(p.cps[ib]) && isAsciiAlnum(beforeHyphen));
}

/** Collapse spaces as CSS does: a run counts once, leading spaces count zero. */
function collapsedWidths(cps: number[], classes: BreakClass[]): number[] {
  let seenVisible = false;
  return cps.map((cp, i) => {
    if (classes[i] !== "SP") {
      if (classes[i] !== "CM" && classes[i] !== "ZW") seenVisible = true;
      return halfUnits(cp);
    }
    const prevIsSpace = i > 0 && classes[i - 1] === "SP";
    return seenVisible && !prevIsSpace ? 1 : 0;
  });
}

function prepare(text: string): Prepared {
  const cps: number[] = [];
  const offsets: number[] = [];
  let offset = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    cps.push(cp);
    offsets.push(offset);
    offset += ch.length;
  }
  const classes = cps.map(breakClass);
  const base = { cps, classes };
  const breakBefore = cps.map((_, i) => canBreakBefore(base, i));
  return { cps, offsets, widths: collapsedWidths(cps, classes), classes, breakBefore };
}

/** A line as a range of code-point indices [start, end) plus its UTF-16 start offset. */
export interface LineRange {
  start: number;
  end: number;
  offset: number;
  text: string;
}

export interface BreakOptions {
  /** First-line indent in full-width characters (首行缩进); default 2. */
  indent?: number;
}

/** Characters that take no room at a line end: spaces and U+3000 hang, marks and ZWSP are invisible. */
function hangs(c: BreakClass): boolean {
  return c === "SP" || c === "ZW" || c === "CM" || c === "BA";
}

/**
 * Where the line that starts at `start` ends: the index of the first code point of the next
 * line (or cps.length). Greedy: take characters while they fit, then fall back to the last
 * break opportunity; a line with no opportunity at all is cut where it overflows.
 */
function lineEnd(p: Prepared, start: number, capacity: number): number {
  let width = 0; // width up to the last non-space character
  let pendingSpace = 0; // collapsed space after it, which hangs if the line ends here
  let lastBreak = -1;
  for (let i = start; i < p.cps.length; i += 1) {
    if (i > start && p.breakBefore[i]) lastBreak = i;
    if (hangs(p.classes[i])) {
      pendingSpace += p.widths[i];
      continue;
    }
    const next = width + pendingSpace + p.widths[i];
    if (next > capacity && i > start) {
      if (lastBreak > start) return lastBreak;
      return emergencyBreak(p, start, i);
    }
    width = next;
    pendingSpace = 0;
  }
  return p.cps.length;
}

/** overflow-wrap: anywhere — cut before i, but never separate a mark from its base character. */
function emergencyBreak(p: Prepared, start: number, i: number): number {
  let cut = i;
  while (cut > start + 1 && p.classes[cut] === "CM") cut -= 1;
  return cut;
}

/** Skip collapsible spaces (CSS drops them at the start of a line). */
function skipSpaces(p: Prepared, i: number): number {
  let j = i;
  while (j < p.cps.length && (p.classes[j] === "SP" || p.classes[j] === "ZW")) j += 1;
  return j;
}

/** Text of a line with its hanging spaces removed. */
function lineText(p: Prepared, start: number, end: number): string {
  let e = end;
  while (e > start && hangs(p.classes[e - 1]) && p.classes[e - 1] !== "CM") e -= 1;
  return String.fromCodePoint(...p.cps.slice(start, e));
}

/**
 * Break a paragraph into line ranges. `cpl` is the measure in full-width characters;
 * the first line starts after `indent` characters (not included in the returned text).
 * An empty or all-space paragraph has no lines (an empty block takes no height).
 */
export function breakParagraphRanges(text: string, cpl: number, opts: BreakOptions = {}): LineRange[] {
  const p = prepare(text);
  const full = Math.max(1, Math.floor(cpl)) * 2;
  const indent = Math.max(0, opts.indent ?? 2) * 2;
  const lines: LineRange[] = [];
  let start = skipSpaces(p, 0);
  while (start < p.cps.length) {
    const capacity = lines.length === 0 ? Math.max(0, full - indent) : full;
    const end = lineEnd(p, start, capacity);
    lines.push({ start, end, offset: p.offsets[start], text: lineText(p, start, end) });
    start = skipSpaces(p, end);
  }
  return lines;
}

/** Break a paragraph into lines of at most `cpl` em (indent counted on the first line, not returned). */
export function breakParagraph(text: string, cpl: number, opts: BreakOptions = {}): string[] {
  return breakParagraphRanges(text, cpl, opts).map((l) => l.text);
}

/** Number of lines a paragraph takes at `cpl` characters per line with a first-line indent. */
export function linesForParagraph(text: string, cpl: number, indent = 2): number {
  return breakParagraphRanges(text, cpl, { indent }).length;
}
