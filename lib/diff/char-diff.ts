/**
 * Character-level diff for revision history (DESIGN.md "Stories": a character-level diff
 * (CJK) between any two revisions).
 *
 * - Works on Unicode code points (Array.from), so astral Han (𠀀, ext. B+) and emoji are
 *   never split into lone surrogates. (Multi-code-point graphemes such as ZWJ emoji
 *   sequences may be split between code points; each piece is still valid UTF-16.)
 * - Algorithm: Myers' O(ND) diff, linear-space "middle snake" divide and conquer (the
 *   variant diff-match-patch uses), after trimming the common prefix and suffix at every
 *   level. N = total length, D = edit distance: time O(N·D), memory O(N). A 50,000-字
 *   story with a few edits costs about N plus D² steps, i.e. effectively linear.
 * - Worst case guard: a bisection gives up after `maxEditDistance` steps (default 10,000)
 *   and reports that sub-range as "delete all, insert all". The result is still a correct
 *   edit script (it reconstructs both texts), just not minimal; below the limit it is minimal.
 * - Output is normalised: no empty ops, no two adjacent ops of the same kind, and between two
 *   equal runs the deletion comes before the insertion ("组织" deleted, then "宣传" inserted).
 */

export type DiffOp = "equal" | "insert" | "delete";
export interface DiffPart {
  op: DiffOp;
  text: string;
}

export interface DiffOptions {
  /** Half edit distance a single bisection may explore before falling back (see header). */
  maxEditDistance?: number;
}

const DEFAULT_MAX_EDIT_DISTANCE = 10_000;

/** A text as parallel arrays: code points for fast comparison, strings for output. */
interface Seq {
  codes: Int32Array;
  chars: string[];
}

/** A raw op over index ranges of the two sequences (text is built once at the end). */
interface RawOp {
  op: DiffOp;
  /** Range in a for equal/delete, in b for insert. */
  start: number;
  end: number;
}

interface Ctx {
  a: Seq;
  b: Seq;
  maxD: number;
  out: RawOp[];
}

function toSeq(text: string): Seq {
  const chars = Array.from(text);
  const codes = new Int32Array(chars.length);
  for (let i = 0; i < chars.length; i++) codes[i] = chars[i].codePointAt(0) ?? 0;
  return { codes, chars };
}

function emit(ctx: Ctx, op: DiffOp, start: number, end: number): void {
  if (end > start) ctx.out.push({ op, start, end });
}

function commonPrefix(a: Int32Array, aLo: number, aHi: number, b: Int32Array, bLo: number, bHi: number): number {
  let n = 0;
  while (aLo + n < aHi && bLo + n < bHi && a[aLo + n] === b[bLo + n]) n++;
  return n;
}

function commonSuffix(a: Int32Array, aLo: number, aHi: number, b: Int32Array, bLo: number, bHi: number): number {
  let n = 0;
  while (aHi - n > aLo && bHi - n > bLo && a[aHi - n - 1] === b[bHi - n - 1]) n++;
  return n;
}

/** Diff a[aLo,aHi) against b[bLo,bHi), appending raw ops in order. */
function diffRange(ctx: Ctx, aLo: number, aHi: number, bLo: number, bHi: number): void {
  const a = ctx.a.codes;
  const b = ctx.b.codes;
  const pre = commonPrefix(a, aLo, aHi, b, bLo, bHi);
  emit(ctx, "equal", aLo, aLo + pre);
  aLo += pre;
  bLo += pre;
  const suf = commonSuffix(a, aLo, aHi, b, bLo, bHi);
  aHi -= suf;
  bHi -= suf;
  diffMiddle(ctx, aLo, aHi, bLo, bHi);
  emit(ctx, "equal", aHi, aHi + suf);
}

/** The part between common prefix and suffix: trivial cases, else split at the middle snake. */
function diffMiddle(ctx: Ctx, aLo: number, aHi: number, bLo: number, bHi: number): void {
  if (aLo === aHi || bLo === bHi) {
    emit(ctx, "delete", aLo, aHi);
    emit(ctx, "insert", bLo, bHi);
    return;
  }
  const split = middleSnake(ctx, aLo, aHi, bLo, bHi);
  const n = aHi - aLo;
  const m = bHi - bLo;
  // Splitting at an end would not shrink the problem; treat like "no usable snake".
  if (split === null || (split.x === 0 && split.y === 0) || (split.x === n && split.y === m)) {
    emit(ctx, "delete", aLo, aHi);
    emit(ctx, "insert", bLo, bHi);
    return;
  }
  diffRange(ctx, aLo, aLo + split.x, bLo, bLo + split.y);
  diffRange(ctx, aLo + split.x, aHi, bLo + split.y, bHi);
}

/**
 * Myers' bidirectional search (port of diff-match-patch `diff_bisect`): run forward and
 * reverse D-paths until they overlap, and return the overlap point (relative offsets).
 * Returns null when the edit distance exceeds the budget.
 */
