/**
 * How a story's text is set into its boxes (DESIGN.md "Editions and pages": copyfit, 转版). One model
 * for the page renderer (`setStory`: what each box draws), the layout editor (the same, live) and the
 * server's page fits (`fitChain`), so the page shows what the server counts.
 *
 * A box sets, top to bottom: its picture (photo boxes: 60 % of the height), the head block, then the
 * body in text columns (lib/copyfit/copyfit.ts). 转版 notes are set as body lines of their own:
 * "（上接第N版）" first in a continuation box, "（下转第N版）" last in a box whose story goes on
 * ("（下转他版）" for a story marked as continuing that has no box to go to yet).
 *
 * A point in the text (`FlowPoint`) is a block index into `bodyBlocks(story)` of the WHOLE story and
 * a UTF-16 offset into that block's own text; `flowStart`, `overflowAt` and the chain all use it.
 *
 * What a continuation box sets (`remainingStory`):
 * - the headline again (接版标题, in the continuation box's own headline size); no 引题, 副题, byline;
 * - the text from the flow point on; the dateline only when nothing of the body was set before;
 * - a paragraph cut mid-way goes on as a paragraph of its own (counted with the 2-字 indent, so the
 *   count is conservative by at most one line);
 * - when the cut falls inside a sidebar, that sidebar's remaining paragraphs are set as plain
 *   paragraphs (its title was already set) and the later sidebars follow as sidebars.
 * Block i of the remainder is block `from.block + i` of the whole story, so points convert back
 * with `wholeStoryPoint`.
 *
 * Jump lines are set whatever happens to the text, so the text gets the box minus those lines, and
 * `overflowAt` is the first text line that does not fit in what is left (copyfit alone counts jump
 * lines after the text, which is one line late for an overflowing box). A box whose story flows on
 * holds what fits and is never overset: what does not fit goes to the next box (its overflowAt still
 * says where the text leaves it). Only the last box of a chain can be "over".
 */
import type { ElementKind, HeadlineSize } from "../page-states";
import type { StoryText } from "../story-text";
import {
  bodyBlocks,
  bodyLines,
  copyfit,
  pictureLinesFor,
  textColumnsOf,
  type BodyBlock,
  type CopyfitResult,
  type CopyfitStory,
  type FlowPoint,
  type StoryBoxSetting,
} from "./copyfit";
import type { GridTemplate } from "./grid";
import { copyfitStoryOf } from "./story-input";

export type { FlowPoint };

/** The point past the last block: nothing left to set. */
export function endOfText(story: CopyfitStory): FlowPoint {
  return { block: bodyBlocks(story).length, offset: 0 };
}

/** The part of the story still to be set from `from` on, as a continuation box sets it. */
export function remainingStory(story: CopyfitStory, from: FlowPoint): CopyfitStory {
  const head = { kicker: null, headline: story.headline, subheadline: null, bylineLines: 0, jumpLines: 0 };
  const offset = Math.max(0, from.offset);
  const blocks = bodyBlocks(story);
  const mainCount = blocks.filter((b) => b.kind === "paragraph").length;
  if (from.block <= 0 && offset === 0) return { ...story, ...head };
  if (from.block < mainCount) {
    const first = (story.paragraphs[from.block] ?? "").slice(offset);
    return { ...head, dateline: null, paragraphs: [first, ...story.paragraphs.slice(from.block + 1)], sidebars: story.sidebars };
  }
  let block = mainCount;
  for (let s = 0; s < story.sidebars.length; s += 1) {
    const sidebar = story.sidebars[s];
    const later = story.sidebars.slice(s + 1);
    if (from.block === block) {
      return { ...head, dateline: null, paragraphs: [], sidebars: [{ title: sidebar.title.slice(offset), paragraphs: sidebar.paragraphs }, ...later] };
    }
    block += 1;
    const j = from.block - block;
    if (j < sidebar.paragraphs.length) {
      return { ...head, dateline: null, paragraphs: [sidebar.paragraphs[j].slice(offset), ...sidebar.paragraphs.slice(j + 1)], sidebars: later };
    }
    block += sidebar.paragraphs.length;
  }
  return { ...head, dateline: null, paragraphs: [], sidebars: [] };
}

/** A point in `remainingStory(story, from)` as a point in the whole story. */
export function wholeStoryPoint(from: FlowPoint, inRemainder: FlowPoint): FlowPoint {
  if (from.block <= 0 && from.offset <= 0) return inRemainder;
  return {
    block: from.block + inRemainder.block,
    offset: inRemainder.block === 0 ? from.offset + inRemainder.offset : inRemainder.offset,
  };
}

