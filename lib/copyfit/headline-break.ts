/**
 * Setting a head element (主题, 引题, 副题) into lines, as a Chinese paper sets a headline:
 *
 * - **as few lines as the body-text rules allow**: the line count is what greedy filling with the
 *   break rules of break-rules.ts (避头尾, Latin words) gives at the measure — one more only when
 *   that count would cut a word or leave a character alone (the copyfit counts these lines);
 * - **no word split**: break opportunities come from a Chinese word segmenter (`Intl.Segmenter`, zh,
 *   built into Node and the browsers — see docs/DECISIONS.md). ICU's dictionary does not know many
 *   proper nouns and cuts them into single characters (聊|城, 东|昌|府|区), so a run of
 *   single-character segments is treated as one word. Breaks cost: at a space (the headline
 *   writer's own phrase break) 0, after a punctuation mark or before an opening one 1, between two
 *   words 2, inside such a run of single characters 6, inside a word the segmenter found 24;
 * - **no orphan**: a line of a single character (punctuation aside) is avoided whenever the line
 *   count allows it;
 * - **balanced**: the score is the break costs plus LONGEST_EM_COST (½) per em the longest line is
 *   longer than the shortest possible longest line; least score wins, then the shorter longest line,
 *   then the evener lines (least sum of squares). So 市城管局 / 作好社区结对帮扶 keeps its space, but
 *   高新区：孵化器 / 让企业温暖成长 is preferred to 高新区： / 孵化器让企业温暖成长.
 *
 * The renderer draws exactly these lines (one block span per line, `white-space: nowrap`), so the
 * browser cannot re-break them. A manual break (`\n`) starts a new line; each part is set alone.
 */
import { halfUnits } from "../cjk/char-class";
import { breakClass, canBreakBefore, type BreakClass } from "./break-rules";
import { breakParagraphRanges } from "./break-lines";

/** Cost of a break by where it falls. */
export const BREAK_COST = { space: 0, punctuation: 1, word: 2, singles: 6, inWord: 24 } as const;
const ORPHAN_COST = 1000;
/** Cost of each em the longest line is longer than it could be: balance against a better break. */
export const LONGEST_EM_COST = 0.5;

interface Prepared {
  chars: string[];
  widths: number[]; // half-em units
  classes: BreakClass[];
  /** Cost of starting a line at i (Infinity where the break rules forbid it). */
  cost: number[];
}

const segmenter = typeof Intl !== "undefined" && "Segmenter" in Intl ? new Intl.Segmenter("zh", { granularity: "word" }) : null;

function isHan(s: string): boolean {
  return /^\p{Script=Han}$/u.test(s);
}

/** Segment of each character: its index and whether it is a lone Han character. */
function segmentsOf(text: string, count: number): { segment: number[]; single: boolean[] } {
  const segment: number[] = [];
  const single: boolean[] = [];
  if (!segmenter) {
    for (let i = 0; i < count; i += 1) {
      segment.push(i);
      single.push(true);
    }
    return { segment, single };
  }
  let index = 0;
  for (const s of segmenter.segment(text)) {
    const chars = Array.from(s.segment);
    const lone = chars.length === 1 && isHan(chars[0]);
    for (let k = 0; k < chars.length; k += 1) {
      segment.push(index);
      single.push(lone);
    }
    index += 1;
  }
  return { segment, single };
}

function prepare(text: string): Prepared {
  const chars = Array.from(text);
  const cps = chars.map((c) => c.codePointAt(0) ?? 0);
  const classes = cps.map(breakClass);
  const view = { cps, classes };
  const { segment, single } = segmentsOf(text, chars.length);
  const cost = chars.map((_, i) => {
    if (i === 0) return 0;
    if (!canBreakBefore(view, i)) return Infinity;
    const before = classes[i - 1];
    const at = classes[i];
    if (before === "SP" || before === "BA" || at === "SP" || at === "BA") return BREAK_COST.space;
    if (before === "CL" || before === "QF" || before === "EX" || at === "OP" || at === "QI" || at === "B2") return BREAK_COST.punctuation;
    if (segment[i] !== segment[i - 1]) return single[i] && single[i - 1] ? BREAK_COST.singles : BREAK_COST.word;
    return BREAK_COST.inWord;
  });
  return { chars, widths: cps.map(halfUnits), classes, cost };
}

function isSpace(c: BreakClass): boolean {
  return c === "SP" || c === "BA" || c === "ZW";
}

/** Width of the line [start, end) in half em, leading and trailing spaces not counted. */
function lineWidth(p: Prepared, start: number, end: number): number {
  let s = start;
  let e = end;
  while (s < e && isSpace(p.classes[s])) s += 1;
  while (e > s && isSpace(p.classes[e - 1])) e -= 1;
  let w = 0;
  for (let i = s; i < e; i += 1) w += p.widths[i];
  return w;
}

/** A line that holds one character and maybe punctuation: an orphan (单字成行). */
function isOrphan(p: Prepared, start: number, end: number): boolean {
  let letters = 0;
  for (let i = start; i < end; i += 1) {
    const c = p.classes[i];
    if (c === "ID" || c === "AL") letters += 1;
  }
  return letters === 1;
}

/**
 * A line's text: no leading space; a space the line breaks at is kept at its end (it hangs: CSS drops it
 * there, but the text still reads "全省宪法知识大赛 聊城代表队获佳绩"); an ideographic space at the end is dropped.
 */
