import { eq, inArray } from "drizzle-orm";
import type { CopyfitResult, FlowPoint } from "@/lib/copyfit/copyfit";
import { boxSetting, fitChain, type ChainBox } from "@/lib/copyfit/set-story";
import type { GridTemplate } from "@/lib/copyfit/grid";
import type { DbOrTx } from "../client";
import { pageElements, pages, type Page, type PageElement } from "../schema";
import type { StoryDetail } from "./stories";
import { copyfitStoryOf } from "@/lib/copyfit/story-input";

/** How one box on a page is filled: its fit, where its text starts, and its 转版 links as page numbers. */
export interface ElementFit {
  fit: CopyfitResult | null;
  /** Where a continued box's text starts, in the whole story's body blocks; null = from the beginning. */
  flowStart: FlowPoint | null;
  /** Page number of the box this one continues on ("（下转第N版）"). */
  jumpTo: number | null;
  /** Page number of the box this one continues from ("（上接第N版）"). */
  jumpFrom: number | null;
}

export function gridOf(page: Pick<Page, "gridColumns" | "charsPerColumn" | "gutterChars" | "linesPerColumn">): GridTemplate {
  return { columns: page.gridColumns, charsPerColumn: page.charsPerColumn, gutterChars: page.gutterChars, linesPerColumn: page.linesPerColumn };
}

type LinkedBox = PageElement & { pageNumber: number; grid: GridTemplate };

const TEXT_KINDS = ["story", "photo"] as const;

/** Every story/photo box of these stories, on any page, with its page's number and grid. */
export function boxesOfStories(db: DbOrTx, storyIds: number[]): Map<number, LinkedBox> {
  if (storyIds.length === 0) return new Map();
  const rows = db
    .select({ el: pageElements, page: pages })
    .from(pageElements)
    .innerJoin(pages, eq(pages.id, pageElements.pageId))
    .where(inArray(pageElements.storyId, storyIds))
    .all();
  return new Map(
    rows.filter(({ el }) => (TEXT_KINDS as readonly string[]).includes(el.kind)).map(({ el, page }) => [el.id, { ...el, pageNumber: page.number, grid: gridOf(page) }]),
  );
}

/** The chain a box belongs to (first box first): back along continuedFrom, then forward along its successors. */
function chainOf(box: LinkedBox, boxes: Map<number, LinkedBox>, successors: Map<number, LinkedBox>): LinkedBox[] {
  const seen = new Set<number>([box.id]);
  let root = box;
  for (let prev = boxes.get(root.continuedFromElementId ?? -1); prev && prev.storyId === box.storyId && !seen.has(prev.id); prev = boxes.get(prev.continuedFromElementId ?? -1)) {
    seen.add(prev.id);
    root = prev;
  }
  const chain = [root];
  const visited = new Set<number>([root.id]);
  for (let next = successors.get(root.id); next && !visited.has(next.id); next = successors.get(next.id)) {
    visited.add(next.id);
    chain.push(next);
  }
  return chain;
}

/**
 * The fit of every box on a page, run through the same pure copyfit the editor runs in the browser.
 * A continued box (转版) gets the text its predecessor could not hold; a box with a continuation
 * (or a story marked as continuing) carries one "（下转第N版）" line, a continued box one "（上接第N版）" line.
 */
export function fitPageElements(
  db: DbOrTx,
  elements: PageElement[],
  stories: Map<number, StoryDetail>,
  /** The boxes of (at least) these stories on every page, when the caller has read them already. */
  storyBoxes?: Map<number, LinkedBox>,
): Map<number, ElementFit> {
  const result = new Map<number, ElementFit>();
  const textBoxes = elements.filter((e) => e.storyId !== null && stories.has(e.storyId) && (TEXT_KINDS as readonly string[]).includes(e.kind));
  const pageStoryIds = new Set(textBoxes.map((e) => e.storyId!));
  const boxes = storyBoxes
    ? new Map([...storyBoxes].filter(([, b]) => pageStoryIds.has(b.storyId!)))
    : boxesOfStories(db, [...pageStoryIds]);
  const successors = new Map<number, LinkedBox>();
  for (const b of [...boxes.values()].sort((x, y) => x.id - y.id)) {
    const source = b.continuedFromElementId === null ? undefined : boxes.get(b.continuedFromElementId);
    if (source && source.storyId === b.storyId && !successors.has(source.id)) successors.set(source.id, b);
  }
  const chainFits = new Map<number, ElementFit>();
  for (const el of textBoxes) {
    if (chainFits.has(el.id)) continue;
    const box = boxes.get(el.id);
    if (!box) continue;
    const story = stories.get(el.storyId!)!;
    const chain = chainOf(box, boxes, successors);
    const chainBoxes: ChainBox[] = chain.map((b, i) => {
      const continues = successors.has(b.id) || (i === 0 && chain.length === 1 && story.continues);
      return {
        setting: boxSetting(b),
        grid: b.grid,
        jumpLines: (continues ? 1 : 0) + (i > 0 ? 1 : 0),
      };
    });
    fitChain(copyfitStoryOf(story), chainBoxes).forEach((f, i) => {
      const b = chain[i];
      chainFits.set(b.id, {
        fit: f.fit,
        flowStart: f.flowStart,
        jumpTo: successors.get(b.id)?.pageNumber ?? null,
        jumpFrom: i > 0 ? chain[i - 1].pageNumber : null,
      });
    });
  }
  for (const el of elements) result.set(el.id, chainFits.get(el.id) ?? { fit: null, flowStart: null, jumpTo: null, jumpFrom: null });
  return result;
}
