import type { Locator } from "@playwright/test";

/** Where a grid cell of the layout canvas is, relative to the canvas (zoom 9 px a 字: 14 字 a column, 1.554 字 a line, 3 字 margin). */
export function cellPosition(column: number, line: number, unitPx = 9): { x: number; y: number } {
  const pad = 3 * unitPx;
  return { x: pad + (column - 1) * 14 * unitPx + unitPx * 2, y: pad + (line - 1) * 1.554 * unitPx + unitPx * 0.75 };
}

/** The four grid numbers of a layout box, from its data attributes. */
export async function boxRect(box: Locator): Promise<{ firstColumn: number; columnSpan: number; topLine: number; heightLines: number }> {
  const [firstColumn, columnSpan, topLine, heightLines] = await Promise.all(
    ["data-first-column", "data-column-span", "data-top-line", "data-height-lines"].map(async (a) => Number(await box.getAttribute(a))),
  );
  return { firstColumn, columnSpan, topLine, heightLines };
}
