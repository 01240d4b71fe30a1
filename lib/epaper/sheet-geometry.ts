/**
 * Where a box of the page grid lies on the printed sheet, as fractions of the sheet: the e-paper's hot
 * areas over the page picture. The picture is the press sheet (app/epaper/[date]/[page]/sheet), drawn like
 * the proof: 390 × 540 mm, the type area from 20 mm left and 18 mm top, one unit (a body 字) 350 mm ÷ 111,
 * a base column 13 units and a gutter 1, a line 1.554 units (components/newspaper-page.tsx).
 */
import type { GridTemplate, Rect } from "../copyfit/grid";

export const SHEET_MM = { width: 390, height: 540, left: 20, top: 18 } as const;
const UNIT_MM = 350 / 111;
const LINE_UNITS = 1.554;

/** Percentages of the sheet's width and height (two decimals), for `left/top/width/height: …%`. */
export interface HotArea {
  left: number;
  top: number;
  width: number;
  height: number;
}

const pct = (mm: number, of: number) => Math.round((mm / of) * 10_000) / 100;

export function hotAreaOf(grid: GridTemplate, rect: Rect): HotArea {
  const column = grid.charsPerColumn + grid.gutterChars;
  const x = SHEET_MM.left + (rect.firstColumn - 1) * column * UNIT_MM;
  const y = SHEET_MM.top + (rect.topLine - 1) * LINE_UNITS * UNIT_MM;
  const width = (rect.columnSpan * grid.charsPerColumn + (rect.columnSpan - 1) * grid.gutterChars) * UNIT_MM;
  const height = rect.heightLines * LINE_UNITS * UNIT_MM;
  return { left: pct(x, SHEET_MM.width), top: pct(y, SHEET_MM.height), width: pct(width, SHEET_MM.width), height: pct(height, SHEET_MM.height) };
}
