/**
 * Mixed number styles in one story (GB/T 15835-2011 出版物上数字用法). docs/CHECK.md "mixedNumbers" gives
 * the rule; in short, three kinds of quantity are compared across the whole story:
 * - year: a 公历 year written digit by digit in Chinese (二〇一八年) and in Arabic (2018年);
 * - percent: 百分之十五 and 15%;
 * - count: a number ≥ 10 before the same measure word (十五个 / 15个, 第十五届 / 第15届, 二十岁 / 20岁).
 *   Chinese numbers under 10 (一个, 三名) are not counted: GB/T 15835 leaves them to the writer; nor are
 *   approximations (三五天, 七八十人, 十几个), nor numbers that begin with 百/千/万/亿 (百家, 万人空巷).
 * In each kind both styles present → each occurrence of the rarer style is reported (a tie: the Chinese ones,
 * GB/T 15835 preferring Arabic numbers for counting), with the other style as the suggestion.
 */

import { scanText, type TextScan } from "./scan";

export interface NumberUse {
  kind: string;
  style: "arabic" | "chinese";
  start: number;
  end: number;
  text: string;
  suggestion: string | null;
}

const DIGITS: Record<string, number> = { 〇: 0, "○": 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const ZH_DIGITS = "〇一二三四五六七八九";

/** Measure words (量词) and units after which a count is compared; longest first. */
const UNITS = [
  "平方公里", "平方米", "公里", "千米", "公斤", "千克", "小时", "分钟",
  "个", "名", "人", "位", "件", "项", "家", "所", "座", "辆", "架", "艘", "条", "次", "场", "届", "年", "天",
  "岁", "元", "米", "吨", "亩", "户", "台", "部", "本", "篇", "款", "种", "类", "只", "头", "棵", "株", "页",
  "份", "批", "支", "组", "队", "村", "秒", "周", "倍", "期", "层", "栋", "套", "站", "例", "起",
];
const UNIT_RE = UNITS.join("|");

/** Value of a Chinese number like 十五, 二十, 一百零八, 三千五百; null for anything else (三五, 十几, 二〇一八). */
export function parseChineseNumber(s: string): number | null {
  if (!/^[〇○零一二两三四五六七八九十百千万亿]+$/.test(s)) return null;
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  let lastUnit = Infinity;
  for (const ch of s) {
    if (ch in DIGITS) {
      if (digit !== null && digit !== 0 && DIGITS[ch] !== 0) return null; // two digits in a row: 三五 (approximate)
      digit = DIGITS[ch];
      continue;
    }
    const unit = ch === "十" ? 10 : ch === "百" ? 100 : ch === "千" ? 1000 : ch === "万" ? 1e4 : 1e8;
    if (unit >= 1e4) {
      section = (section + (digit ?? 0)) * unit;
      total += section;
      section = 0;
      lastUnit = Infinity;
    } else {
      if (unit >= lastUnit) return null;
      section += (digit ?? (unit === 10 ? 1 : 0)) * unit;
      if (digit === null && unit !== 10) return null;
      lastUnit = unit;
    }
    digit = null;
  }
  return total + section + (digit ?? 0);
}

/** 15 → 十五, 108 → 一百零八 (for suggestions; below 100,000,000). */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 1e8) return String(n);
  if (n === 0) return "零";
  const below10k = (v: number, leading: boolean): string => {
    const units = ["千", "百", "十", ""];
    const ds = [Math.floor(v / 1000), Math.floor(v / 100) % 10, Math.floor(v / 10) % 10, v % 10];
    let out = "";
    let zero = false;
    ds.forEach((d, i) => {
      if (d === 0) {
        zero = out !== "" || !leading;
        return;
      }
      if (zero && out !== "") out += "零";
      zero = false;
      out += d === 1 && i === 2 && out === "" && leading ? "十" : ZH_DIGITS[d] + units[i];
    });
    return out;
  };
  const high = Math.floor(n / 1e4);
  const low = n % 1e4;
  if (high === 0) return below10k(low, true);
  return below10k(high, true) + "万" + (low === 0 ? "" : (low < 1000 ? "零" : "") + below10k(low, false));
}

/** a digit of a 公历 year in Chinese (YEAR_ZH: /[〇○零一二三四五六七八九]{4}年/) */
const YEAR_ZH_DIGIT = /[〇○零一二三四五六七八九]/;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const PERCENT_ZH = /百分之([〇○零一二两三四五六七八九十百千点]+)/g;
const PERCENT_AR = /(?<![\d.])(\d+(?:\.\d+)?)\s?[%％]/g;
/** sticky: tried only where lib/check/scan.ts says a Chinese count can start (a run of Chinese digits, or 第 before one) */
const COUNT_ZH = new RegExp(`(第)?([〇○零一二两三四五六七八九十百千万亿]+)(${UNIT_RE})`, "y");
const COUNT_AR = new RegExp(`(第)?(?<![\\d.,])(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)([万亿])?(${UNIT_RE})`, "g");

function percentValue(zh: string): string | null {
  const [int, frac] = zh.split("点");
  const v = parseChineseNumber(int);
  if (v === null || (frac !== undefined && !/^[〇○零一二三四五六七八九]+$/.test(frac))) return null;
  return frac === undefined ? String(v) : `${v}.${[...frac].map((c) => DIGITS[c]).join("")}`;
}

/**
 * Number uses in one text (offsets in that text). `scan` (lib/check/scan.ts, made when not given) gives the
 * places to look: each 年 for the years (a year is the four characters before one), the starts of Chinese
 * digit runs for the counts; a text without an ASCII digit or a % has no Arabic uses.
 */
