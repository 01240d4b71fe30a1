import { describe, expect, it } from "vitest";
import { bodyBlocks, bodyLineCount, copyfit, headlineLines, pictureLinesFor, textColumnsOf, type CopyfitStory } from "./copyfit";
import { BROADSHEET_GRID } from "./grid";
import { seedItems } from "./__fixtures__/seed-stories";

const G = BROADSHEET_GRID;
const P24 = "一二三四五六七八九十一二三四五六七八九十一二三四"; // 24 字

/**
 * Hand count at 13 字 a line:
 * p0 with the dateline run in: indent 2 + 本报聊城讯 5 + U+3000 1 + 24 = 32 → 11 + 13 + 8… → 3 lines
 *    (line 2 starts at p0 offset 5, line 3 at offset 18);
 * p1: indent 2 + 24 = 26 → 2 lines (line 2 at offset 11). Body T = 5.
 * Head: 主题 "标题" medium 3 + byline 1 + air 1 = 5.
 */
const story: CopyfitStory = {
  kicker: null,
  headline: "标题",
  subheadline: null,
  bylineLines: 1,
  dateline: "本报聊城讯",
  paragraphs: [P24, P24],
  sidebars: [],
};

describe("headlineLines", () => {
  it("adds 主题 3 (medium), byline and one line of air", () => {
    expect(headlineLines(story, { columnSpan: 1, heightLines: 10 })).toBe(5);
  });

  it("uses 4 / 3 / 2 lines for large / medium / small headlines", () => {
    const head = { ...story, bylineLines: 0 };
    expect(headlineLines(head, { columnSpan: 4, heightLines: 10, headlineSize: "large" })).toBe(5);
    expect(headlineLines(head, { columnSpan: 4, heightLines: 10, headlineSize: "medium" })).toBe(4);
    expect(headlineLines(head, { columnSpan: 4, heightLines: 10, headlineSize: "small" })).toBe(3);
  });

  it("gives 引题 and 副题 2 lines each: the seed lead is 2 + 3 + 2 byline + 1 air = 8", () => {
    const lead = seedItems()[0].story;
    expect(lead.kicker).toBe("扎牢党建根基 增强内生动力");
    expect(headlineLines(lead, { columnSpan: 6, heightLines: 40 }, G)).toBe(8);
    expect(headlineLines({ ...lead, subheadline: "副题" }, { columnSpan: 6, heightLines: 40 }, G)).toBe(10);
  });

  it("wraps a headline that is wider than the box in its own type size", () => {
    // 聊城28人入选省科普专家人才库 is 14 em of headline; medium type is 2.4 body em, so one
    // base column (13 字) holds 5 headline characters a line → 3 lines, set tight: the first line
    // takes 3 grid lines, each further one 2.4 × 1.2 = 2.88 units (1.85 lines): ⌈3 + 3.71⌉ = 7,
    // + byline 1 + air 1. (Before tight setting: 3 lines × 3 = 9, + 2 = 11.)
    const head = { ...story, headline: "聊城28人入选省科普专家人才库" };
    expect(headlineLines(head, { columnSpan: 1, heightLines: 30 }, G)).toBe(9);
    expect(headlineLines(head, { columnSpan: 3, heightLines: 30 }, G)).toBe(5); // 41 / 2.4 → 17 a line
    expect(headlineLines({ ...head, headline: "第一行\n第二行" }, { columnSpan: 3, heightLines: 30 }, G)).toBe(7);
  });

  it("is 0 without any head, and byline + air for a photo caption", () => {
    const bare = { ...story, headline: null, bylineLines: 0 };
    expect(headlineLines(bare, { columnSpan: 2, heightLines: 10 })).toBe(0);
    expect(headlineLines({ ...bare, bylineLines: 1 }, { columnSpan: 2, heightLines: 10 })).toBe(2);
  });
});

describe("body", () => {
  it("runs the dateline into the first paragraph after an ideographic space", () => {
    const blocks = bodyBlocks(story);
    expect(blocks[0].text).toBe("本报聊城讯\u3000" + P24);
    expect(blocks[0].prefixLength).toBe(6);
    expect(blocks[1].text).toBe(P24);
  });

  it("counts body lines by hand: 3 + 2", () => {
    expect(bodyLineCount(story, 13)).toBe(5);
    expect(bodyLineCount(story, 27)).toBe(3); // 32 → 27 + 5 = 2 lines; 26 → 1 line
  });

  it("shares the box width between text columns with a one-character gap", () => {
    expect(textColumnsOf({ columnSpan: 4 }, G)).toEqual({ count: 4, cpl: 13 });
    expect(textColumnsOf({ columnSpan: 4, textColumnSpan: 2 }, G)).toEqual({ count: 2, cpl: 27 });
    expect(textColumnsOf({ columnSpan: 5, textColumnSpan: 2 }, G)).toEqual({ count: 2, cpl: 34 }); // (69 − 1) / 2
    expect(textColumnsOf({ columnSpan: 2, textColumnSpan: 5 }, G)).toEqual({ count: 1, cpl: 27 });
  });
});

