import { describe, expect, it } from "vitest";
import { BROADSHEET_GRID, charsPerLine, findOverlaps, rectInsideGrid, rectsOverlap, type Rect } from "./grid";

const rect = (firstColumn: number, columnSpan: number, topLine: number, heightLines: number): Rect => ({ firstColumn, columnSpan, topLine, heightLines });

describe("charsPerLine", () => {
  it("is 13k + (k − 1) on the broadsheet grid", () => {
    expect(charsPerLine(1, BROADSHEET_GRID)).toBe(13);
    expect(charsPerLine(2, BROADSHEET_GRID)).toBe(27);
    expect(charsPerLine(3, BROADSHEET_GRID)).toBe(41);
    expect(charsPerLine(8, BROADSHEET_GRID)).toBe(111);
  });

  it("follows the template", () => {
    expect(charsPerLine(3, { columns: 6, charsPerColumn: 11, gutterChars: 2, linesPerColumn: 80 })).toBe(37);
  });
});

describe("rectInsideGrid", () => {
  it("accepts boxes on the page, edges included", () => {
    expect(rectInsideGrid(rect(1, 8, 1, 100), BROADSHEET_GRID)).toBe(true);
    expect(rectInsideGrid(rect(7, 2, 90, 11), BROADSHEET_GRID)).toBe(true);
  });

  it("rejects boxes that leave the page, are empty or not whole numbers", () => {
    expect(rectInsideGrid(rect(8, 2, 1, 10), BROADSHEET_GRID)).toBe(false); // column 9
    expect(rectInsideGrid(rect(1, 1, 95, 7), BROADSHEET_GRID)).toBe(false); // line 101
    expect(rectInsideGrid(rect(0, 2, 1, 10), BROADSHEET_GRID)).toBe(false);
    expect(rectInsideGrid(rect(1, 2, 0, 10), BROADSHEET_GRID)).toBe(false);
    expect(rectInsideGrid(rect(1, 0, 1, 10), BROADSHEET_GRID)).toBe(false);
    expect(rectInsideGrid(rect(1, 2, 1, 0), BROADSHEET_GRID)).toBe(false);
    expect(rectInsideGrid(rect(1, 1.5, 1, 10), BROADSHEET_GRID)).toBe(false);
  });
});

describe("rectsOverlap", () => {
  it("sees shared cells", () => {
    expect(rectsOverlap(rect(1, 3, 1, 10), rect(3, 2, 10, 5))).toBe(true); // corner cell (3, 10)
    expect(rectsOverlap(rect(1, 8, 1, 50), rect(4, 1, 20, 1))).toBe(true); // containment
  });

  it("lets boxes touch without overlapping", () => {
    expect(rectsOverlap(rect(1, 3, 1, 10), rect(4, 2, 1, 10))).toBe(false); // side by side
    expect(rectsOverlap(rect(1, 3, 1, 10), rect(1, 3, 11, 10))).toBe(false); // stacked
  });
});

describe("findOverlaps", () => {
  it("lists each overlapping pair once", () => {
    const boxes = [
      { id: "lead", rect: rect(1, 6, 5, 30) },
      { id: "ad", rect: rect(5, 4, 83, 14) },
      { id: "brief", rect: rect(6, 3, 30, 10) },
      { id: "photo", rect: rect(7, 2, 5, 20) },
    ];
    expect(findOverlaps(boxes)).toEqual([["lead", "brief"]]);
    expect(findOverlaps([])).toEqual([]);
  });
});
