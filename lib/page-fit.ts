/**
 * How full a page's boxes are, in one unit (docs/COPYFIT.md "Copyfit wording" and "Underset"):
 * lines of the box (grid lines, what "需 22 行 / 有 10 行" counts) and 字 at the box's line width.
 * Pure: the layout editor, the page view, the flatplan, the dashboards and the server's submit check
 * all read a box's fit through these functions, so they say the same numbers.
 */
import { textColumnsOf, type CopyfitResult } from "./copyfit/copyfit";
import type { GridTemplate } from "./copyfit/grid";

/** A box short by more than this many lines blocks submit. */
export const UNDERSET_BOX_MAX_LINES = 3;
/** Underset inside the story boxes of a page above this share of the type area blocks submit. */
export const UNDERSET_PAGE_MAX_SHARE = 0.05;

type FitOnly = Pick<CopyfitResult, "status" | "linesNeeded" | "linesAvailable">;
type BoxShape = { columnSpan: number; textColumnSpan?: number | null };

/** Characters a full line of the box holds (all its text columns, without the gaps between them). */
export function boxLineChars(box: BoxShape, grid: GridTemplate): number {
  const { count, cpl } = textColumnsOf({ columnSpan: box.columnSpan, textColumnSpan: box.textColumnSpan ?? 1 }, grid);
  return Math.floor(count * cpl);
}

export interface FitNumbers {
  status: CopyfitResult["status"];
  /** Lines of the box the text needs / the box has. */
  need: number;
  have: number;
  /** Box lines over (status over) or short (status short); 0 otherwise. */
  over: number;
  short: number;
  /** About how many 字 the over or short lines hold, at the box's line width. */
  overChars: number;
  shortChars: number;
}

/** The fit of a box in box lines and 字: 超 = need − have, 缺 = have − need. */
export function fitNumbers(fit: FitOnly, box: BoxShape, grid: GridTemplate): FitNumbers {
  const over = Math.max(0, fit.linesNeeded - fit.linesAvailable);
  const short = fit.status === "short" ? Math.max(0, fit.linesAvailable - fit.linesNeeded) : 0;
  const width = boxLineChars(box, grid);
  return { status: fit.status, need: fit.linesNeeded, have: fit.linesAvailable, over, short, overChars: over * width, shortChars: short * width };
}

/** A message of the catalogue's `fit` namespace: "合适", "超 3 行（约 39 字）", "缺 2 行", "需 22 行 / 有 10 行". */
export type FitWording =
  | { key: "fit.fits" }
  | { key: "fit.over"; values: { n: number; m: number } }
  | { key: "fit.shortLines"; values: { n: number } }
  | { key: "fit.linesNeeded"; values: { need: number; have: number } };

/** The fit of a box as a label (the badge) — one wording everywhere copyfit is shown. */
export function fitLabel(fit: FitOnly, box: BoxShape, grid: GridTemplate): FitWording {
  const n = fitNumbers(fit, box, grid);
  if (n.status === "over") return { key: "fit.over", values: { n: n.over, m: n.overChars } };
  if (n.status === "short") return { key: "fit.shortLines", values: { n: n.short } };
  return { key: "fit.fits" };
}

/** "需 {need} 行 / 有 {have} 行", the same lines the label counts. */
export function fitNeedHave(fit: FitOnly): FitWording {
  return { key: "fit.linesNeeded", values: { need: fit.linesNeeded, have: fit.linesAvailable } };
}

/** A box of a page as the fit summary reads it. */
export interface FitBox {
  /** What the reader calls the box (the story's headline or slug). */
  name: string;
  firstColumn: number;
  topLine: number;
  columnSpan: number;
  heightLines: number;
  textColumnSpan?: number | null;
  fit: FitOnly | null;
}

/** A place on the page where text is over or short: the box, where it is, by how many lines. */
export interface FitPlace {
  box: string;
  firstColumn: number;
  topLine: number;
  lines: number;
  chars: number;
}

