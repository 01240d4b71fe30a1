import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { breakParagraph } from "./break-lines";

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
