/**
 * Copyfit (DESIGN.md "Editions and pages" → Copyfit): does a story fill its box on the grid?
 *
 * Model of a story box, top to bottom:
 * 1. an optional picture (photo news), `pictureLines` high, across the box;
 * 2. the head block across the whole box: 引题 (kicker), 主题 (headline), 副题 (subheadline),
 *    byline lines, then one blank line of air (HEAD_AIR_LINES) when there is any head at all;
 * 3. the body, flowing down n text columns (`column-fill: auto`): n = ⌊columnSpan / textColumnSpan⌋,
 *    each (W − (n − 1)·gutter) / n characters wide where W = charsPerLine(columnSpan).
 *    With the default one base column per text column that is 13 字 a line.
 * Body content, in order: the paragraphs, the first one run in after the dateline and an
 * ideographic space ("本报聊城讯　日前，…"), each indented 2 字 (首行缩进); then each sidebar
 * as a title line (wrapped if longer than a line, not indented) and its indented paragraphs;
 * then `jumpLines` lines for 转版 notes such as "（下转第N版）".
 *
 * Head lines per element (each element wraps at the box width in its own type size):
 *   主题 large 4, medium 3 (default), small 2 lines per headline line;
 *   引题 and 副题 2 lines per line; byline as given (1 line per byline line); air 1 line.
 *
 * Result: body lines T against capacity C = n × (heightLines − head − picture):
 *   over  when T > C (or the head alone is taller than the box);
 *   short when C − T ≥ n — every text column could lose a line, the box could be a line shorter;
 *   fits  otherwise (0 ≤ C − T < n: the last column may end a little early).
 * Equivalently: linesNeeded = head + picture + ⌈T / n⌉ is =, < or > heightLines.
 */
import { breakParagraphRanges } from "./break-lines";
import { headlineBreak } from "./headline-break";
import type { HeadlineSize } from "../page-states";
import { BROADSHEET_GRID, charsPerLine, type GridTemplate } from "./grid";

export type { HeadlineSize };

export interface CopyfitStory {
  kicker: string | null;
  headline: string | null;
  subheadline: string | null;
  bylineLines: number; // 0, 1 or 2
  dateline: string | null;
  paragraphs: string[];
  sidebars: { title: string; paragraphs: string[] }[];
  /** Lines for 转版 notes ("（下转第N版）"); default 0. */
  jumpLines?: number;
}

export interface StoryBoxSetting {
  columnSpan: number;
  heightLines: number;
  /** Base columns per text column; default 1. */
  textColumnSpan?: number;
  headlineSize?: HeadlineSize;
  /** Lines of picture at the top of the box (photo news); default 0. See pictureLinesFor. */
  pictureLines?: number;
}

/**
 * A point in a story's body (转版 flow, the first line that does not fit): a block index into
 * `bodyBlocks(story)` and a UTF-16 offset into that block's own text (a run-in dateline excluded).
 */
export interface FlowPoint {
  block: number;
  offset: number;
}

export interface CopyfitResult {
  status: "fits" | "over" | "short";
  linesNeeded: number;
  linesAvailable: number;
  overLines: number;
  overChars: number;
  shortLines: number;
  headLines: number;
  overflowAt: FlowPoint | null;
}

/** Type of a head element: lines of grid it takes per line of its text, and its size in body em. */
export interface HeadType {
  lines: number;
  em: number;
}

/** Headline (主题) type by size. The em sizes are what the page renderer sets (font-size in body em). */
export const HEADLINE_TYPE: Record<HeadlineSize, HeadType> = {
  large: { lines: 4, em: 3.2 },
  medium: { lines: 3, em: 2.4 },
  small: { lines: 2, em: 1.8 },
};
/** 引题 and 副题. */
export const DECK_TYPE: HeadType = { lines: 2, em: 1.4 };
/** Blank lines between the head block and the body. */
export const HEAD_AIR_LINES = 1;
/** Share of a photo box's height given to the picture (photo news). */
export const PICTURE_SHARE = 0.6;
/** Body paragraphs indent 2 字 (首行缩进两字). */
export const PARAGRAPH_INDENT = 2;
/** Between dateline and first paragraph: one ideographic (full-width) space. */
export const DATELINE_SEPARATOR = "\u3000";

