/**
 * The layout as the layout editor holds it while someone works on it: a list of boxes with local
 * keys, checked against the grid and each other before any change is accepted, and laid again onto
 * a newer server layout after a stale save (`reapplyChanges`) so no change is lost silently. Pure:
 * the editor (components/layout-editor) and its hooks drive it.
 */
import { fittingHeight, spanChoices, type PlacementItem } from "./copyfit/auto-place";
import { rectInsideGrid, rectsOverlap, type GridTemplate, type Rect } from "./copyfit/grid";
import { setStory } from "./copyfit/set-story";
import { copyfitStoryOf } from "./copyfit/story-input";
import type { SheetElement, SheetStory } from "./page-sheet";

/** A story as a box needs it (text for the copyfit) plus what the side list shows. */
export type BoxStory = SheetStory & { slug: string; status: string; kind: string; length: number; version?: number };

export interface DraftElement extends SheetElement {
  /** Local key: stays the same across saves (new boxes get a server id only when saved). */
  id: string;
  serverId: number | null;
  storyId: number | null;
  locked: boolean;
  continuedFromElementId: number | null;
  story: BoxStory | null;
}

export function rectOf(el: Rect): Rect {
  return { firstColumn: el.firstColumn, columnSpan: el.columnSpan, topLine: el.topLine, heightLines: el.heightLines };
}

export function sameRect(a: Rect, b: Rect): boolean {
  return a.firstColumn === b.firstColumn && a.columnSpan === b.columnSpan && a.topLine === b.topLine && a.heightLines === b.heightLines;
}

/** A box as the server answers it (GET /api/pages/:id `elements`). */
export type ServerElement = Omit<DraftElement, "id" | "serverId"> & { id: number };

export function fromServer(el: ServerElement): DraftElement {
  return {
    id: `s${el.id}`,
    serverId: el.id,
    kind: el.kind,
    storyId: el.storyId,
    firstColumn: el.firstColumn,
    columnSpan: el.columnSpan,
    topLine: el.topLine,
    heightLines: el.heightLines,
    textColumnSpan: el.textColumnSpan,
    headlineSize: el.headlineSize,
    locked: el.locked,
    text: el.text,
    label: el.label,
    caption: el.caption,
    continuedFromElementId: el.continuedFromElementId,
    flowStart: el.flowStart,
    jumpTo: el.jumpTo,
    jumpFrom: el.jumpFrom,
    story: el.story,
  };
}

/** What a person calls a box: the headline, the caption, or its kind. */
export function boxName(el: DraftElement, kindNames: Record<DraftElement["kind"] | "masthead" | "footer", string>, continued: (headline: string) => string): string {
  if (el.story) {
    const headline = el.story.headline ?? el.story.slug;
    return el.continuedFromElementId !== null ? continued(headline) : headline;
  }
  if (el.kind === "photo") return el.caption?.trim() || kindNames.photo;
  if (el.kind === "ad") return `${kindNames.ad}${el.text ? `：${el.text.split("\n")[0]}` : ""}`;
  return el.label === "masthead" ? kindNames.masthead : el.label === "footer" ? kindNames.footer : kindNames.furniture;
}

export type PlacementCheck = { ok: true } | { ok: false; reason: "outside" } | { ok: false; reason: "overlap"; other: DraftElement };

/** May a box (key) take this rect? Inside the grid and over no other box. */
export function checkPlacement(elements: readonly DraftElement[], key: string | null, rect: Rect, grid: GridTemplate): PlacementCheck {
  if (!rectInsideGrid(rect, grid)) return { ok: false, reason: "outside" };
  const other = elements.find((e) => e.id !== key && rectsOverlap(e, rect));
  return other ? { ok: false, reason: "overlap", other } : { ok: true };
}

/** Free lines straight down from `topLine` across the span (0 when the first line is taken). */
export function freeLinesBelow(elements: readonly DraftElement[], firstColumn: number, columnSpan: number, topLine: number, grid: GridTemplate, key: string | null = null): number {
  let height = 0;
  while (topLine + height <= grid.linesPerColumn) {
    const row: Rect = { firstColumn, columnSpan, topLine: topLine + height, heightLines: 1 };
    if (elements.some((e) => e.id !== key && rectsOverlap(e, row))) break;
    height += 1;
  }
  return height;
}

function placementItem(story: BoxStory): PlacementItem {
  return { id: String(story.id), kind: story.kind === "photo" ? "photo" : "story", story: copyfitStoryOf(story) };
}

/** Spans to try for a story: the planner's preferred widths first, then any other. */
export function spansFor(story: BoxStory, grid: GridTemplate): number[] {
  const choices = spanChoices(placementItem(story), false, grid);
  const rest: number[] = [];
  for (let s = grid.columns; s >= 1; s -= 1) if (!choices.includes(s)) rest.push(s);
  return [...choices, ...rest];
}

/** The fewest lines at which the story fits `span` columns (copyfit), or the page height. */
export function initialHeight(story: BoxStory, span: number, grid: GridTemplate): number {
  return fittingHeight(placementItem(story), span, grid) ?? grid.linesPerColumn;
}

/**
 * Where a dropped story goes: at the grid cell under the pointer, in the first preferred span whose
 * top line is free there (shifted left to stay on the page), as tall as copyfit wants or as the free
 * space below allows (then it shows its overset). Null when the cell is taken.
 */
