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

/**
 * Both forms of a text in one pass (what checkFields needs: the word lists are matched on each): the same as
 * normalizeText(text, "light") and normalizeText(text, "dense"), reading each character once.
 */
export function normalizeForms(text: string): { light: NormalizedText; dense: NormalizedText } {
  const light = tables[0];
  const dense = tables[1];
  let capL = text.length + 8;
  let capD = capL;
  let unitsL = new Uint16Array(capL);
  let fromL = new Int32Array(capL);
  let toL = new Int32Array(capL);
  let unitsD = new Uint16Array(capD);
  let fromD = new Int32Array(capD);
  let toD = new Int32Array(capD);
  let nL = 0;
  let nD = 0;
  // a character that becomes several units (or one outside the BMP): through the cache, growing the arrays if needed
  const many = (pieceL: string, pieceD: string, a: number, b: number) => {
    if (nL + pieceL.length > capL) {
      capL = Math.max(capL * 2, nL + pieceL.length);
      [unitsL, fromL, toL] = [grow16(unitsL, capL), grow32(fromL, capL), grow32(toL, capL)];
    }
    for (let k = 0; k < pieceL.length; k++, nL++) {
      unitsL[nL] = pieceL.charCodeAt(k);
      fromL[nL] = a;
      toL[nL] = b;
    }
    if (nD + pieceD.length > capD) {
      capD = Math.max(capD * 2, nD + pieceD.length);
      [unitsD, fromD, toD] = [grow16(unitsD, capD), grow32(fromD, capD), grow32(toD, capD)];
    }
    for (let k = 0; k < pieceD.length; k++, nD++) {
      unitsD[nD] = pieceD.charCodeAt(k);
      fromD[nD] = a;
      toD[nD] = b;
    }
  };
  for (let i = 0; i < text.length; ) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const [pieceL, pieceD] = normalizeChar(text.slice(i, i + 2));
      many(pieceL, pieceD, i, i + 2);
      i += 2;
      continue;
    }
    let vl = light[code];
    if (vl === UNKNOWN) vl = unitFor(code, 0);
    let vd = dense[code];
    if (vd === UNKNOWN) vd = unitFor(code, 1);
    if (vl === MANY || vd === MANY) {
      // one form (or both) through the cache; the other as usual
      const [pieceL, pieceD] = normalizeChar(text[i]);
      many(vl === MANY ? pieceL : vl === DROP ? "" : String.fromCharCode(vl), vd === MANY ? pieceD : vd === DROP ? "" : String.fromCharCode(vd), i, i + 1);
    } else {
      // one unit in, at most one out per form: the arrays (text.length + 8) always have room unless a MANY grew them full
      if (vl !== DROP) {
        if (nL === capL) {
          capL *= 2;
          [unitsL, fromL, toL] = [grow16(unitsL, capL), grow32(fromL, capL), grow32(toL, capL)];
        }
        unitsL[nL] = vl;
        fromL[nL] = i;
        toL[nL] = i + 1;
        nL++;
      }
      if (vd !== DROP) {
        if (nD === capD) {
          capD *= 2;
          [unitsD, fromD, toD] = [grow16(unitsD, capD), grow32(fromD, capD), grow32(toD, capD)];
        }
        unitsD[nD] = vd;
        fromD[nD] = i;
        toD[nD] = i + 1;
        nD++;
      }
    }
    i++;
  }
  return {
    light: { text: unitsToString(unitsL, nL), from: fromL.subarray(0, nL), to: toL.subarray(0, nL) },
    dense: { text: unitsToString(unitsD, nD), from: fromD.subarray(0, nD), to: toD.subarray(0, nD) },
  };
}

function grow16(x: Uint16Array, cap: number): Uint16Array<ArrayBuffer> {
  const y = new Uint16Array(cap);
  y.set(x);
  return y;
}
function grow32(x: Int32Array, cap: number): Int32Array<ArrayBuffer> {
  const y = new Int32Array(cap);
  y.set(x);
  return y;
}

/** The original span [start, end) of the normalized span [s, e) (e > s). */
export function originalSpan(n: NormalizedText, s: number, e: number): [number, number] {
  return [n.from[s], n.to[e - 1]];
}