describe("copyfit", () => {
  it("fits when head + body lines equal the box height", () => {
    expect(copyfit(story, { columnSpan: 1, heightLines: 10 }, G)).toEqual({
      status: "fits",
      linesNeeded: 10,
      linesAvailable: 10,
      overLines: 0,
      overChars: 0,
      shortLines: 0,
      headLines: 5,
      overflowAt: null,
    });
  });

  it("reports overset lines, ~字 and where the overflow begins", () => {
    const one = copyfit(story, { columnSpan: 1, heightLines: 9 }, G);
    expect(one).toMatchObject({ status: "over", linesNeeded: 10, overLines: 1, overChars: 13, overflowAt: { block: 1, offset: 11 } });
    expect(copyfit(story, { columnSpan: 1, heightLines: 8 }, G).overflowAt).toEqual({ block: 1, offset: 0 });
    expect(copyfit(story, { columnSpan: 1, heightLines: 7 }, G)).toMatchObject({ overLines: 3, overflowAt: { block: 0, offset: 18 } });
  });

  it("calls a box short once a whole line per text column is empty", () => {
    expect(copyfit(story, { columnSpan: 1, heightLines: 11 }, G)).toMatchObject({ status: "short", shortLines: 1, linesNeeded: 10 });
    // Two text columns: capacity 2 × 3 = 6 for 5 lines — one empty line is fine (the last column ends early).
    expect(copyfit(story, { columnSpan: 2, heightLines: 8 }, G)).toMatchObject({ status: "fits", linesNeeded: 8, shortLines: 1 });
    expect(copyfit(story, { columnSpan: 2, heightLines: 9 }, G)).toMatchObject({ status: "short", shortLines: 3 });
    expect(copyfit(story, { columnSpan: 2, heightLines: 7 }, G)).toMatchObject({ status: "over", overLines: 1 });
  });

  it("sets wider text columns when textColumnSpan asks for them", () => {
    expect(copyfit(story, { columnSpan: 2, heightLines: 8, textColumnSpan: 2 }, G)).toMatchObject({ status: "fits", linesNeeded: 8 });
  });

  it("takes the picture of a photo box off the body", () => {
    expect(pictureLinesFor(20)).toBe(12);
    expect(pictureLinesFor(15)).toBe(9);
    expect(copyfit(story, { columnSpan: 1, heightLines: 13, pictureLines: 3 }, G)).toMatchObject({ status: "fits", linesNeeded: 13 });
  });

  it("counts a sidebar as its title line plus its paragraphs, and points into it when it overflows", () => {
    const withSidebar = { ...story, sidebars: [{ title: "相关链接", paragraphs: [P24] }] };
    const fit = copyfit(withSidebar, { columnSpan: 1, heightLines: 12 }, G); // body 5 + 1 + 2 = 8, room for 7
    expect(fit).toMatchObject({ status: "over", overLines: 1, overflowAt: { block: 3, offset: 11 } });
    expect(bodyBlocks(withSidebar)[3].kind).toBe("sidebar-paragraph");
  });

  it("counts jump-note lines (转版) after the body", () => {
    const fit = copyfit({ ...story, jumpLines: 1 }, { columnSpan: 1, heightLines: 10 }, G);
    expect(fit).toMatchObject({ status: "over", overLines: 1, overflowAt: { block: 2, offset: 0 } });
  });

  it("is over when the head alone is taller than the box", () => {
    expect(copyfit(story, { columnSpan: 1, heightLines: 4 }, G)).toMatchObject({ status: "over", overLines: 6, overflowAt: { block: 0, offset: 0 } });
  });

  it("agrees with the grid for a real seed story", () => {
    const kepu = seedItems().find((i) => i.id === "kepu")!.story;
    const fit = copyfit(kepu, { columnSpan: 3, heightLines: 18 }, G);
    expect(fit.headLines).toBe(5);
    expect(fit.status).toBe("fits");
    expect(fit.linesNeeded).toBe(5 + Math.ceil(bodyLineCount(kepu, 13) / 3));
  });
});
