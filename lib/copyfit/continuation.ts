/**
 * 转版 (DESIGN.md "Editions and pages"): a story too long for one box continues in a box on another
 * page. The boxes form a chain; the text flows from each box into the next one.
 *
 * A point in the text (`FlowPoint`) is the shape of `CopyfitResult.overflowAt`: a block index into
 * `bodyBlocks(story)` of the WHOLE story and a UTF-16 offset into that block's own text.
 *
 * What a continuation box sets (`remainingStory`):
 * - the headline again (接版标题, in the continuation box's own headline size); no 引题, 副题, byline;
 * - the text from the flow point on; the dateline only when nothing of the body was set before;
 * - a paragraph cut mid-way goes on as a paragraph of its own (counted with the 2-字 indent, so the
 *   count is conservative by at most one line);
 * - when the cut falls inside a sidebar, that sidebar's remaining paragraphs are set as plain
 *   paragraphs (its title was already set) and the later sidebars follow as sidebars.
 * Block i of the remainder is block `from.paragraph + i` of the whole story, so points convert back
 * with `wholeStoryPoint`.
 *
 * Jump lines ("（下转第N版）" at the foot of a box, "（上接第N版）" at its top) are the caller's: pass
 * them per box in `fitChain`. They are set whatever happens to the text, so the text gets the box
 * minus those lines, and `overflowAt` is the first text line that does not fit in what is left
 * (copyfit alone counts jump lines after the text, which is one line late for an overflowing box).
 * A box that has a continuation is never overset: what does not fit flows on (its overflowAt still
 * says where the text leaves it). Only the last box of a chain can be "over".
 */
import { bodyBlocks, bodyLines, copyfit, textColumnsOf, type CopyfitResult, type CopyfitStory, type StoryBoxSetting } from "./copyfit";
import type { GridTemplate } from "./grid";

export type FlowPoint = NonNullable<CopyfitResult["overflowAt"]>;

/** The point past the last block: nothing left to set. */
export function endOfText(story: CopyfitStory): FlowPoint {
  return { paragraph: bodyBlocks(story).length, offset: 0 };
}

/** The part of the story still to be set from `from` on, as a continuation box sets it. */
export function remainingStory(story: CopyfitStory, from: FlowPoint): CopyfitStory {
  const head = { kicker: null, headline: story.headline, subheadline: null, bylineLines: 0, jumpLines: 0 };
  const offset = Math.max(0, from.offset);
  const blocks = bodyBlocks(story);
  const mainCount = blocks.filter((b) => b.kind === "paragraph").length;
  if (from.paragraph <= 0 && offset === 0) return { ...story, ...head };
  if (from.paragraph < mainCount) {
    const first = (story.paragraphs[from.paragraph] ?? "").slice(offset);
    return { ...head, dateline: null, paragraphs: [first, ...story.paragraphs.slice(from.paragraph + 1)], sidebars: story.sidebars };
  }
  let block = mainCount;
  for (let s = 0; s < story.sidebars.length; s += 1) {
    const sidebar = story.sidebars[s];
    const later = story.sidebars.slice(s + 1);
    if (from.paragraph === block) {
      return { ...head, dateline: null, paragraphs: [], sidebars: [{ title: sidebar.title.slice(offset), paragraphs: sidebar.paragraphs }, ...later] };
    }
    block += 1;
    const j = from.paragraph - block;
    if (j < sidebar.paragraphs.length) {
      return { ...head, dateline: null, paragraphs: [sidebar.paragraphs[j].slice(offset), ...sidebar.paragraphs.slice(j + 1)], sidebars: later };
    }
    block += sidebar.paragraphs.length;
  }
  return { ...head, dateline: null, paragraphs: [], sidebars: [] };
}

/** A point in `remainingStory(story, from)` as a point in the whole story. */
export function wholeStoryPoint(from: FlowPoint, inRemainder: FlowPoint): FlowPoint {
  if (from.paragraph <= 0 && from.offset <= 0) return inRemainder;
  return {
    paragraph: from.paragraph + inRemainder.paragraph,
    offset: inRemainder.paragraph === 0 ? from.offset + inRemainder.offset : inRemainder.offset,
  };
}

export interface ChainBox {
  setting: StoryBoxSetting;
  grid: GridTemplate;
  /** 转版 note lines in this box: 1 for "（下转第N版）", 1 for "（上接第N版）". */
  jumpLines: number;
}

export interface ChainFit {
  /** Where this box's text starts in the whole story; null for the first box (the beginning). */
  flowStart: FlowPoint | null;
  /** The box's fit; overflowAt is a point in the whole story. */
  fit: CopyfitResult;
}

/** The first text line that does not fit beside the box's jump lines (end of text when only they do not fit). */
function textOverflow(text: CopyfitStory, box: ChainBox, headLines: number): FlowPoint | null {
  const { count, cpl } = textColumnsOf(box.setting, box.grid);
  const above = headLines + Math.max(0, Math.floor(box.setting.pictureLines ?? 0));
  const capacity = count * Math.max(0, Math.floor(box.setting.heightLines) - above);
  const lines = bodyLines({ ...text, jumpLines: 0 }, cpl);
  const lost = lines[Math.max(0, capacity - box.jumpLines)];
  if (lost) return { paragraph: lost.block, offset: lost.offset };
  return lines.length + box.jumpLines > capacity ? endOfText(text) : null;
}

/** A box with a continuation is full, not overset — unless its head alone does not fit. */
function flowsOn(fit: CopyfitResult, setting: StoryBoxSetting): CopyfitResult {
  if (fit.status !== "over" || fit.headLines + (setting.pictureLines ?? 0) > fit.linesAvailable) return fit;
  return { ...fit, status: "fits", linesNeeded: fit.linesAvailable, overLines: 0, overChars: 0 };
}

/** Fit a story through its chain of boxes, first box first; the text of each flows into the next. */
export function fitChain(story: CopyfitStory, boxes: ChainBox[]): ChainFit[] {
  const fits: ChainFit[] = [];
  let from: FlowPoint | null = null;
  boxes.forEach((box, i) => {
    const text: CopyfitStory = from === null ? story : remainingStory(story, from);
    const fit = copyfit({ ...text, jumpLines: box.jumpLines }, box.setting, box.grid);
    const lost = textOverflow(text, box, fit.headLines);
    const overflowAt: FlowPoint | null = lost && from !== null ? wholeStoryPoint(from, lost) : lost;
    const whole = { ...fit, overflowAt };
    fits.push({ flowStart: from, fit: i < boxes.length - 1 ? flowsOn(whole, box.setting) : whole });
    from = overflowAt ?? endOfText(story);
  });
  return fits;
}
