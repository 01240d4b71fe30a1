/**
 * Line breaking of one body paragraph on the character grid.
 *
 * Goal: the same lines Chromium draws for the paragraph in a box exactly `cpl` em wide with
 * the CSS recipe of docs/COPYFIT.md (Noto Serif CJK SC; `text-align: justify;
 * line-break: strict; word-break: normal; overflow-wrap: anywhere; text-indent: 2em;
 * text-spacing-trim: space-all`; ASCII runs with font feature `hwid`, — and · with `fwid`,
 * see render-runs.ts). Justification stretches spacing after breaking, so it moves no break.
 *
 * Widths, in half-em units (lib/cjk/char-class): CJK characters and full-width punctuation 2;
 * ASCII letters, digits, punctuation and the space 1; invisible marks 0. Spaces collapse as
 * in `white-space: normal`: a run counts once, leading spaces vanish, and a space (or U+3000)
 * at the end of a line hangs, taking no room.
 *
 * Breaking is greedy first-fit, as in browsers: each line takes all that fits, then ends at
 * the last break opportunity (break-rules.ts). Consequences for Chinese copy:
 * - 避头: closing punctuation ，。、；：？！）》」』”’… never starts a line. When it does not
 *   fit, the character before it moves down with it (推出). No hanging punctuation and no
 *   squeezing (挤进): `text-spacing-trim: space-all` keeps every mark one em wide.
 * - 避尾: opening punctuation （《「『“‘ never ends a line; it moves down to the next one.
 * - "……" and "——" are never split; "……" never starts a line, "——" may (as in Chromium).
 * - A Latin word or number ("COVID19", "3.5%", "8:30", "2018") is not split, except where
 *   Chromium allows it: after "-" before a letter, or before a digit when an alphanumeric
 *   precedes the "-" ("400-|965-|9511"); after "?"; at spaces. A run longer than a whole
 *   line is cut where it overflows (`overflow-wrap: anywhere`).
 * - An indent (首行缩进, default 2 em) shortens the first line; it is not in the returned text.
 */
import { halfUnits } from "../cjk/char-class";
import { breakClass, canBreakBefore, type BreakClass } from "./break-rules";

/** A paragraph prepared for breaking: code points, their UTF-16 offsets, widths and classes. */
interface Prepared {
  cps: number[];
  offsets: number[]; // UTF-16 offset of each code point in the original string
  widths: number[]; // half-em units, after space collapsing
  classes: BreakClass[];
  breakBefore: boolean[]; // may a line start at this code point?
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
  readonly start: number; // code-point index of the first character
  readonly end: number; // code-point index after the line (hanging spaces included)
  readonly offset: number; // UTF-16 offset of the first character in the paragraph
  readonly text: string; // the line as set, hanging spaces removed
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
function lineEnd(p: Prepared, start: number, capacity: number, afterEmergency: boolean): LineEnd {
  let width = 0; // width up to the last non-space character
  let pendingSpace = 0; // collapsed space after it, which hangs if the line ends here
  let lastBreak = -1;
  for (let i = start; i < p.cps.length; i += 1) {
    if (i > start && breaksBefore(p, i, start, afterEmergency)) lastBreak = i;
    if (hangs(p.classes[i])) {
      pendingSpace += p.widths[i];
      continue;
    }
    const next = width + pendingSpace + p.widths[i];
    if (next > capacity && i > start) {
      if (lastBreak > start) return { end: lastBreak, emergency: false };
      return { end: emergencyBreak(p, start, i), emergency: true };
    }
    width = next;
    pendingSpace = 0;
  }
  return { end: p.cps.length, emergency: false };
}

interface LineEnd {
  end: number;
  emergency: boolean; // cut with no break opportunity (overflow-wrap: anywhere)
}

/** Break opportunity before i; just after an emergency cut the text before the line is out of sight. */
function breaksBefore(p: Prepared, i: number, start: number, afterEmergency: boolean): boolean {
  if (afterEmergency && i < start + 4) return canBreakBefore(p, i, start);
  return p.breakBefore[i];
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
export function breakParagraphRanges(text: string, cpl: number, opts: BreakOptions = {}): readonly LineRange[] {
  const full = Math.max(1, Math.floor(cpl * 2)); // half-em units; a measure may end on a half em
  const indent = Math.max(0, Math.round((opts.indent ?? 2) * 2));
  // Live copyfit re-breaks the same paragraphs on every keystroke or drag: remember results.
  const key = `${full}|${indent}|${text}`;
  const cached = memo.get(key);
  if (cached) return cached;
  const lines = breakPrepared(prepare(text), full, indent);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, lines);
  return lines;
}

const MEMO_LIMIT = 4000;
const memo = new Map<string, readonly LineRange[]>();

function breakPrepared(p: Prepared, full: number, indent: number): LineRange[] {
  const lines: LineRange[] = [];
  let start = skipSpaces(p, 0);
  let afterEmergency = false;
  while (start < p.cps.length) {
    const capacity = lines.length === 0 ? Math.max(0, full - indent) : full;
    const { end, emergency } = lineEnd(p, start, capacity, afterEmergency);
    lines.push({ start, end, offset: p.offsets[start], text: lineText(p, start, end) });
    start = skipSpaces(p, end);
    afterEmergency = emergency;
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