/** Picture lines of a photo box `heightLines` high: 60 %, rounded. */
export function pictureLinesFor(heightLines: number): number {
  return Math.max(0, Math.round(heightLines * PICTURE_SHARE));
}

/** A body line is 1.554 body em (490 mm ÷ 100 lines over 350 mm ÷ 111 字, the broadsheet type area). */
export const LINE_PITCH = 1.554;
/** Line spacing inside a head element, in its own em (printed papers set headlines tight: 1.15–1.2). */
export const HEAD_LEADING = 1.2;

/**
 * Grid lines a head element of `textLines` lines takes: its type's lines for the first line (the air
 * above and below the head), then HEAD_LEADING × its size for each further line, rounded up to whole
 * body lines. One line: 主题 medium 3, large 4, small 2; 引题/副题 2. Two medium lines: 3 + 1.85 → 5.
 */
export function headElementGridLines(textLines: number, type: HeadType): number {
  if (textLines <= 0) return 0;
  const height = type.lines * LINE_PITCH + (textLines - 1) * type.em * HEAD_LEADING;
  // 1e-9: 3 × 1.554 is not exactly 4.662 in floating point.
  return Math.ceil(height / LINE_PITCH - 1e-9);
}

/** The lines of a head element's text at a box `boxChars` 字 wide: what the renderer draws (headline-break.ts). */
export function headElementText(text: string | null, type: HeadType, boxChars: number): string[] {
  return headlineBreak(text, boxChars / type.em);
}

/** Lines a head element takes on the grid: its set lines (headline-break.ts) in its type's spacing. */
function headElementLines(text: string | null, type: HeadType, boxChars: number): number {
  return headElementGridLines(headElementText(text, type, boxChars).length, type);
}

/** Lines of the head block: kicker + headline + subheadline + byline + air (0 when there is no head). */
export function headlineLines(story: CopyfitStory, setting: StoryBoxSetting, grid: GridTemplate = BROADSHEET_GRID): number {
  const boxChars = charsPerLine(setting.columnSpan, grid);
  const size = setting.headlineSize ?? "medium";
  const lines =
    headElementLines(story.kicker, DECK_TYPE, boxChars) +
    headElementLines(story.headline, HEADLINE_TYPE[size], boxChars) +
    headElementLines(story.subheadline, DECK_TYPE, boxChars) +
    Math.max(0, Math.floor(story.bylineLines));
  return lines > 0 ? lines + HEAD_AIR_LINES : 0;
}

/** One block of body text, in reading order. FlowPoint.block (overflowAt, flowStart) indexes this list. */
export interface BodyBlock {
  kind: "paragraph" | "sidebar-title" | "sidebar-paragraph";
  /** Text as set, including a run-in dateline. */
  text: string;
  indent: number;
  /** UTF-16 length of the run-in dateline + separator in front of the paragraph's own text. */
  prefixLength: number;
  /** Sidebar index for sidebar blocks. */
  sidebar?: number;
}

/**
 * The body as blocks: paragraphs (the first with its dateline run in), then for each sidebar
 * its title and paragraphs. Without sidebars, block i is story.paragraphs[i].
 */
export function bodyBlocks(story: CopyfitStory): BodyBlock[] {
  const blocks: BodyBlock[] = story.paragraphs.map((text) => ({ kind: "paragraph", text, indent: PARAGRAPH_INDENT, prefixLength: 0 }));
  const dateline = story.dateline?.trim();
  if (dateline) {
    const prefix = dateline + DATELINE_SEPARATOR;
    if (blocks.length === 0) blocks.push({ kind: "paragraph", text: "", indent: PARAGRAPH_INDENT, prefixLength: 0 });
    blocks[0] = { ...blocks[0], text: prefix + blocks[0].text, prefixLength: prefix.length };
  }
  story.sidebars.forEach((sidebar, s) => {
    blocks.push({ kind: "sidebar-title", text: sidebar.title, indent: 0, prefixLength: 0, sidebar: s });
    for (const text of sidebar.paragraphs) blocks.push({ kind: "sidebar-paragraph", text, indent: PARAGRAPH_INDENT, prefixLength: 0, sidebar: s });
  });
  return blocks;
}

