/**
 * Character classes shared by 字数 counting (lib/cjk/count-zi) and line breaking
 * (lib/copyfit/break-lines). One classification keeps "what counts" and "how wide"
 * consistent. All functions take a Unicode code point, not a UTF-16 unit.
 */

/** Printed width of a character on the body grid, in half-em units. */
export type WidthClass = "full" | "half" | "zero" | "space";

/** Whitespace that CSS `white-space: normal` collapses into one space. */
export function isCollapsibleSpace(cp: number): boolean {
  return cp === 0x20 || cp === 0x09 || cp === 0x0a || cp === 0x0d || cp === 0x0c;
}

/** Any whitespace (counts 0 字), including U+3000 ideographic space and NBSP. */
export function isWhitespace(cp: number): boolean {
  return (
    isCollapsibleSpace(cp) ||
    cp === 0x0b ||
    cp === 0x85 ||
    cp === 0xa0 ||
    cp === 0x1680 ||
    (cp >= 0x2000 && cp <= 0x200a) ||
    cp === 0x2028 ||
    cp === 0x2029 ||
    cp === 0x202f ||
    cp === 0x205f ||
    cp === 0x3000
  );
}

const MARK = /\p{M}/u;

/** Invisible characters: combining marks, joiners, variation selectors, soft hyphen, BOM. */
export function isZeroWidth(cp: number): boolean {
  return (
    cp === 0xad ||
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x2060 && cp <= 0x2064) ||
    cp === 0xfeff ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    (cp >= 0xe0100 && cp <= 0xe01ef) ||
    MARK.test(String.fromCodePoint(cp))
  );
}

/** Latin-1 symbols that CJK fonts draw full width (East Asian Width "ambiguous", used as such in Chinese). */
const FULL_LATIN1 = new Set([0xa7, 0xb1, 0xb7, 0xd7, 0xf7]);

/**
 * Half width: ASCII, Latin-1/Latin Extended, Greek, Cyrillic, and the Halfwidth Forms block.
 * Only ASCII is exactly ½ em in the renderer (font feature `hwid`); the others are
 * proportional in Noto/Source Han (≈0.55 em) and are approximated as ½.
 */
function isHalfWidth(cp: number): boolean {
  if (cp >= 0x21 && cp <= 0x7e) return true;
  if (cp >= 0xa1 && cp <= 0x24f) return !FULL_LATIN1.has(cp);
  if (cp >= 0x250 && cp <= 0x2ff) return true; // IPA, spacing modifiers
  if (cp >= 0x370 && cp <= 0x52f) return true; // Greek, Cyrillic
  if (cp === 0x2013) return true; // en dash: 0.56 em even in CJK fonts
  return (cp >= 0xff61 && cp <= 0xffdc) || (cp >= 0xffe8 && cp <= 0xffee);
}

/** Width class of one code point. Everything not half/zero/space is one full em. */
export function widthClass(cp: number): WidthClass {
  if (isCollapsibleSpace(cp)) return "space";
  if (isZeroWidth(cp)) return "zero";
  if (isHalfWidth(cp)) return "half";
  return "full";
}

/** Width in half-em units (full 2, half 1, zero 0, collapsible space 1 before collapsing). */
export function halfUnits(cp: number): number {
  switch (widthClass(cp)) {
    case "full":
      return 2;
    case "half":
    case "space":
      return 1;
    case "zero":
      return 0;
  }
}

// Letters of alphabetic scripts and decimal digits (incl. full-width Ａ１); not Han/kana/hangul.
const WORD_CHAR = /[\p{Nd}]|(?=\p{L})[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]/u;
const LETTER = /\p{L}/u;

/** A letter or digit of a Latin-script word or of a number. */
export function isWordChar(cp: number): boolean {
  return WORD_CHAR.test(String.fromCodePoint(cp));
}

/** Any letter (used for the UAX #14 rule "break after '-' only before a letter"). */
export function isLetter(cp: number): boolean {
  return LETTER.test(String.fromCodePoint(cp));
}

/**
 * East Asian Width F/W/H (UAX #11), as UAX #14 rule LB19a uses it: a curly quote may break
 * only when both its neighbours are East Asian. Ambiguous-width marks (“ ” … — ·) are not.
 */
export function isEastAsian(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0x303e) ||
    (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xa960 && cp <= 0xa97f) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe10 && cp <= 0xfe19) ||
    (cp >= 0xfe30 && cp <= 0xfe6f) ||
    (cp >= 0xff01 && cp <= 0xffee) ||
    (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x1f900 && cp <= 0x1f9ff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}
