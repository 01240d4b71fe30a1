/**
 * Line-break opportunities: where may a line end? A reduced UAX #14 as Chromium applies it
 * to Chinese news copy (`line-break: strict; word-break: normal`). Every rule here was
 * checked against Chromium 156 drawing Noto Serif CJK SC (see docs/COPYFIT.md, "Agreement").
 *
 * Chromium takes breaks between two printable ASCII characters from its own table
 * (asciiPairBreaks) and everything else from ICU's UAX #14 rules (the class rules below).
 */
import { halfUnits, isCollapsibleSpace, isEastAsian, isZeroWidth } from "../cjk/char-class";

/** Line-breaking class of a character. */
export type BreakClass =
  | "SP" // collapsible space: a break is always allowed after a space run
  | "ZW" // zero-width space: break after, no width
  | "CM" // invisible mark: sticks to the character before
  | "CL" // closing punctuation / non-starter ，。、）》 々 ー: no break before (避头)
  | "OP" // opening punctuation （《「『〔【: no break after (避尾)
  | "PR" // prefix sign ￥ $ + №: no break after it before a word or ideograph
  | "PO" // postfix sign % ％ ℃ ‰: no break before it after a word or ideograph
  | "QI" // opening curly quote “ ‘: no break after; break before only between East Asian neighbours
  | "QF" // closing curly quote ” ’: no break before; break after only between East Asian neighbours
  | "QU" // straight quote " ': no break on either side
  | "B2" // em dash: breaks around it, but "——" stays together
  | "IN" // ellipsis: no break before ("……" stays together and never starts a line)
  | "BA" // ideographic space U+3000: no break before; hangs at a line end like a space
  | "HY" // hyphen-minus: no break before
  | "EX" // ! ?: no break before
  | "AL" // letters, digits, other half-width symbols, AI symbols (· × ① □): stick together
  | "ID"; // ideographs, kana, hangul and other full-width characters: break on both sides

const CLOSING = new Set(
  Array.from(
    "，。、；：？！）］｝》〉」』】〕〗〙〛〞〟・々ー〜〻‧｡､｣‼⁇⁈⁉" +
      "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿゝゞヽヾ" +
      ")]},.:;/|",
  ),
);
const OPENING = new Set(Array.from("（［｛《〈「『【〔〖〘〚〝｢([{"));
const PREFIX = new Set(Array.from("￥￡＄¥£€№$+\\"));
const POSTFIX = new Set(Array.from("%％‰℃°′″"));
/** Half-width infix/closing marks that stick to a following letter or symbol (UAX #14 IS, CP). */
const GLUE_BEFORE_LETTER = new Set(Array.from(")],.:;"));

/** Full-width symbols UAX #14 classes AI (resolved to AL): they stick to digits/letters ("12·", "5×3"). */
function isAmbiguousSymbol(cp: number): boolean {
  return (
    cp === 0xa7 ||
    cp === 0xb7 ||
    cp === 0xd7 ||
    cp === 0xf7 ||
    cp === 0x203b || // ※
    (cp >= 0x2190 && cp <= 0x21ff) ||
    (cp >= 0x2460 && cp <= 0x24ff) ||
    (cp >= 0x25a0 && cp <= 0x25ff) ||
    cp === 0x2605 ||
    cp === 0x2606
  );
}

/** Classes decided by code point alone, before the character tables. */
function specialClass(cp: number): BreakClass | null {
  if (isCollapsibleSpace(cp)) return "SP";
  if (cp === 0x200b) return "ZW";
  if (isZeroWidth(cp)) return "CM";
  if (cp === 0x3000) return "BA";
  if (cp === 0x2014 || cp === 0x2e3a) return "B2";
  if (cp === 0x2026 || cp === 0x2025) return "IN";
  return null;
}

/** Classify one code point for line breaking. */
export function breakClass(cp: number): BreakClass {
  const special = specialClass(cp);
  if (special) return special;
  const ch = String.fromCodePoint(cp);
  if (ch === "-") return "HY";
  if (ch === "!" || ch === "?") return "EX";
  if (ch === '"' || ch === "'") return "QU";
  if (ch === "“" || ch === "‘") return "QI";
  if (ch === "”" || ch === "’") return "QF";
  if (CLOSING.has(ch)) return "CL";
  if (OPENING.has(ch)) return "OP";
  if (PREFIX.has(ch)) return "PR";
  if (POSTFIX.has(ch)) return "PO";
  if (halfUnits(cp) === 1 || isAmbiguousSymbol(cp)) return "AL";
  return "ID";
}

/** The text as break rules see it: code points and their classes. */
export interface BreakView {
  cps: readonly number[];
  classes: readonly BreakClass[];
}

/** Index of the nearest code point before i that is not an invisible mark, or -1. */
function previousVisible(p: BreakView, i: number, floor: number): number {
  let j = i - 1;
  while (j >= floor && p.classes[j] === "CM") j -= 1;
  return j >= floor ? j : -1;
}

function isPrintableAscii(cp: number): boolean {
  return cp >= 0x21 && cp <= 0x7e;
}

function isAsciiAlnum(cp: number): boolean {
  return (cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);
}