export function findNumberUses(text: string, scan: TextScan = scanText(text)): NumberUse[] {
  const uses: NumberUse[] = [];
  const digits = scan.digit;
  // 二〇一八年: the four characters before a 年 (two matches never overlap: each ends at its own 年)
  for (const p of scan.nian) {
    if (p < 4) continue;
    const y = text.slice(p - 4, p);
    if (!YEAR_ZH_DIGIT.test(y[0]) || !YEAR_ZH_DIGIT.test(y[1]) || !YEAR_ZH_DIGIT.test(y[2]) || !YEAR_ZH_DIGIT.test(y[3])) continue;
    const digits = [...y].map((c) => DIGITS[c]).join("");
    uses.push({ kind: "year", style: "chinese", start: p - 4, end: p + 1, text: y + "年", suggestion: `${digits}年` });
  }
  // 2018年, not after a digit or a point (YEAR_AR: /(?<![\d.])\d{4}年/)
  if (digits) for (const p of scan.nian) {
    if (p < 4) continue;
    if (!isDigit(text.charCodeAt(p - 4)) || !isDigit(text.charCodeAt(p - 3)) || !isDigit(text.charCodeAt(p - 2)) || !isDigit(text.charCodeAt(p - 1))) continue;
    if (p >= 5 && (isDigit(text.charCodeAt(p - 5)) || text[p - 5] === ".")) continue;
    const zh = [...text.slice(p - 4, p)].map((d) => ZH_DIGITS[Number(d)]).join("");
    uses.push({ kind: "year", style: "arabic", start: p - 4, end: p + 1, text: text.slice(p - 4, p + 1), suggestion: `${zh}年` });
  }
  if (text.includes("百分之")) for (const m of text.matchAll(PERCENT_ZH)) {
    if (m[1] === "百" || m[1].startsWith("百")) continue; // 百分之百: a set phrase
    const v = percentValue(m[1]);
    if (v === null) continue;
    uses.push({ kind: "percent", style: "chinese", start: m.index, end: m.index + m[0].length, text: m[0], suggestion: `${v}%` });
  }
  if (digits && scan.percent) for (const m of text.matchAll(PERCENT_AR)) {
    const [int, frac] = m[1].split(".");
    const zh = `百分之${chineseNumber(Number(int))}${frac ? "点" + [...frac].map((d) => ZH_DIGITS[Number(d)]).join("") : ""}`;
    uses.push({ kind: "percent", style: "arabic", start: m.index, end: m.index + m[0].length, text: m[0], suggestion: zh });
  }
  // as text.matchAll with /g would find them: no match can start inside a digit run whose start has none, and
  // none ends inside one (no unit ends in a Chinese digit)
  let lastEnd = 0;
  for (const s of scan.zhStarts) {
    if (s < lastEnd) continue;
    COUNT_ZH.lastIndex = s;
    const m = COUNT_ZH.exec(text);
    if (!m) continue;
    lastEnd = s + m[0].length;
    const [whole, ordinal = "", num, unit] = m;
    if (/^[百千万亿]/.test(num)) continue;
    // a longer Chinese number before this one (…百二十个 matched from 二): only whole numbers
    const before = text[m.index - 1];
    if (before && /[〇○零一二两三四五六七八九十百千万亿几数]/.test(before)) continue;
    const v = parseChineseNumber(num);
    if (v === null || v < 10) continue;
    // 十五万元 → 15万元: a number that ends in 万/亿 keeps it
    const big = /[万亿]$/.test(num) ? num.slice(-1) : "";
    const head = big ? parseChineseNumber(num.slice(0, -1)) : null;
    const arabic = head !== null && big ? `${head}${big}` : String(v);
    uses.push({ kind: `count:${ordinal}${unit}`, style: "chinese", start: m.index, end: m.index + whole.length, text: whole, suggestion: `${ordinal}${arabic}${unit}` });
  }
  if (digits) for (const m of text.matchAll(COUNT_AR)) {
    const [whole, ordinal = "", num, big = "", unit] = m;
    if (unit === "年" && /^\d{4}$/.test(num) && !ordinal && !big) continue; // a year, not a count
    const n = Number(num.replace(/,/g, ""));
    if (n * (big === "万" ? 1e4 : big === "亿" ? 1e8 : 1) < 10) continue;
    // 15万元 counts 元 like 十五万元; the suggestion keeps the 万/亿
    const zh = Number.isInteger(n) && n < 1e8 ? `${ordinal}${chineseNumber(n)}${big}${unit}` : null;
    uses.push({ kind: `count:${ordinal}${unit}`, style: "arabic", start: m.index, end: m.index + whole.length, text: whole, suggestion: zh });
  }
  return uses;
}

/** The uses to report: per kind with both styles, the rarer style (a tie: the Chinese). */
export function mixedNumberUses<T extends NumberUse>(uses: T[]): T[] {
  const byKind = new Map<string, { arabic: T[]; chinese: T[] }>();
  for (const u of uses) {
    const k = byKind.get(u.kind) ?? { arabic: [], chinese: [] };
    k[u.style].push(u);
    byKind.set(u.kind, k);
  }
  const out: T[] = [];
  for (const { arabic, chinese } of byKind.values()) {
    if (arabic.length === 0 || chinese.length === 0) continue;
    out.push(...(chinese.length <= arabic.length ? chinese : arabic));
  }
  return out;
}