export interface PageFitSummary {
  overset: FitPlace[];
  /** Every short box, in reading order (top, then left). */
  underset: FitPlace[];
  /** Short boxes over UNDERSET_BOX_MAX_LINES: each blocks submit. */
  undersetBlocking: FitPlace[];
  /** Box lines over, summed (the flatplan's and the queues' number). */
  oversetLines: number;
  undersetLines: number;
  /** Grid cells (line × column) left empty inside story boxes, and their share of the type area. */
  undersetCells: number;
  undersetShare: number;
  /** True when the underset inside the boxes is above UNDERSET_PAGE_MAX_SHARE of the type area. */
  undersetAreaBlocks: boolean;
  /** Grid cells no box covers at all (开天窗), and their share of the type area. */
  emptyCells: number;
  emptyShare: number;
}

const byPlace = (a: FitPlace, b: FitPlace) => a.topLine - b.topLine || a.firstColumn - b.firstColumn;

/**
 * The page's overset and underset (the rule in docs/COPYFIT.md "Underset"): a box short by more than
 * UNDERSET_BOX_MAX_LINES lines, or underset in the boxes above UNDERSET_PAGE_MAX_SHARE of the type area,
 * blocks submit like overset does. `boxes` are the story/photo boxes with their fit; `covered` every box
 * of the page (ads and furniture too) for the area no box covers.
 */
export function pageFitSummary(boxes: readonly FitBox[], grid: GridTemplate, covered: readonly Pick<FitBox, "firstColumn" | "topLine" | "columnSpan" | "heightLines">[] = boxes): PageFitSummary {
  const overset: FitPlace[] = [];
  const underset: FitPlace[] = [];
  let undersetCells = 0;
  for (const b of boxes) {
    if (!b.fit) continue;
    const n = fitNumbers(b.fit, b, grid);
    const place = { box: b.name, firstColumn: b.firstColumn, topLine: b.topLine };
    if (n.over > 0) overset.push({ ...place, lines: n.over, chars: n.overChars });
    if (n.short > 0) {
      underset.push({ ...place, lines: n.short, chars: n.shortChars });
      undersetCells += n.short * Math.max(1, b.columnSpan);
    }
  }
  overset.sort(byPlace);
  underset.sort(byPlace);
  const typeArea = Math.max(1, grid.columns * grid.linesPerColumn);
  const emptyCells = typeArea - coveredCells(covered, grid);
  const undersetShare = undersetCells / typeArea;
  return {
    overset,
    underset,
    undersetBlocking: underset.filter((p) => p.lines > UNDERSET_BOX_MAX_LINES),
    oversetLines: overset.reduce((s, p) => s + p.lines, 0),
    undersetLines: underset.reduce((s, p) => s + p.lines, 0),
    undersetCells,
    undersetShare,
    undersetAreaBlocks: undersetShare > UNDERSET_PAGE_MAX_SHARE,
    emptyCells,
    emptyShare: emptyCells / typeArea,
  };
}

/** Cells of the grid under at least one box (boxes may lie partly outside; overlaps count once). */
function coveredCells(boxes: readonly Pick<FitBox, "firstColumn" | "topLine" | "columnSpan" | "heightLines">[], grid: GridTemplate): number {
  const cells = new Set<number>();
  for (const b of boxes) {
    for (let c = Math.max(1, b.firstColumn); c < b.firstColumn + b.columnSpan && c <= grid.columns; c++) {
      for (let l = Math.max(1, b.topLine); l < b.topLine + b.heightLines && l <= grid.linesPerColumn; l++) cells.add((c - 1) * grid.linesPerColumn + l);
    }
  }
  return cells.size;
}

/** A share as a percent with one decimal, for messages (0.054 → 5.4). */
export function percentOf(share: number): number {
  return Math.round(share * 1000) / 10;
}