function middleSnake(ctx: Ctx, aLo: number, aHi: number, bLo: number, bHi: number): { x: number; y: number } | null {
  const a = ctx.a.codes;
  const b = ctx.b.codes;
  const n = aHi - aLo;
  const m = bHi - bLo;
  const maxD = Math.min(Math.ceil((n + m) / 2), ctx.maxD);
  const vOffset = maxD + 1;
  const vLength = 2 * maxD + 3;
  const v1 = new Int32Array(vLength).fill(-1); // furthest x on each diagonal, forward
  const v2 = new Int32Array(vLength).fill(-1); // furthest x on each diagonal, from the end
  v1[vOffset + 1] = 0;
  v2[vOffset + 1] = 0;
  const delta = n - m;
  // With an odd delta the paths meet while extending forward, else while extending in reverse.
  const front = delta % 2 !== 0;
  let k1start = 0;
  let k1end = 0;
  let k2start = 0;
  let k2end = 0;
  for (let d = 0; d < maxD; d++) {
    for (let k1 = -d + k1start; k1 <= d - k1end; k1 += 2) {
      const k1Offset = vOffset + k1;
      let x1 = k1 === -d || (k1 !== d && v1[k1Offset - 1] < v1[k1Offset + 1]) ? v1[k1Offset + 1] : v1[k1Offset - 1] + 1;
      let y1 = x1 - k1;
      while (x1 < n && y1 < m && a[aLo + x1] === b[bLo + y1]) {
        x1++;
        y1++;
      }
      v1[k1Offset] = x1;
      if (x1 > n) k1end += 2; // ran off the right edge
      else if (y1 > m) k1start += 2; // ran off the bottom edge
      else if (front) {
        const k2Offset = vOffset + delta - k1;
        if (k2Offset >= 0 && k2Offset < vLength && v2[k2Offset] !== -1 && x1 >= n - v2[k2Offset]) {
          return { x: x1, y: y1 };
        }
      }
    }
    for (let k2 = -d + k2start; k2 <= d - k2end; k2 += 2) {
      const k2Offset = vOffset + k2;
      let x2 = k2 === -d || (k2 !== d && v2[k2Offset - 1] < v2[k2Offset + 1]) ? v2[k2Offset + 1] : v2[k2Offset - 1] + 1;
      let y2 = x2 - k2;
      while (x2 < n && y2 < m && a[aHi - x2 - 1] === b[bHi - y2 - 1]) {
        x2++;
        y2++;
      }
      v2[k2Offset] = x2;
      if (x2 > n) k2end += 2;
      else if (y2 > m) k2start += 2;
      else if (!front) {
        const k1Offset = vOffset + delta - k2;
        if (k1Offset >= 0 && k1Offset < vLength && v1[k1Offset] !== -1) {
          const x1 = v1[k1Offset];
          const y1 = vOffset + x1 - k1Offset;
          if (x1 >= n - x2) return { x: x1, y: y1 };
        }
      }
    }
  }
  return null;
}

/** Text of a raw op. */
function opText(ctx: Ctx, raw: RawOp): string {
  const source = raw.op === "insert" ? ctx.b.chars : ctx.a.chars;
  return source.slice(raw.start, raw.end).join("");
}

/** Merge runs: consecutive equal ops join; every change run between equals becomes delete then insert. */
function normalise(ctx: Ctx): DiffPart[] {
  const parts: DiffPart[] = [];
  let deleted = "";
  let inserted = "";
  const flushChanges = (): void => {
    if (deleted) parts.push({ op: "delete", text: deleted });
    if (inserted) parts.push({ op: "insert", text: inserted });
    deleted = "";
    inserted = "";
  };
  for (const raw of ctx.out) {
    const text = opText(ctx, raw);
    if (raw.op === "delete") deleted += text;
    else if (raw.op === "insert") inserted += text;
    else {
      flushChanges();
      const last = parts[parts.length - 1];
      if (last && last.op === "equal") last.text += text;
      else parts.push({ op: "equal", text });
    }
  }
  flushChanges();
  return parts;
}

/** Character (code point) diff of a → b: equal / delete / insert runs in reading order. */
export function diffChars(a: string, b: string, options: DiffOptions = {}): DiffPart[] {
  const maxD = Math.max(1, Math.floor(options.maxEditDistance ?? DEFAULT_MAX_EDIT_DISTANCE));
  const ctx: Ctx = { a: toSeq(a), b: toSeq(b), maxD, out: [] };
  diffRange(ctx, 0, ctx.a.codes.length, 0, ctx.b.codes.length);
  return normalise(ctx);
}

/** Diff two paragraph lists as one text joined by "\n", so paragraph breaks show as inserted/deleted "\n". */
export function diffParagraphs(a: readonly string[], b: readonly string[], options: DiffOptions = {}): DiffPart[] {
  return diffChars(a.join("\n"), b.join("\n"), options);
}

/** The old text back from a diff (equal + delete). */
export function diffSource(parts: readonly DiffPart[]): string {
  return parts.filter((p) => p.op !== "insert").map((p) => p.text).join("");
}

/** The new text back from a diff (equal + insert). */
export function diffTarget(parts: readonly DiffPart[]): string {
  return parts.filter((p) => p.op !== "delete").map((p) => p.text).join("");
}