// ── One box ────────────────────────────────────────────────────────────────

/** A box as the page-setting model reads it: its size and setting, and its 转版 links. */
export interface StoryBox {
  kind: ElementKind;
  columnSpan: number;
  heightLines: number;
  textColumnSpan: number;
  headlineSize: HeadlineSize;
  /** 转版: this box continues its story from that point of the text ("（上接第N版）" first). */
  flowStart?: FlowPoint | null;
  /** 转版: the story goes on on page N ("（下转第N版）" last). */
  jumpTo?: number | null;
  /** 转版: the story came from page N. */
  jumpFrom?: number | null;
}

/** The copyfit setting of a box: a photo box gives 60 % of its height to the picture. */
export function boxSetting(box: Pick<StoryBox, "kind" | "columnSpan" | "heightLines" | "textColumnSpan" | "headlineSize">): StoryBoxSetting {
  return {
    columnSpan: box.columnSpan,
    heightLines: box.heightLines,
    textColumnSpan: box.textColumnSpan,
    headlineSize: box.headlineSize,
    pictureLines: box.kind === "photo" ? pictureLinesFor(box.heightLines) : 0,
  };
}

export interface ChainBox {
  setting: StoryBoxSetting;
  grid: GridTemplate;
  /** 转版 note lines in this box: 1 for "（下转第N版）", 1 for "（上接第N版）". */
  jumpLines: number;
}

/** The text one box sets, and where it leaves the box. */
interface SetText {
  /** What the box sets: the whole story, or the remainder from its flow start. */
  text: CopyfitStory;
  blocks: BodyBlock[];
  textColumns: number;
  cpl: number;
  pictureLines: number;
  /** Lines of body in each text column. */
  bodyRows: number;
  /** Text lines that fit beside the jump lines. */
  room: number;
  textLines: number;
  /** The first text line past the room, in `text` (null when all of it fits). */
  lost: FlowPoint | null;
  /** Where the text leaves the box, in `text`: `lost`, or the end when only the jump lines do not fit. */
  leaves: FlowPoint | null;
  /** The box's fit; overflowAt is a point in the whole story. */
  fit: CopyfitResult;
}

function setText(story: CopyfitStory, from: FlowPoint | null, box: ChainBox, flowsOn: boolean): SetText {
  const text = from === null ? story : remainingStory(story, from);
  const { setting, grid, jumpLines } = box;
  const counted = copyfit({ ...text, jumpLines }, setting, grid);
  const { count, cpl } = textColumnsOf(setting, grid);
  const pictureLines = Math.max(0, Math.floor(setting.pictureLines ?? 0));
  const bodyRows = Math.max(0, Math.floor(setting.heightLines) - counted.headLines - pictureLines);
  const capacity = count * bodyRows;
  const lines = bodyLines({ ...text, jumpLines: 0 }, cpl);
  const room = Math.max(0, capacity - jumpLines);
  const first = lines[room];
  const lost = first ? { block: first.block, offset: first.offset } : null;
  const leaves = lost ?? (lines.length + jumpLines > capacity ? endOfText(text) : null);
  let fit: CopyfitResult = { ...counted, overflowAt: leaves && from !== null ? wholeStoryPoint(from, leaves) : leaves };
  // A box whose story flows on is full, not overset — unless its head alone does not fit.
  if (flowsOn && fit.status === "over" && fit.headLines + pictureLines <= fit.linesAvailable) {
    fit = { ...fit, status: "fits", linesNeeded: fit.linesAvailable, overLines: 0, overChars: 0 };
  }
  return { text, blocks: bodyBlocks(text), textColumns: count, cpl, pictureLines, bodyRows, room, textLines: lines.length, lost, leaves, fit };
}

/** A piece of one body block as a box sets it. */
export interface BodyPiece {
  key: string;
  kind: BodyBlock["kind"];
  /** Run-in dateline in front (only at the story's very beginning). */
  dateline: string | null;
  text: string;
  /** 首行缩进 (a paragraph continued from another page is indented too, as the model counts it). */
  indent: boolean;
  /** The piece stops mid-paragraph (the rest flows on): its last line is justified too. */
  cut: boolean;
  /** Where the piece is in the whole story: its block in `bodyBlocks` and the offset its text starts at (proof marks). */
  block: number;
  start: number;
}

