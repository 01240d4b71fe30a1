/**
 * First layout of a page (DESIGN.md "Editions and pages"): put stories and photo news on the
 * grid around the fixed boxes (ads, masthead strip, footer), in reading order, without overlap.
 *
 * Rules:
 * - Span by kind and length (字数 of body + sidebars):
 *     lead (first story item): 6, else 5 columns;
 *     photo news: 4, else 3 columns — the picture takes 60 % of the box (pictureLinesFor);
 *     other stories: < 400 字 → 2 (or 3); < 1000 字 → 3 (or 2, 4); longer → 4 (or 3, 5).
 *   `preferredSpan` goes first. Every other span is a fallback (1 column only under 400 字).
 * - Height: the fewest whole lines at which copyfit says "fits" (text columns one base column
 *   wide, medium headline — the defaults a stored page element has).
 * - Position: for a given span, the top-most free spot, then the left-most (bottom-left
 *   packing over an occupancy map, so holes between boxes get filled too).
 * - Which span each item gets: a beam search (24 layouts kept per step) over the choices,
 *   ranked by items placed, then empty cells, with 20 cells' cost per step away from the
 *   first choice — so the page packs tight while keeping the preferred widths where it can.
 * - Widths tried: the preferred spans by length, then the widths of the free areas at the
 *   top-most free line of the layout so far that are no wider than the widest preferred span (a
 *   story that fits a gap's width fills it), then any other span. A span at which the story would not fit the page is never tried.
 * - A box is as tall as its text needs at its width: afterwards a box is stretched down only
 *   over a gap of ONE line that another box (or an ad, the footer) closes. Empty space
 *   stays empty for the editor to fill (a short story is never stretched over the page).
 * - An item that fits nowhere goes to `unplaced` with the reason (a message key of
 *   error.setting.*, rendered in the reader's language); the caller may place it by hand.
 */
import type { Message } from "../i18n/translate";
import { storyZi } from "../story-zi";
import { copyfit, pictureLinesFor, type CopyfitResult, type CopyfitStory, type StoryBoxSetting } from "./copyfit";
import { rectInsideGrid, type GridTemplate, type Rect } from "./grid";

export interface PlacementItem {
  id: string;
  kind: "story" | "photo";
  story: CopyfitStory;
  preferredSpan?: number;
}

export interface FixedBox {
  id: string;
  rect: Rect;
  kind: "ad" | "furniture";
}

export interface Placement {
  id: string;
  rect: Rect;
  fit: CopyfitResult;
  /** The box setting the fit was computed with (store it with the element). */
  setting: StoryBoxSetting;
}

export interface AutoPlaceResult {
  placed: Placement[];
  unplaced: { id: string; reason: Message }[];
}

/** Gaps up to this many lines under a box are closed by stretching it ("as tall as its text needs, within one line"). */
export const STRETCH_LINES = 1;

/** Which grid cells are taken. Lines and columns are 1-based as in Rect. */
class Occupancy {
  private constructor(
    private readonly grid: GridTemplate,
    private readonly cells: Uint8Array,
  ) {}

  static empty(grid: GridTemplate): Occupancy {
    return new Occupancy(grid, new Uint8Array((grid.columns + 1) * (grid.linesPerColumn + 1)));
  }

  clone(): Occupancy {
    return new Occupancy(this.grid, this.cells.slice());
  }

  private index(column: number, line: number): number {
    return column * (this.grid.linesPerColumn + 1) + line;
  }

  isFree(column: number, line: number): boolean {
    return this.cells[this.index(column, line)] === 0;
  }

  mark(r: Rect): void {
    const lastColumn = Math.min(this.grid.columns, r.firstColumn + r.columnSpan - 1);
    const bottom = Math.min(this.grid.linesPerColumn, r.topLine + r.heightLines - 1);
    for (let c = Math.max(1, r.firstColumn); c <= lastColumn; c += 1) {
      for (let l = Math.max(1, r.topLine); l <= bottom; l += 1) this.cells[this.index(c, l)] = 1;
    }
  }

