/**
 * The page grid (DESIGN.md "Editions and pages"): base columns of body characters separated
 * by gutters, and lines counted down each column. Rectangles are in grid units, 1-based.
 */

export interface GridTemplate {
  columns: number;
  charsPerColumn: number;
  gutterChars: number;
  linesPerColumn: number;
}

/** 对开 broadsheet: 8 columns × 13 字 (小五), 1-字 gutter, 100 lines. */
export const BROADSHEET_GRID: GridTemplate = { columns: 8, charsPerColumn: 13, gutterChars: 1, linesPerColumn: 100 };

/** Characters per line of a block set across `span` base columns: 13k + (k − 1) with the default grid. */
export function charsPerLine(span: number, grid: GridTemplate): number {
  const k = Math.max(1, Math.floor(span));
  return grid.charsPerColumn * k + grid.gutterChars * (k - 1);
}

/** A box on the grid: first column 1..columns, top line 1..linesPerColumn, both 1-based. */
export interface Rect {
  firstColumn: number;
  columnSpan: number;
  topLine: number;
  heightLines: number;
}

/** Last column and last line a rect covers (inclusive). */
export function rectEnd(r: Rect): { lastColumn: number; bottomLine: number } {
  return { lastColumn: r.firstColumn + r.columnSpan - 1, bottomLine: r.topLine + r.heightLines - 1 };
}

/** Whole-number, non-empty and entirely on the page. */
export function rectInsideGrid(r: Rect, grid: GridTemplate): boolean {
  const values = [r.firstColumn, r.columnSpan, r.topLine, r.heightLines];
  if (!values.every(Number.isInteger)) return false;
  if (r.columnSpan < 1 || r.heightLines < 1 || r.firstColumn < 1 || r.topLine < 1) return false;
  const { lastColumn, bottomLine } = rectEnd(r);
  return lastColumn <= grid.columns && bottomLine <= grid.linesPerColumn;
}

/** Do two rects share at least one grid cell? Touching edges do not overlap. */
export function rectsOverlap(a: Rect, b: Rect): boolean {
  const ea = rectEnd(a);
  const eb = rectEnd(b);
  const columnsMeet = a.firstColumn <= eb.lastColumn && b.firstColumn <= ea.lastColumn;
  const linesMeet = a.topLine <= eb.bottomLine && b.topLine <= ea.bottomLine;
  return columnsMeet && linesMeet;
}

/** Every overlapping pair of boxes, each pair once, in input order. */
export function findOverlaps(rects: { id: string; rect: Rect }[]): [string, string][] {
  const pairs: [string, string][] = [];
  for (let i = 0; i < rects.length; i += 1) {
    for (let j = i + 1; j < rects.length; j += 1) {
      if (rectsOverlap(rects[i].rect, rects[j].rect)) pairs.push([rects[i].id, rects[j].id]);
    }
  }
  return pairs;
}