/** How a story box is set: what the renderer draws and the fit it marks. */
export interface StorySetting {
  headLines: number;
  pictureLines: number;
  textColumns: number;
  /** Characters per line of a text column. */
  cpl: number;
  /** Lines of body in each text column. */
  bodyRows: number;
  /** A 转版 continuation box: the headline again, no kicker, subheadline or byline. */
  continuation: boolean;
  pieces: BodyPiece[];
  jumpFromNote: string | null;
  jumpToNote: string | null;
  /** Body lines the model sets in this box (text and 转版 notes; more than fit when overset). */
  bodyLines: number;
  fit: CopyfitResult;
  /** The first words that do not fit, for the overset mark. */
  overflowWords: string | null;
}

function ownText(block: BodyBlock): string {
  return block.text.slice(block.prefixLength);
}

function wordsAt(blocks: BodyBlock[], at: FlowPoint, note: string | null): string | null {
  if (at.block >= blocks.length) return note;
  return Array.from(ownText(blocks[at.block]).slice(at.offset)).slice(0, 16).join("") || null;
}

/** The pieces of the body up to `end` (exclusive; null = all of it), as the box sets them. */
function piecesUpTo(blocks: BodyBlock[], dateline: string | null, end: FlowPoint | null, from: FlowPoint | null = null): BodyPiece[] {
  const pieces: BodyPiece[] = [];
  blocks.forEach((block, i) => {
    if (end && (i > end.block || (i === end.block && end.offset <= 0))) return;
    const own = ownText(block);
    const to = end && i === end.block ? end.offset : own.length;
    pieces.push({
      key: String(i),
      kind: block.kind,
      dateline: block.prefixLength > 0 ? dateline : null,
      text: own.slice(0, to),
      indent: block.indent > 0,
      cut: to < own.length,
      block: (from?.block ?? 0) + i,
      start: i === 0 && from ? Math.max(0, from.offset) : 0,
    });
  });
  return pieces;
}

/**
 * How a story box is set: head, body pieces, 转版 notes and the fit.
 * - A plain box sets the whole story; a story marked as continuing gets a "（下转他版）" line.
 * - A continuation box (flowStart) sets `remainingStory` after a "（上接第N版）" line.
 * - A box whose story flows on (jumpTo) holds what fits, ends with "（下转第N版）", and is never overset.
 */
export function setStory(story: StoryText & { continues: boolean }, box: StoryBox, grid: GridTemplate): StorySetting {
  const from = box.flowStart ?? null;
  const continuation = from !== null;
  const flowsOn = box.jumpTo != null;
  const jumpFromNote = continuation ? (box.jumpFrom != null ? `（上接第${box.jumpFrom}版）` : "（上接他版）") : null;
  const jumpToNote = flowsOn ? `（下转第${box.jumpTo}版）` : story.continues && !continuation ? "（下转他版）" : null;
  const jumpLines = (jumpFromNote ? 1 : 0) + (jumpToNote ? 1 : 0);
  const set = setText(copyfitStoryOf(story), from, { setting: boxSetting(box), grid, jumpLines }, flowsOn);
  const end = flowsOn ? set.lost : null;
  return {
    headLines: set.fit.headLines,
    pictureLines: set.pictureLines,
    textColumns: set.textColumns,
    cpl: set.cpl,
    bodyRows: set.bodyRows,
    continuation,
    pieces: piecesUpTo(set.blocks, set.text.dateline?.trim() || null, end, from),
    jumpFromNote,
    jumpToNote,
    bodyLines: (end ? set.room : set.textLines) + jumpLines,
    fit: set.fit,
    overflowWords: set.leaves ? wordsAt(set.blocks, set.leaves, jumpToNote) : null,
  };
}

// ── A chain of boxes ───────────────────────────────────────────────────────

export interface ChainFit {
  /** Where this box's text starts in the whole story; null for the first box (the beginning). */
  flowStart: FlowPoint | null;
  /** The box's fit; overflowAt is a point in the whole story. */
  fit: CopyfitResult;
}

/** Fit a story through its chain of boxes, first box first; the text of each flows into the next. */
export function fitChain(story: CopyfitStory, boxes: ChainBox[]): ChainFit[] {
  let from: FlowPoint | null = null;
  return boxes.map((box, i) => {
    const { fit } = setText(story, from, box, i < boxes.length - 1);
    const result = { flowStart: from, fit };
    from = fit.overflowAt ?? endOfText(story);
    return result;
  });
}