  /** Free lines going down from `line` across the whole span (the tallest box that fits there). */
  freeHeight(firstColumn: number, span: number, line: number): number {
    let height = 0;
    while (line + height <= this.grid.linesPerColumn && this.rowFree(firstColumn, span, line + height)) height += 1;
    return height;
  }

  private rowFree(firstColumn: number, span: number, line: number): boolean {
    for (let c = firstColumn; c < firstColumn + span; c += 1) if (!this.isFree(c, line)) return false;
    return true;
  }

  /** Free cells left on the page. */
  freeCells(): number {
    let free = 0;
    for (let c = 1; c <= this.grid.columns; c += 1) for (let l = 1; l <= this.grid.linesPerColumn; l += 1) if (this.isFree(c, l)) free += 1;
    return free;
  }

  /** Free cells with a taken cell somewhere below them in their column: gaps nothing may reach from above. */
  buriedCells(placed: Rect[]): number {
    let buried = 0;
    for (let c = 1; c <= this.grid.columns; c += 1) {
      const lowestTop = Math.max(0, ...placed.filter((r) => c >= r.firstColumn && c < r.firstColumn + r.columnSpan).map((r) => r.topLine));
      for (let l = 1; l < lowestTop; l += 1) if (this.isFree(c, l)) buried += 1;
    }
    return buried;
  }
}

/** Default setting the planner uses (what a new page element stores). */
function settingFor(item: PlacementItem, span: number, height: number): StoryBoxSetting {
  const base: StoryBoxSetting = { columnSpan: span, heightLines: height, textColumnSpan: 1, headlineSize: "medium" };
  return item.kind === "photo" ? { ...base, pictureLines: pictureLinesFor(height) } : base;
}

/** The fewest lines at which the item fits in `span` columns, or null if not within the page. */
export function fittingHeight(item: PlacementItem, span: number, grid: GridTemplate): number | null {
  const textOnly = copyfit(item.story, { ...settingFor(item, span, grid.linesPerColumn), pictureLines: 0 }, grid).linesNeeded;
  if (item.kind !== "photo") return textOnly <= grid.linesPerColumn ? Math.max(1, textOnly) : null;
  // The picture grows with the box (60 %): the smallest h whose non-picture part holds the text.
  for (let h = Math.max(1, textOnly); h <= grid.linesPerColumn; h += 1) {
    if (h - pictureLinesFor(h) >= textOnly) return h;
  }
  return null;
}

interface SpanChoices {
  spans: number[];
  /** How many of `spans` are preferred by kind and length. */
  preferred: number;
}

/** Spans to try, best first: the preferred ones by kind and length, then the rest as fallback. */
export function spanChoices(item: PlacementItem, isLead: boolean, grid: GridTemplate): number[] {
  return rankedSpans(item, isLead, grid).spans;
}

function rankedSpans(item: PlacementItem, isLead: boolean, grid: GridTemplate): SpanChoices {
  const length = storyZi({ body: item.story.paragraphs, sidebars: item.story.sidebars });
  let preferred: number[];
  if (item.kind === "photo") preferred = [4, 3];
  else if (isLead) preferred = [6, 5];
  else if (length < 400) preferred = [2, 3];
  else if (length < 1000) preferred = [3, 2, 4];
  else preferred = [4, 3, 5];
  if (item.preferredSpan) preferred = [item.preferredSpan, ...preferred.filter((s) => s !== item.preferredSpan)];
  const fallback: number[] = [];
  for (let s = 2; s <= grid.columns; s += 1) if (!preferred.includes(s)) fallback.push(s);
  if (length < 400 && !preferred.includes(1)) fallback.push(1);
  const valid = (s: number) => Number.isInteger(s) && s >= 1 && s <= grid.columns;
  return { spans: [...preferred, ...fallback].filter(valid), preferred: preferred.filter(valid).length };
}

