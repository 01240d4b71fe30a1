import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { breakParagraph } from "./break-lines";
import { DECK_TYPE, HEAD_LEADING, HEADLINE_TYPE, LINE_PITCH, headElementGridLines, headElementText, type HeadType } from "./copyfit";

interface Recorded {
  chromium: string;
  cases: { text: string; cpl: number; indent: number; lines: string[] }[];
}

// Lines as Chromium drew them (recorded by __fixtures__/record-chromium-lines.ts): the seed page's
// blocks at 13 and 27 字 a line, and 240 generated paragraphs mixing punctuation, numbers and Latin.
const recorded = JSON.parse(readFileSync(path.resolve(import.meta.dirname, "__fixtures__/chromium-lines.json"), "utf8")) as Recorded;

describe(`line breaks agree with Chromium ${recorded.chromium}`, () => {
  it("has recorded cases", () => {
    expect(recorded.cases.length).toBeGreaterThan(300);
  });

  it("breaks every recorded paragraph exactly where Chromium did", () => {
    const differing = recorded.cases
      .map((c) => ({ ...c, model: breakParagraph(c.text, c.cpl, { indent: c.indent }) }))
      .filter((c) => JSON.stringify(c.model) !== JSON.stringify(c.lines))
      .map((c) => ({ text: c.text, cpl: c.cpl, chromium: c.lines, model: c.model }));
    expect(differing).toEqual([]);
  });
});

interface RecordedHeads {
  chromium: string;
  unitPx: number;
  cases: { text: string; type: string; boxChars: number; model: string[]; drawn: { lines: string[]; widths: number[]; height: number } }[];
}

// The seed page's 主题 and 引题 in every head type at spans 1–8, drawn by Chromium as the renderer sets them
// (one unbreakable line per set line, line-height HEAD_LEADING): __fixtures__/record-chromium-heads.ts.
const heads = JSON.parse(readFileSync(path.resolve(import.meta.dirname, "__fixtures__/chromium-heads.json"), "utf8")) as RecordedHeads;
const HEAD_TYPES: Record<string, HeadType> = { ...HEADLINE_TYPE, deck: DECK_TYPE };

describe(`head elements agree with Chromium ${heads.chromium}`, () => {
  it("has recorded cases for every type and span", () => {
    expect(heads.cases.length).toBe(9 * 4 * 8);
  });

  it("sets today the lines Chromium drew, each within the box width, the element within its grid lines", () => {
    const differing = heads.cases
      .map((c) => {
        const type = HEAD_TYPES[c.type];
        const model = headElementText(c.text, type, c.boxChars);
        const boxPx = c.boxChars * heads.unitPx + 1;
        const gridPx = headElementGridLines(model.length, type) * LINE_PITCH * heads.unitPx;
        const ok =
          JSON.stringify(model.map((l) => l.trim())) === JSON.stringify(c.drawn.lines) &&
          c.drawn.widths.every((w) => w <= boxPx) &&
          c.drawn.height <= gridPx &&
          Math.abs(c.drawn.height - model.length * type.em * HEAD_LEADING * heads.unitPx) < 1;
        return { ok, text: c.text, type: c.type, boxChars: c.boxChars, model, drawn: c.drawn };
      })
      .filter((c) => !c.ok);
    expect(differing).toEqual([]);
  });
});