/** One set line of body text: which block it belongs to and where in the block's own text it starts. */
export interface BodyLine {
  block: number;
  offset: number;
  text: string;
}

/** Lines of one block; a sidebar title always takes at least its one line. */
function blockLines(block: BodyBlock, index: number, cpl: number): BodyLine[] {
  const ranges = breakParagraphRanges(block.text, cpl, { indent: block.indent });
  const lines = ranges.map((r) => ({ block: index, offset: Math.max(0, r.offset - block.prefixLength), text: r.text }));
  if (lines.length === 0 && block.kind === "sidebar-title") return [{ block: index, offset: 0, text: "" }];
  return lines;
}

/** Every body line of the story at `cpl` characters a line, jump-note lines last (block −1). */
export function bodyLines(story: CopyfitStory, cpl: number): BodyLine[] {
  const lines = bodyBlocks(story).flatMap((block, i) => blockLines(block, i, cpl));
  const jump = Math.max(0, Math.floor(story.jumpLines ?? 0));
  for (let j = 0; j < jump; j += 1) lines.push({ block: -1, offset: 0, text: "" });
  return lines;
}

/** Number of body lines of the story at `cpl` characters a line (for the renderer and the planner). */
export function bodyLineCount(story: CopyfitStory, cpl: number): number {
  return bodyLines(story, cpl).length;
}

/** Text columns of a box: how many, and their measure in characters (may end on a fraction). */
export function textColumnsOf(setting: Pick<StoryBoxSetting, "columnSpan" | "textColumnSpan">, grid: GridTemplate): { count: number; cpl: number } {
  const span = Math.max(1, Math.floor(setting.columnSpan));
  const perColumn = Math.min(span, Math.max(1, Math.floor(setting.textColumnSpan ?? 1)));
  const count = Math.max(1, Math.floor(span / perColumn));
  // Columns share the box width equally, like CSS column-count with a one-character gap.
  const cpl = (charsPerLine(span, grid) - (count - 1) * grid.gutterChars) / count;
  return { count, cpl };
}

/** Where the first line that does not fit starts; a jump note counts as the block after the last. */
function overflowPoint(lines: BodyLine[], capacity: number, blockCount: number): CopyfitResult["overflowAt"] {
  const first = lines[capacity];
  if (!first) return null;
  return first.block < 0 ? { block: blockCount, offset: 0 } : { block: first.block, offset: first.offset };
}

/** Fit a story into a box: lines needed against lines available, overset or short. */
export function copyfit(story: CopyfitStory, setting: StoryBoxSetting, grid: GridTemplate): CopyfitResult {
  const height = Math.max(0, Math.floor(setting.heightLines));
  const { count, cpl } = textColumnsOf(setting, grid);
  const headLines = headlineLines(story, setting, grid);
  const above = headLines + Math.max(0, Math.floor(setting.pictureLines ?? 0));
  const capacity = count * Math.max(0, height - above);
  const lines = bodyLines(story, cpl);
  const linesNeeded = above + Math.ceil(lines.length / count);
  const overLines = Math.max(0, lines.length - capacity) + Math.max(0, above - height);
  const status = linesNeeded > height ? "over" : linesNeeded < height ? "short" : "fits";
  return {
    status,
    linesNeeded,
    linesAvailable: height,
    overLines,
    overChars: overLines * Math.floor(cpl),
    shortLines: Math.max(0, capacity - lines.length),
    headLines,
    overflowAt: overflowPoint(lines, capacity, bodyBlocks(story).length),
  };
}
