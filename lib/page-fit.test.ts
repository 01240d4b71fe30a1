import { describe, expect, it } from "vitest";
import { createTranslator } from "use-intl/core";
import { BROADSHEET_GRID } from "./copyfit/grid";
import { MESSAGES } from "./i18n/catalogue";
import { renderMessage } from "./i18n/translate";
import { boxLineChars, fitLabel, fitNeedHave, fitNumbers, pageFitSummary, type FitBox } from "./page-fit";
import { pageWarnings, submitBlockers } from "./workflow/page-workflow";

const G = BROADSHEET_GRID; // 8 columns of 13 字, gutter 1, 100 lines

const fit = (status: "fits" | "over" | "short", need: number, have: number) => ({ status, linesNeeded: need, linesAvailable: have });

describe("boxLineChars: 字 a full line of the box holds", () => {
  it.each([
    { columnSpan: 1, textColumnSpan: 1, want: 13 },
    { columnSpan: 3, textColumnSpan: 1, want: 39 }, // 3 text columns of 13
    { columnSpan: 3, textColumnSpan: 3, want: 41 }, // one text column across: 13 × 3 + 2 gutters
    { columnSpan: 4, textColumnSpan: 2, want: 54 }, // 2 text columns of 27
  ])("span $columnSpan, text columns of $textColumnSpan → $want", ({ columnSpan, textColumnSpan, want }) => {
    expect(boxLineChars({ columnSpan, textColumnSpan }, G)).toBe(want);
  });
});

describe("copyfit wording: one unit (box lines), 字 at the box's line width", () => {
  const t = (locale: "zh-CN" | "en") => {
    const tr = createTranslator({ locale, messages: MESSAGES[locale] });
    return (w: ReturnType<typeof fitLabel>) => ("values" in w ? tr(w.key, w.values) : tr(w.key));
  };
  it.each([
    { f: fit("over", 13, 10), box: { columnSpan: 1 }, zh: "超 3 行（约 39 字）", en: "Over by 3 lines (~39 chars)" },
    { f: fit("over", 22, 10), box: { columnSpan: 3 }, zh: "超 12 行（约 468 字）", en: "Over by 12 lines (~468 chars)" },
    { f: fit("over", 11, 10), box: { columnSpan: 3, textColumnSpan: 3 }, zh: "超 1 行（约 41 字）", en: "Over by 1 lines (~41 chars)" },
    { f: fit("short", 8, 10), box: { columnSpan: 2 }, zh: "缺 2 行", en: "short by 2 lines" },
    { f: fit("fits", 10, 10), box: { columnSpan: 2 }, zh: "合适", en: "Fits" },
  ])("$zh", ({ f, box, zh, en }) => {
    expect(t("zh-CN")(fitLabel(f, box, G))).toBe(zh);
    expect(t("en")(fitLabel(f, box, G))).toBe(en);
  });

  it("需 / 有 counts the same lines as 超 and 缺", () => {
    const f = fit("over", 22, 10);
    expect(t("zh-CN")(fitNeedHave(f))).toBe("需 22 行 / 有 10 行");
    const n = fitNumbers(f, { columnSpan: 1 }, G);
    expect(n.need - n.have).toBe(n.over);
    expect(fitNumbers(fit("short", 7, 10), { columnSpan: 1 }, G)).toMatchObject({ short: 3, shortChars: 39, over: 0 });
    // the last text column ending early is "fits", never 缺
    expect(fitNumbers(fit("fits", 10, 10), { columnSpan: 4 }, G)).toMatchObject({ over: 0, short: 0 });
  });
});

const box = (name: string, firstColumn: number, topLine: number, columnSpan: number, heightLines: number, need: number): FitBox => ({
  name,
  firstColumn,
  topLine,
  columnSpan,
  heightLines,
  fit: fit(need > heightLines ? "over" : need < heightLines ? "short" : "fits", need, heightLines),
});

/** Fills the rest of the page so no area is empty (only what the case says is underset). */
const filler = { firstColumn: 1, topLine: 1, columnSpan: 8, heightLines: 100 };

