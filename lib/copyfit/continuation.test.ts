import { describe, expect, it } from "vitest";
import { bodyBlocks, bodyLineCount, copyfit, type CopyfitStory } from "./copyfit";
import { endOfText, fitChain, remainingStory, wholeStoryPoint } from "./set-story";
import { BROADSHEET_GRID } from "./grid";
import { seedItems } from "./__fixtures__/seed-stories";

const G = BROADSHEET_GRID;
const P24 = "一二三四五六七八九十一二三四五六七八九十一二三四"; // 24 字: indent 2 + 24 = 26 → 2 lines at 13 字

const story: CopyfitStory = {
  kicker: "引题",
  headline: "标题",
  subheadline: "副题",
  bylineLines: 2,
  dateline: "本报聊城讯",
  paragraphs: [P24, P24, P24],
  sidebars: [{ title: "相关链接", paragraphs: [P24, P24] }],
};

describe("remainingStory", () => {
  it("sets the headline again, without kicker, subheadline, byline or dateline", () => {
    const rest = remainingStory(story, { block: 1, offset: 0 });
    expect(rest).toMatchObject({ kicker: null, headline: "标题", subheadline: null, bylineLines: 0, dateline: null });
    expect(rest.paragraphs).toEqual([P24, P24]);
    expect(rest.sidebars).toEqual(story.sidebars);
  });

  it("cuts a paragraph at the offset where the first lost line starts", () => {
    // p1 breaks after 11 字 (indent 2 + 11 = 13): its second line starts at offset 11
    const rest = remainingStory(story, { block: 1, offset: 11 });
    expect(rest.paragraphs).toEqual([P24.slice(11), P24]);
  });

  it("keeps the dateline when nothing of the body was set before", () => {
    expect(remainingStory(story, { block: 0, offset: 0 }).dateline).toBe("本报聊城讯");
    expect(remainingStory(story, { block: 0, offset: 5 }).dateline).toBeNull();
  });

  it("continues inside a sidebar: its remaining paragraphs as paragraphs, the title already set", () => {
    // blocks: p0 p1 p2 | title(3) s0(4) s1(5)
    expect(remainingStory(story, { block: 3, offset: 0 })).toMatchObject({ paragraphs: [], sidebars: [{ title: "相关链接" }] });
    const inSidebar = remainingStory(story, { block: 5, offset: 11 });
    expect(inSidebar.paragraphs).toEqual([P24.slice(11)]);
    expect(inSidebar.sidebars).toEqual([]);
  });

  it("is empty from the end of the text on", () => {
    const rest = remainingStory(story, endOfText(story));
    expect(rest.paragraphs).toEqual([]);
    expect(rest.sidebars).toEqual([]);
    expect(bodyLineCount(rest, 13)).toBe(0);
  });

  it("maps its blocks back onto the whole story's blocks", () => {
    const from = { block: 1, offset: 11 };
    const rest = remainingStory(story, from);
    expect(bodyBlocks(rest)).toHaveLength(bodyBlocks(story).length - from.block);
    expect(wholeStoryPoint(from, { block: 0, offset: 3 })).toEqual({ block: 1, offset: 14 });
    expect(wholeStoryPoint(from, { block: 2, offset: 0 })).toEqual({ block: 3, offset: 0 });
    expect(bodyBlocks(story)[3].text).toBe(bodyBlocks(rest)[2].text);
  });
});