/** Widths of the free areas on the top-most line that has free cells: runs of free columns there. */
function freeAreaWidths(occupancy: Occupancy, grid: GridTemplate): number[] {
  for (let line = 1; line <= grid.linesPerColumn; line += 1) {
    const widths: number[] = [];
    let run = 0;
    for (let c = 1; c <= grid.columns + 1; c += 1) {
      if (c <= grid.columns && occupancy.isFree(c, line)) run += 1;
      else if (run > 0) {
        widths.push(run);
        run = 0;
      }
    }
    if (widths.length > 0) return widths;
  }
  return [];
}

/** This layout's spans for the item: preferred by length, then free-area widths, then the rest. */
function spansFor(state: LayoutState, choices: SpanChoices, grid: GridTemplate): number[] {
  // A gap's width is tried when it is no wider than the widest span the story's length suggests: a short
  // story is not spread across the page because the page happens to be open there.
  const widest = Math.max(...choices.spans.slice(0, choices.preferred));
  const free = freeAreaWidths(state.occupancy, grid).filter((w) => choices.spans.includes(w) && w <= widest);
  return [...new Set([...choices.spans.slice(0, choices.preferred), ...free, ...choices.spans])];
}

/** First free rect of this size scanning lines top-down, columns left to right. */
function topLeftSpot(span: number, height: number, occupancy: Occupancy, grid: GridTemplate): Rect | null {
  for (let top = 1; top + height - 1 <= grid.linesPerColumn; top += 1) {
    for (let col = 1; col + span - 1 <= grid.columns; col += 1) {
      if (occupancy.isFree(col, top) && occupancy.freeHeight(col, span, top) >= height) {
        return { firstColumn: col, columnSpan: span, topLine: top, heightLines: height };
      }
    }
  }
  return null;
}

/** One partial layout in the search. */
interface LayoutState {
  occupancy: Occupancy;
  boxes: { item: PlacementItem; rect: Rect }[];
  unplaced: PlacementItem[];
  rankSum: number;
}

// Search weights: an unplaced item outweighs everything; one span-preference step costs as much as
// 20 empty cells (20 lines of one column).
const UNPLACED_COST = 100_000;
const RANK_COST = 20;
const BEAM_WIDTH = 24;

function partialCost(state: LayoutState): number {
  const buried = state.occupancy.buriedCells(state.boxes.map((b) => b.rect));
  return UNPLACED_COST * state.unplaced.length + RANK_COST * state.rankSum + buried;
}

/** The item's next layouts: one per span that has a free spot (top-most, then left-most), or unplaced. */
function expand(state: LayoutState, item: PlacementItem, choices: SpanChoices, heights: Map<number, number | null>, grid: GridTemplate): LayoutState[] {
  const next: LayoutState[] = [];
  spansFor(state, choices, grid).forEach((span, rank) => {
    const height = heights.get(span);
    if (height === null || height === undefined) return;
    const rect = topLeftSpot(span, height, state.occupancy, grid);
    if (!rect) return;
    const occupancy = state.occupancy.clone();
    occupancy.mark(rect);
    next.push({ occupancy, boxes: [...state.boxes, { item, rect }], unplaced: state.unplaced, rankSum: state.rankSum + rank });
  });
  if (next.length === 0) next.push({ ...state, unplaced: [...state.unplaced, item] });
  return next;
}