describe("underset rule (缺行): a box short by more than 3 lines, or more than 5 % of the type area", () => {
  const cases: { name: string; boxes: FitBox[]; blocking: string[]; areaBlocks: boolean; share: number }[] = [
    { name: "every box fits", boxes: [box("甲", 1, 5, 4, 30, 30), box("乙", 5, 5, 4, 30, 30)], blocking: [], areaBlocks: false, share: 0 },
    { name: "3 lines short is allowed", boxes: [box("甲", 1, 5, 4, 30, 27)], blocking: [], areaBlocks: false, share: 0.015 },
    { name: "4 lines short blocks", boxes: [box("甲", 1, 5, 4, 30, 26)], blocking: ["甲"], areaBlocks: false, share: 0.02 },
    // 8 boxes of 2 columns, each 3 lines short: none over 3, together 48 cells = 6 % of 800
    {
      name: "many small gaps over 5 % of the type area block together",
      boxes: [1, 3, 5, 7].flatMap((c) => [box(`上${c}`, c, 5, 2, 40, 37), box(`下${c}`, c, 45, 2, 40, 37)]),
      blocking: [],
      areaBlocks: true,
      share: 0.06,
    },
    // 5 boxes of 4 columns, each 2 lines short: 40 cells = exactly 5 %
    { name: "exactly 5 % does not block", boxes: [0, 1, 2, 3, 4].map((i) => box(`块${i}`, i % 2 ? 5 : 1, 5 + 20 * Math.floor(i / 2), 4, 20, 18)), blocking: [], areaBlocks: false, share: 0.05 },
    { name: "overset is not underset", boxes: [box("甲", 1, 5, 4, 30, 40)], blocking: [], areaBlocks: false, share: 0 },
  ];
  it.each(cases)("$name", ({ boxes, blocking, areaBlocks, share }) => {
    const s = pageFitSummary(boxes, { ...G, linesPerColumn: 100 }, [filler]);
    expect(s.undersetBlocking.map((p) => p.box)).toEqual(blocking);
    expect(s.undersetAreaBlocks).toBe(areaBlocks);
    expect(s.undersetShare).toBeCloseTo(share, 6);
    expect(s.emptyCells).toBe(0);
  });

  it("lists places in reading order with lines and 字; sums box lines over and short", () => {
    const s = pageFitSummary([box("右下", 5, 50, 2, 20, 12), box("左上", 1, 5, 3, 30, 25), box("超", 4, 5, 1, 10, 12)], G, [filler]);
    expect(s.underset).toEqual([
      { box: "左上", firstColumn: 1, topLine: 5, lines: 5, chars: 5 * 39 },
      { box: "右下", firstColumn: 5, topLine: 50, lines: 8, chars: 8 * 26 },
    ]);
    expect(s.overset).toEqual([{ box: "超", firstColumn: 4, topLine: 5, lines: 2, chars: 26 }]);
    expect([s.oversetLines, s.undersetLines, s.undersetCells]).toEqual([2, 13, 5 * 3 + 8 * 2]);
  });

  it("counts the area no box covers (overlaps once, outside the grid not at all)", () => {
    const s = pageFitSummary([], G, [
      { firstColumn: 1, topLine: 1, columnSpan: 8, heightLines: 50 },
      { firstColumn: 1, topLine: 40, columnSpan: 4, heightLines: 80 },
    ]);
    expect(s.emptyCells).toBe(800 - 400 - 4 * 50);
    expect(s.emptyShare).toBe(0.25);
  });
});

describe("submit blockers and confirmation warnings from the fit", () => {
  const ready = { overset: [], storyStates: [{ headline: "甲", status: "approved" as const }], responsibleEditorId: 1 };
  const zh = (ms: ReturnType<typeof submitBlockers>) => ms.map((m) => renderMessage("zh-CN", m));
  const en = (ms: ReturnType<typeof submitBlockers>) => ms.map((m) => renderMessage("en", m));

  it("a box short by more than 3 lines blocks, with its place", () => {
    const fitSummary = pageFitSummary([box("聊城28人入选省科普专家人才库", 3, 37, 4, 37, 30)], G, [filler]);
    expect(zh(submitBlockers({ ...ready, fit: fitSummary }))).toEqual(["「聊城28人入选省科普专家人才库」缺 7 行（第 3 栏、第 37 行起），缺行不得超过 3 行"]);
    expect(en(submitBlockers({ ...ready, fit: fitSummary }))).toEqual(["“聊城28人入选省科普专家人才库” is short by 7 lines (column 3, from line 37); at most 3 are allowed"]);
    expect(pageWarnings({ ...ready, fit: fitSummary })).toEqual([]);
  });

  it("over 5 % of the type area: the total, then every other short box as a place", () => {
    const boxes = [box("大", 1, 5, 8, 10, 5), box("小", 1, 15, 4, 10, 8)];
    const fitSummary = pageFitSummary(boxes, G, [filler]);
    expect(zh(submitBlockers({ ...ready, fit: fitSummary }))).toEqual([
      "「大」缺 5 行（第 1 栏、第 5 行起），缺行不得超过 3 行",
      "版面缺行合计占版心 6%，不得超过 5%",
      "「小」缺 2 行（第 1 栏、第 15 行起）",
    ]);
  });

  it("warns, without blocking, of 初审-only stories, small underset and an empty area", () => {
    const fitSummary = pageFitSummary([box("乙", 1, 5, 2, 20, 18)], G, [{ firstColumn: 1, topLine: 1, columnSpan: 8, heightLines: 90 }]);
    const input = { ...ready, storyStates: [{ headline: "甲", status: "edited" as const }], fit: fitSummary };
    expect(submitBlockers(input)).toEqual([]);
    expect(zh(pageWarnings(input))).toEqual(["「甲」状态为已初审，尚未终审；付印时不会见报", "「乙」缺 2 行（第 1 栏、第 5 行起），在允许范围内", "版面有 10% 没有排任何版块"]);
    expect(en(pageWarnings(input))).toHaveLength(3);
  });
});