describe("fitChain", () => {
  /** Hand count at 13 字: body p0 with dateline 3 lines, p1 2, p2 2, title 1, s0 2, s1 2 = 12 lines. */
  it("counts the whole body once across both boxes when the cut falls between paragraphs", () => {
    expect(bodyLineCount(story, 13)).toBe(12);
    // Box 1: head 2 + 3 + 2 + 2 byline + 1 air = 10, + 5 body lines (p0, p1) + 1 jump line "（下转第N版）" = 16.
    // 16 lines: p0 (3) + p1 (2) and the jump line fill the box, so p2 is the first line that flows on.
    const [first, second] = fitChain(story, [
      { setting: { columnSpan: 1, heightLines: 16 }, grid: G, jumpLines: 1 },
      { setting: { columnSpan: 1, heightLines: 20 }, grid: G, jumpLines: 1 },
    ]);
    expect(first.flowStart).toBeNull();
    expect(first.fit.overflowAt).toEqual({ block: 2, offset: 0 });
    // the first box is full, not overset: its text goes on in the second box
    expect(first.fit.status).toBe("fits");
    expect(first.fit.overLines).toBe(0);
    expect(second.flowStart).toEqual({ block: 2, offset: 0 });
    // second box: headline 3 + air 1, body p2 2 + title 1 + s0 2 + s1 2 = 7, + 1 "（上接第N版）" = 12 of 20
    expect(second.fit.headLines).toBe(4);
    expect(second.fit.linesNeeded).toBe(12);
    expect(second.fit.status).toBe("short");
    expect(second.fit.shortLines).toBe(8);
  });

  it("reports the last box's overset at a point of the whole story", () => {
    const [, second] = fitChain(story, [
      { setting: { columnSpan: 1, heightLines: 16 }, grid: G, jumpLines: 1 },
      { setting: { columnSpan: 1, heightLines: 8 }, grid: G, jumpLines: 1 },
    ]);
    // 4 head lines leave 4 body lines, one of them "（上接第N版）": p2 (2) + title (1); s0 is lost
    expect(second.fit.status).toBe("over");
    expect(second.fit.overflowAt).toEqual({ block: 4, offset: 0 });
    expect(second.fit.overLines).toBe(4);
  });

  it("gives a continuation nothing when the first box holds everything", () => {
    const [first, second] = fitChain(story, [
      { setting: { columnSpan: 2, heightLines: 40 }, grid: G, jumpLines: 1 },
      { setting: { columnSpan: 1, heightLines: 10 }, grid: G, jumpLines: 1 },
    ]);
    expect(first.fit.overflowAt).toBeNull();
    expect(second.flowStart).toEqual(endOfText(story));
    expect(second.fit.linesNeeded).toBe(4 + 1);
  });

  it("keeps a first box overset when its head alone is taller than the box", () => {
    const [first] = fitChain(story, [
      { setting: { columnSpan: 1, heightLines: 6 }, grid: G, jumpLines: 1 },
      { setting: { columnSpan: 1, heightLines: 40 }, grid: G, jumpLines: 1 },
    ]);
    expect(first.fit.status).toBe("over");
  });

  it("flows the seed's cut-off 东昌府区 story (with its 相关链接) into a second box", () => {
    const bianmin = seedItems()[4].story;
    expect(bianmin.headline).toBe("求解打通便民服务的“最后百米”");
    const whole = copyfit({ ...bianmin, jumpLines: 1 }, { columnSpan: 4, heightLines: 37 }, G);
    expect(whole.status).toBe("fits");
    // a box half as tall: the text leaves it in the body; the second box picks up exactly there
    const [first, second] = fitChain(bianmin, [
      { setting: { columnSpan: 4, heightLines: 20 }, grid: G, jumpLines: 1 },
      { setting: { columnSpan: 3, heightLines: 40 }, grid: G, jumpLines: 1 },
    ]);
    const at = first.fit.overflowAt!;
    expect(at.block).toBeLessThan(bianmin.paragraphs.length);
    expect(second.flowStart).toEqual(at);
    const rest = remainingStory(bianmin, at);
    expect(rest.paragraphs[0]).toBe(bianmin.paragraphs[at.block].slice(at.offset));
    expect(rest.sidebars.map((s) => s.title)).toEqual(["相关链接"]);
    expect(second.fit.status).not.toBe("over");
    // every body line is set once: lines in box 1 + lines of the remainder (re-indented cut line ±1)
    const firstBodyLines = 4 * (20 - first.fit.headLines) - 1; // minus the "（下转第N版）" line
    const total = bodyLineCount(bianmin, 13);
    expect(bodyLineCount(rest, 13)).toBeGreaterThan(0);
    expect(firstBodyLines + bodyLineCount(rest, 13)).toBeGreaterThanOrEqual(total);
    expect(firstBodyLines + bodyLineCount(rest, 13)).toBeLessThanOrEqual(total + 1);
  });
});