function skipSpaces(p: Prepared, i: number): number {
  let j = i;
  while (j < p.chars.length && isSpace(p.classes[j])) j += 1;
  return j;
}

function lineText(p: Prepared, start: number, end: number): string {
  return p.chars.slice(start, end).join("").replace(/^\s+/u, "").replace(/\u3000+$/u, "").replace(/\s+$/u, " ");
}

interface Best {
  cost: number; // break costs + orphans
  longest: number;
  squares: number;
  prev: number;
}

/**
 * Best breaks for exactly `lines` lines, no line wider than `limit` half em; null if impossible.
 * DP over (line start, lines used), minimising cost, then the longest line, then the sum of squares.
 */
function bestBreaks(p: Prepared, lines: number, limit: number): { cost: number; longest: number; starts: number[] } | null {
  const n = p.chars.length;
  const better = (a: Best, b: Best | undefined) =>
    !b || a.cost < b.cost || (a.cost === b.cost && (a.longest < b.longest || (a.longest === b.longest && a.squares < b.squares)));
  // table[k][i]: best way to set the first k lines so that line k+1 starts at i.
  const table: (Best | undefined)[][] = Array.from({ length: lines + 1 }, () => new Array<Best | undefined>(n + 1));
  table[0][0] = { cost: 0, longest: 0, squares: 0, prev: -1 };
  for (let k = 0; k < lines; k += 1) {
    for (let start = 0; start < n; start += 1) {
      const from = table[k][start];
      if (!from) continue;
      for (let end = start + 1; end <= n; end += 1) {
        if (end < n && p.cost[end] === Infinity) continue;
        const w = lineWidth(p, start, end);
        if (w > limit) break;
        if (end === n && k + 1 !== lines) continue;
        if (end < n && k + 1 === lines) continue;
        const cand: Best = {
          cost: from.cost + (end < n ? p.cost[end] : 0) + (isOrphan(p, start, end) ? ORPHAN_COST : 0),
          longest: Math.max(from.longest, w),
          squares: from.squares + w * w,
          prev: start,
        };
        if (better(cand, table[k + 1][end])) table[k + 1][end] = cand;
      }
    }
  }
  const last = table[lines][n];
  if (!last) return null;
  const starts: number[] = [];
  let at = n;
  for (let k = lines; k > 0; k -= 1) {
    const b = table[k][at]!;
    starts.unshift(b.prev);
    at = b.prev;
  }
  return { cost: last.cost, longest: last.longest, starts };
}

/** Best breaks for `lines` lines within `limit`: least break cost plus LONGEST_EM_COST per em of longest line. */
function balancedBreaks(p: Prepared, lines: number, limit: number): ReturnType<typeof bestBreaks> {
  const loosest = bestBreaks(p, lines, limit);
  if (!loosest) return null;
  const total = lineWidth(p, 0, p.chars.length);
  let best = loosest;
  let bestScore = Infinity;
  let tightest = Infinity;
  for (let l = Math.max(1, Math.ceil(total / lines)); l <= limit; l += 1) {
    const b = bestBreaks(p, lines, l);
    if (!b) continue;
    tightest = Math.min(tightest, b.longest);
    const score = b.cost + (LONGEST_EM_COST * (b.longest - tightest)) / 2;
    if (score < bestScore || (score === bestScore && b.longest < best.longest)) {
      best = b;
      bestScore = score;
    }
  }
  return best;
}

function setPart(text: string, measure: number): string[] {
  const greedy = breakParagraphRanges(text, measure, { indent: 0 });
  if (greedy.length <= 1) return greedy.map((l) => l.text);
  const p = prepare(text);
  const limit = Math.max(1, Math.floor(measure * 2));
  let best = balancedBreaks(p, greedy.length, limit);
  // A word longer than the measure: only the emergency cut of the greedy lines sets it.
  if (!best) return greedy.map((l) => l.text);
  // Rather one line more than a word cut in two or a character alone on its line.
  if (best.cost >= BREAK_COST.inWord) {
    const longer = balancedBreaks(p, greedy.length + 1, limit);
    if (longer && longer.cost < BREAK_COST.inWord) best = longer;
  }
  // A line that would start with spaces starts after them: the spaces end the line before.
  const starts = [...best.starts.map((s) => skipSpaces(p, s)), p.chars.length];
  const lines = starts.slice(0, -1).map((s, k) => lineText(p, s, starts[k + 1]));
  lines[lines.length - 1] = lines[lines.length - 1].trimEnd();
  return lines;
}

const memo = new Map<string, string[]>();

/**
 * The lines of a head element at `measure` em (its own type's em: box width ÷ type size).
 * An empty or blank text has no lines.
 */
export function headlineBreak(text: string | null | undefined, measure: number): string[] {
  if (!text || text.trim() === "") return [];
  const key = `${measure}|${text}`;
  const cached = memo.get(key);
  if (cached) return cached;
  const lines = text
    .split("\n")
    .filter((part) => part.trim() !== "")
    .flatMap((part) => {
      const set = setPart(part.trim(), measure);
      return set.length > 0 ? set : [part.trim()];
    });
  if (memo.size > 2000) memo.clear();
  memo.set(key, lines);
  return lines;
}
