// Test-only: the 机检 checker as it was before the speed-up (commit 892506c): the reference the optimized
// lib/check is compared with (lib/check/equivalence.test.ts). Never imported by the app; do not edit.
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

/**
 * The hot path: one table per mode over the BMP, filled lazily from normalizeChar. 0 = not looked up yet,
 * DROP = the character disappears, MANY = it becomes 0 or 2+ units (see the cache), else the one unit it becomes.
 */
const UNKNOWN = 0;
const DROP = 0xffff;
const MANY = 0xfffe;
const tables = [new Uint16Array(0x10000), new Uint16Array(0x10000)];

function unitFor(code: number, pick: 0 | 1): number {
  const table = tables[pick];
  let v = table[code];
  if (v !== UNKNOWN) return v;
  const piece = normalizeChar(String.fromCharCode(code))[pick];
  v = piece.length === 0 ? DROP : piece.length === 1 && piece.charCodeAt(0) < MANY && piece.charCodeAt(0) !== UNKNOWN ? piece.charCodeAt(0) : MANY;
  table[code] = v;
  return v;
}

const decoder = typeof TextDecoder === "undefined" ? null : new TextDecoder("utf-16le");

function unitsToString(units: Uint16Array, length: number): string {
  if (decoder && length > 64) return decoder.decode(units.subarray(0, length));
  let out = "";
  for (let i = 0; i < length; i += 4096) out += String.fromCharCode(...units.subarray(i, Math.min(length, i + 4096)));
  return out;
}

/** The normalized form of a term (as the lists store it, for matching and for duplicate checks). */
export function normalizeTerm(term: string, mode: NormalizeMode): string {
  return normalizeText(term, mode).text;
}

export function normalizeText(text: string, mode: NormalizeMode): NormalizedText {
  const pick = mode === "light" ? 0 : 1;
  let cap = text.length + 8;
  let units = new Uint16Array(cap);
  let from = new Int32Array(cap);
  let to = new Int32Array(cap);
  let n = 0;
  const push = (u: number, a: number, b: number) => {
    if (n === cap) {
      cap *= 2;
      const grow = <T extends Uint16Array | Int32Array>(x: T, make: (len: number) => T) => {
        const y = make(cap);
        y.set(x);
        return y;
      };
      units = grow(units, (l) => new Uint16Array(l));
      from = grow(from, (l) => new Int32Array(l));
      to = grow(to, (l) => new Int32Array(l));
    }
    units[n] = u;
    from[n] = a;
    to[n] = b;
    n++;
  };
  for (let i = 0; i < text.length; ) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      // outside the BMP (rare): through the cache
      const piece = normalizeChar(text.slice(i, i + 2))[pick];
      for (let k = 0; k < piece.length; k++) push(piece.charCodeAt(k), i, i + 2);
      i += 2;
      continue;
    }
    const v = unitFor(code, pick);
    if (v === MANY) {
      const piece = normalizeChar(text[i])[pick];
      for (let k = 0; k < piece.length; k++) push(piece.charCodeAt(k), i, i + 1);
    } else if (v !== DROP) push(v, i, i + 1);
    i++;
  }
  return { text: unitsToString(units, n), from: from.subarray(0, n), to: to.subarray(0, n) };
}

/** The original span [start, end) of the normalized span [s, e) (e > s). */
export function originalSpan(n: NormalizedText, s: number, e: number): [number, number] {
  return [n.from[s], n.to[e - 1]];
}