export function dropRect(elements: readonly DraftElement[], story: BoxStory, at: { column: number; line: number }, grid: GridTemplate): Rect | null {
  for (const span of spansFor(story, grid)) {
    const firstColumn = Math.max(1, Math.min(at.column, grid.columns - span + 1));
    if (at.column < firstColumn || at.column > firstColumn + span - 1) continue;
    const free = freeLinesBelow(elements, firstColumn, span, at.line, grid);
    if (free < 1) continue;
    return { firstColumn, columnSpan: span, topLine: at.line, heightLines: Math.min(initialHeight(story, span, grid), free) };
  }
  return null;
}

/** The top-most, then left-most spot of this size, or null. */
export function firstFreeSpot(elements: readonly DraftElement[], span: number, height: number, grid: GridTemplate): Rect | null {
  for (let top = 1; top + height - 1 <= grid.linesPerColumn; top += 1) {
    for (let col = 1; col + span - 1 <= grid.columns; col += 1) {
      const rect = { firstColumn: col, columnSpan: span, topLine: top, heightLines: height };
      if (checkPlacement(elements, null, rect, grid).ok) return rect;
    }
  }
  return null;
}

/**
 * Where "place" (keyboard) puts a story: the first spot where it fits in a preferred span; failing
 * that, the tallest free spot in any span (it will show its overset). Null when the page is full.
 */
export function placeRect(elements: readonly DraftElement[], story: BoxStory, grid: GridTemplate): Rect | null {
  const spans = spansFor(story, grid);
  for (const span of spans.slice(0, 3)) {
    const spot = firstFreeSpot(elements, span, initialHeight(story, span, grid), grid);
    if (spot) return spot;
  }
  let best: Rect | null = null;
  for (const span of spans) {
    for (let top = 1; top <= grid.linesPerColumn; top += 1) {
      for (let col = 1; col + span - 1 <= grid.columns; col += 1) {
        const free = freeLinesBelow(elements, col, span, top, grid);
        if (free > (best?.heightLines ?? 3)) best = { firstColumn: col, columnSpan: span, topLine: top, heightLines: Math.min(free, initialHeight(story, span, grid)) };
      }
    }
    if (best) return best;
  }
  return best;
}

/** Text columns must divide the box: a span change that breaks that goes back to one per base column. */
export function withSpan(el: DraftElement, rect: Rect): DraftElement {
  const textColumnSpan = rect.columnSpan % el.textColumnSpan === 0 ? el.textColumnSpan : 1;
  return { ...el, ...rect, textColumnSpan };
}

function sameBox(a: DraftElement, b: DraftElement): boolean {
  return (
    sameRect(a, b) &&
    a.kind === b.kind &&
    a.storyId === b.storyId &&
    a.textColumnSpan === b.textColumnSpan &&
    a.headlineSize === b.headlineSize &&
    a.locked === b.locked &&
    a.caption === b.caption &&
    a.text === b.text &&
    a.label === b.label &&
    a.continuedFromElementId === b.continuedFromElementId
  );
}

/**
 * "Reload and reapply": the editor's changes since `base` (boxes added, removed, changed) laid onto
 * `theirs`, the page as it is now. A change that no longer fits (overlap, a box they removed, a story
 * they placed too) is left out and named in `dropped`.
 */
export function reapplyChanges(
  base: readonly DraftElement[],
  mine: readonly DraftElement[],
  theirs: readonly DraftElement[],
  grid: GridTemplate,
  name: (el: DraftElement) => string,
): { elements: DraftElement[]; dropped: string[] } {
  const baseById = new Map(base.flatMap((e) => (e.serverId === null ? [] : [[e.serverId, e] as const])));
  const mineById = new Map(mine.flatMap((e) => (e.serverId === null ? [] : [[e.serverId, e] as const])));
  const dropped: string[] = [];
  let result = theirs.filter((e) => e.serverId === null || !baseById.has(e.serverId) || mineById.has(e.serverId));
  for (const el of mine) {
    const before = el.serverId === null ? undefined : baseById.get(el.serverId);
    if (!before) {
      // Added by me.
      const taken = el.storyId !== null && result.some((e) => e.storyId === el.storyId);
      if (taken || !checkPlacement(result, null, el, grid).ok) dropped.push(name(el));
      else result = [...result, { ...el, serverId: null, id: `n${el.id}` }];
    } else if (!sameBox(before, el)) {
      const current = result.find((e) => e.serverId === el.serverId);
      if (!current) {
        dropped.push(name(el));
        continue;
      }
      const next = { ...current, ...el, id: current.id };
      const others = result.filter((e) => e !== current);
      if (checkPlacement(others, null, next, grid).ok) result = result.map((e) => (e === current ? next : e));
      else dropped.push(name(el));
    }
  }
  return { elements: result, dropped };
}

/** After a save: the server ids of boxes that had none (matched by where they sit: boxes never overlap). */
export function serverIdsFor<S extends Pick<ServerElement, "id" | "firstColumn" | "topLine" | "kind">>(local: readonly DraftElement[], saved: readonly S[]): Map<string, S> {
  const map = new Map<string, S>();
  for (const el of local) {
    const match = saved.find((s) => (el.serverId !== null ? s.id === el.serverId : s.firstColumn === el.firstColumn && s.topLine === el.topLine && s.kind === el.kind));
    if (match) map.set(el.id, match);
  }
  return map;
}

/** The fewest lines at which a box of this setting says it fits (or the page height), by copyfit as the page draws it. */
export function fittingHeightOf(el: DraftElement, grid: GridTemplate): number {
  for (let h = 1; h <= grid.linesPerColumn; h += 1) {
    if (el.story && setStory(el.story, { ...el, heightLines: h }, grid).fit.status !== "over") return h;
  }
  return grid.linesPerColumn;
}