/** Stretch every box down over the empty lines right below it (bottom-most boxes first). */
function stretchBoxes(state: LayoutState, grid: GridTemplate): { boxes: LayoutState["boxes"]; stretchedCells: number; freeCells: number } {
  const occupancy = state.occupancy.clone();
  const boxes = state.boxes.map((b) => ({ ...b }));
  const bottomFirst = [...boxes].sort((a, b) => b.rect.topLine + b.rect.heightLines - (a.rect.topLine + a.rect.heightLines));
  let stretchedCells = 0;
  for (const box of bottomFirst) {
    const below = box.rect.topLine + box.rect.heightLines;
    const extra = below <= grid.linesPerColumn ? occupancy.freeHeight(box.rect.firstColumn, box.rect.columnSpan, below) : 0;
    // Only close a gap of one line: a box stays as tall as its text needs (within one line), and
    // open space down to the page foot stays free for more copy.
    if (extra === 0 || extra > STRETCH_LINES || below + extra > grid.linesPerColumn) continue;
    box.rect = { ...box.rect, heightLines: box.rect.heightLines + extra };
    occupancy.mark(box.rect);
    stretchedCells += extra * box.rect.columnSpan;
  }
  return { boxes, stretchedCells, freeCells: occupancy.freeCells() };
}

/** Final cost: unplaced items, then empty cells (holes and stretched space), then span preference. */
function finalCost(state: LayoutState, grid: GridTemplate): number {
  const { stretchedCells, freeCells } = stretchBoxes(state, grid);
  return UNPLACED_COST * state.unplaced.length + 2 * freeCells + stretchedCells + RANK_COST * state.rankSum;
}

/** Why an item found no room: its height at the first preferred span against the tallest free area there. */
function unplacedReason(item: PlacementItem, spans: number[], occupancy: Occupancy, grid: GridTemplate): Message {
  // The first span (best first) at which the text fits the page's height at all.
  const span = spans.find((s) => fittingHeight(item, s, grid) !== null);
  if (span === undefined) return { key: "setting.tooLongForPage", params: { columns: grid.columns, lines: grid.linesPerColumn } };
  const height = fittingHeight(item, span, grid)!;
  let tallest = 0;
  for (let col = 1; col + span - 1 <= grid.columns; col += 1) {
    for (let top = 1; top <= grid.linesPerColumn; top += 1) tallest = Math.max(tallest, occupancy.freeHeight(col, span, top));
  }
  return { key: "setting.noRoom", params: { span, height, tallest } };
}

/**
 * Place the items in reading order around the fixed boxes. Each item goes top-most, left-most
 * for its span; which span each item gets is chosen by a small beam search over the span
 * choices, so the page packs well (every item placed if possible, few empty cells).
 */
export function autoPlace(items: PlacementItem[], fixed: FixedBox[], grid: GridTemplate): AutoPlaceResult {
  const start = Occupancy.empty(grid);
  for (const box of fixed) start.mark(box.rect);
  const leadIndex = items.findIndex((i) => i.kind === "story");
  let beam: LayoutState[] = [{ occupancy: start, boxes: [], unplaced: [], rankSum: 0 }];
  items.forEach((item, index) => {
    const choices = rankedSpans(item, index === leadIndex, grid);
    const heights = new Map(choices.spans.map((s) => [s, fittingHeight(item, s, grid)] as const));
    const next = beam.flatMap((state) => expand(state, item, choices, heights, grid));
    beam = next
      .map((state) => ({ state, cost: partialCost(state) }))
      .sort((a, b) => a.cost - b.cost)
      .slice(0, BEAM_WIDTH)
      .map((s) => s.state);
  });
  const best = beam
    .map((state) => ({ state, cost: finalCost(state, grid) }))
    .sort((a, b) => a.cost - b.cost)[0].state;
  const { boxes } = stretchBoxes(best, grid);
  const placed = boxes
    .filter(({ rect }) => rectInsideGrid(rect, grid))
    .map(({ item, rect }) => {
      const setting = settingFor(item, rect.columnSpan, rect.heightLines);
      return { id: item.id, rect, fit: copyfit(item.story, setting, grid), setting };
    });
  const unplaced = best.unplaced.map((item) => ({
    id: item.id,
    reason: unplacedReason(item, spanChoices(item, item === items[leadIndex], grid), best.occupancy, grid),
  }));
  return { placed, unplaced };
}
