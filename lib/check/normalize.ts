/**
 * 机检 normalization (docs/CHECK.md "Matching that cannot be dodged"). A text is matched on a normalized
 * copy with an offset map back to the original, so every span points at the text as written.
 *
 * Per character (code point): NFKC (full-width ↔ half-width, compatibility forms), traditional → simplified
 * (opencc-js, tw and hk variants, character by character), lower case. Then, by mode:
 * - "light" (错别字, 规范名称): whitespace and invisible characters are dropped;
 * - "dense" (禁用词, 慎用词): also every punctuation mark and symbol, so "法 轮", "法*轮", "法。轮" all read "法轮".
 * The per-character result is cached (a story has a few thousand distinct characters).
 */
import * as OpenCC from "opencc-js/t2cn";

export type NormalizeMode = "light" | "dense";

export interface NormalizedText {
  /** the normalized text (UTF-16) */
  text: string;
  /** for each UTF-16 unit of `text`: the offset in the original where the character it came from starts */
  from: Int32Array;
  /** …and ends (exclusive) */
  to: Int32Array;
}

type Convert = (s: string) => string;
let toSimplified: Convert | null = null;
function simplified(ch: string): string {
  if (!toSimplified) {
    const tw = OpenCC.Converter({ from: "tw", to: "cn" });
    const hk = OpenCC.Converter({ from: "hk", to: "cn" });
    toSimplified = (s) => hk(tw(s));
  }
  return toSimplified(ch);
}

const DROP_LIGHT = /^[\s\p{Cf}\p{M}]$/u;
const DROP_DENSE = /^[\s\p{Cf}\p{M}\p{P}\p{S}\p{Z}]$/u;

/** [light, dense] normalized form of one code point */
const cache = new Map<string, [string, string]>();

function normalizeChar(ch: string): [string, string] {
  let hit = cache.get(ch);
  if (hit) return hit;
  let light = "";
  let dense = "";
  for (const c of ch.normalize("NFKC")) {
    // one character at a time: a conversion that yields more or fewer characters is not taken
    const s = simplified(c);
    const one = (s.length === c.length || [...s].length === 1 ? s : c).toLowerCase();
    for (const u of one) {
      if (!DROP_LIGHT.test(u)) light += u;
      if (!DROP_DENSE.test(u)) dense += u;
    }
  }
  hit = [light, dense];
  cache.set(ch, hit);
  return hit;
}

/** The normalized form of a term (as the lists store it, for matching and for duplicate checks). */
export function normalizeTerm(term: string, mode: NormalizeMode): string {
  return normalizeText(term, mode).text;
}

export function normalizeText(text: string, mode: NormalizeMode): NormalizedText {
  const pick = mode === "light" ? 0 : 1;
  let out = "";
  const from: number[] = [];
  const to: number[] = [];
  for (let i = 0; i < text.length; ) {
    const code = text.charCodeAt(i);
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
    // ASCII letters, digits and Han need no table look-up beyond the cache; everything goes through it
    const piece = normalizeChar(width === 1 ? text[i] : text.slice(i, i + 2))[pick];
    for (let k = 0; k < piece.length; k++) {
      from.push(i);
      to.push(i + width);
    }
    out += piece;
    i += width;
  }
  return { text: out, from: Int32Array.from(from), to: Int32Array.from(to) };
}

/** The original span [start, end) of the normalized span [s, e) (e > s). */
export function originalSpan(n: NormalizedText, s: number, e: number): [number, number] {
  return [n.from[s], n.to[e - 1]];
}
