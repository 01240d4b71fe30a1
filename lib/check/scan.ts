/**
 * One pass over a field's text that tells the rules where to look (docs/BENCHMARKS.md "机检": the rules used to
 * scan each text a dozen times with regular expressions). Per character one table look-up and six compares
 * with the characters before it; what it collects is only a superset of where each rule can fire, so each rule
 * then does exactly what it did on the whole text, on those places only.
 */

const HALF_PUNCT = 1; // , . ; : ? ! ( )
const PAIR = 2; // 《 》 “ ” （ ）
const LATIN = 4; // A-Z a-z
const DIGIT = 8; // 0-9
const PERCENT = 16; // % ％
const NIAN = 32; // 年
const ZH_DIGIT = 64; // 〇○零一二两三四五六七八九十百千万亿 (the digits of a Chinese count, lib/check/numbers.ts COUNT_ZH)
const DI = 0x7b2c; // 第

const CLASS = new Uint8Array(0x10000);
const mark = (chars: string, bit: number) => {
  for (let i = 0; i < chars.length; i++) CLASS[chars.charCodeAt(i)] |= bit;
};
mark(",.;:?!()", HALF_PUNCT);
mark("《》“”（）", PAIR);
mark("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", LATIN);
mark("0123456789", DIGIT);
mark("%％", PERCENT);
mark("年", NIAN);
mark("〇○零一二两三四五六七八九十百千万亿", ZH_DIGIT);

export interface TextScan {
  /** a half-width , . ; : ? ! ( ) somewhere */
  halfPunct: boolean;
  /** one of 《》“”（） somewhere */
  pairs: boolean;
  /** an ASCII letter somewhere (what /[a-z]/i finds) */
  latin: boolean;
  /** an ASCII digit somewhere (what /\d/ finds) */
  digit: boolean;
  /** % or ％ somewhere */
  percent: boolean;
  /** offsets of every 年 */
  nian: number[];
  /** where a Chinese count can start: the first of each run of Chinese digits, and a 第 right before it */
  zhStarts: number[];
  /** i where text[i] === text[i + 1] */
  adjacent: number[];
  /** i * 8 + len, ascending, where text[i] === text[i + len] for len 2–6 (where a doubled 2–6 unit string can start) */
  repeats: Int32Array;
}

export function scanText(text: string): TextScan {
  let flags = 0;
  const nian: number[] = [];
  const zhStarts: number[] = [];
  const adjacent: number[] = [];
  const repeats: number[] = [];
  let inZh = false;
  let p1 = -1;
  let p2 = -1;
  let p3 = -1;
  let p4 = -1;
  let p5 = -1;
  let p6 = -1;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const k = CLASS[c];
    if (k !== 0) {
      flags |= k;
      if (k & NIAN) nian.push(i);
      if (k & ZH_DIGIT) {
        if (!inZh) {
          if (p1 === DI) zhStarts.push(i - 1);
          zhStarts.push(i);
        }
        inZh = true;
      } else inZh = false;
    } else inZh = false;
    if (c === p1) adjacent.push(i - 1);
    if (c === p2) repeats.push((i - 2) * 8 + 2);
    if (c === p3) repeats.push((i - 3) * 8 + 3);
    if (c === p4) repeats.push((i - 4) * 8 + 4);
    if (c === p5) repeats.push((i - 5) * 8 + 5);
    if (c === p6) repeats.push((i - 6) * 8 + 6);
    p6 = p5;
    p5 = p4;
    p4 = p3;
    p3 = p2;
    p2 = p1;
    p1 = c;
  }
  return {
    halfPunct: (flags & HALF_PUNCT) !== 0,
    pairs: (flags & PAIR) !== 0,
    latin: (flags & LATIN) !== 0,
    digit: (flags & DIGIT) !== 0,
    percent: (flags & PERCENT) !== 0,
    nian,
    zhStarts,
    adjacent,
    repeats: Int32Array.from(repeats).sort(),
  };
}