// Chromium's ASCII pair table (measured): after these, a break only before ( < [ {.
const ASCII_CLOSERS = new Set(Array.from('!"#%&)*+,.:;=>\\]|}~'));
const ASCII_OPENERS = new Set(Array.from("(<[{"));
// After "-" or "?" a break is allowed before letters and these (digits: see asciiPairBreaks).
const AFTER_HYPHEN = new Set(Array.from("\"#%&'(*+-<=>@[\\^_`{|~"));
const AFTER_QUESTION = new Set(Array.from("#$%&(*+-<=>@[\\^_`{|~0123456789"));

/**
 * Chromium's table for two adjacent printable ASCII characters: letters, digits and most
 * punctuation stick together ("COVID19", "3.5%", "8:30", "a(b)"); breaks are allowed
 * after closing punctuation before an opener (")|(", ",|["), after "?", and after "-"
 * before a letter ("well-|known"), and after "-" before a digit only when an alphanumeric
 * precedes the hyphen ("400-|965-|9511", "COVID-|19"; a minus sign "-5" stays whole).
 */
function asciiPairBreaks(before: number, a: number, b: number): boolean {
  const ca = String.fromCodePoint(a);
  const cb = String.fromCodePoint(b);
  const bIsLetter = /[A-Za-z]/.test(cb);
  if (ca === "-") {
    if (/[0-9]/.test(cb)) return isAsciiAlnum(before);
    return bIsLetter || AFTER_HYPHEN.has(cb);
  }
  if (ca === "?") return bIsLetter || AFTER_QUESTION.has(cb);
  return ASCII_CLOSERS.has(ca) && ASCII_OPENERS.has(cb);
}

/** Classes before / after which a line never breaks (unless a space intervenes). */
const NO_BREAK_BEFORE: ReadonlySet<BreakClass> = new Set<BreakClass>(["CL", "IN", "BA", "HY", "EX", "QU", "QF"]);
const NO_BREAK_AFTER: ReadonlySet<BreakClass> = new Set<BreakClass>(["OP", "QU", "QI"]);

/**
 * May a line break between code point i-1 and i? Text before `floor` is out of sight: Chromium
 * restarts its break iterator after an emergency break, which then counts as start of text.
 */
export function canBreakBefore(p: BreakView, i: number, floor = 0): boolean {
  const b = p.classes[i];
  if (b === "SP" || b === "CM") return false;
  const ia = previousVisible(p, i, floor);
  if (ia < 0) return false;
  const a = p.classes[ia];
  // Chromium breaks after any space run, even before "，" or after "（ ".
  if (a === "SP" || a === "ZW") return true;
  if (ia === i - 1 && isPrintableAscii(p.cps[ia]) && isPrintableAscii(p.cps[i])) {
    return asciiPairBreaks(ia > floor ? p.cps[ia - 1] : -1, p.cps[ia], p.cps[i]);
  }
  if (NO_BREAK_BEFORE.has(b) || NO_BREAK_AFTER.has(a)) return false;
  return !classPairGlues(p, ia, i, floor);
}

/**
 * ICU's pair rules that keep two characters together, besides the no-break-before/after classes.
 * Signs: "5%", "中％", "·￥100", "9）％", "￥100" stick; "，％", "”％", "》￥", "￥《" may break.
 */
function classPairGlues(p: BreakView, ia: number, ib: number, floor: number): boolean {
  const a = p.classes[ia];
  const b = p.classes[ib];
  // LB19a: a curly quote breaks only with East Asian characters on both sides ("”1月" stays).
  if (b === "QI") return !eastAsianPair(p, ia, ib + 1);
  if (a === "QF") return !eastAsianPair(p, previousVisible(p, ia, floor), ib);
  if (a === "B2") return b === "B2"; // "——"
  if (a === "PR") return b === "ID" || b === "AL"; // LB23a, LB24
  if (b === "PO" || b === "PR") return a === "AL" || (b === "PO" && a === "ID") || closesNumber(p, ia); // LB23a–25
  return alphabeticGlues(p, ia, ib);
}

/** LB28–LB30 for pairs that involve a non-ASCII letter or symbol (ASCII pairs use the table). */
function alphabeticGlues(p: BreakView, ia: number, ib: number): boolean {
  const a = p.classes[ia];
  const b = p.classes[ib];
  const bIsHalfOpening = b === "OP" && halfUnits(p.cps[ib]) === 1;
  if (a === "AL") return b === "AL" || bIsHalfOpening; // "12·", "α(" — LB28, LB30
  if (b !== "AL") return false;
  if (a === "PO") return true; // LB24 "℃D"
  return GLUE_BEFORE_LETTER.has(String.fromCodePoint(p.cps[ia])); // LB29/LB30 ".α" ")·"; "）A" "/·" "-·" break
}

/** LB25: a closing bracket right after a digit, as in "（9）％" — the sign still sticks. */
function closesNumber(p: BreakView, ia: number): boolean {
  if (p.classes[ia] !== "CL" || ia === 0) return false;
  const before = p.cps[ia - 1];
  return before >= 0x30 && before <= 0x39;
}

function eastAsianPair(p: BreakView, x: number, y: number): boolean {
  return x >= 0 && y < p.cps.length && isEastAsian(p.cps[x]) && isEastAsian(p.cps[y]);
}
