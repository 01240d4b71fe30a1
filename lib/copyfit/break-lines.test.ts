import { describe, expect, it } from "vitest";
import { breakParagraph, breakParagraphRanges, linesForParagraph } from "./break-lines";

const TEN = "一二三四五六七八九十";

describe("breakParagraph — widths and indent", () => {
  it("sets 24 characters + 2-character indent (26 units) in 2 lines of 13", () => {
    const text = "如何确保党的组织和党的工作在两新组织生根发芽进而";
    expect(Array.from(text)).toHaveLength(24);
    const lines = breakParagraph(text, 13);
    expect(lines).toEqual(["如何确保党的组织和党的", "工作在两新组织生根发芽进而"]); // 11 after the indent, then 13
    expect(linesForParagraph(text, 13)).toBe(2);
  });

  it("does not put the indent into the returned text, but counts it", () => {
    expect(breakParagraph("一二三", 13)).toEqual(["一二三"]);
    expect(breakParagraph(TEN + "一二", 13)).toEqual([TEN + "一", "二"]); // 2 + 11 = 13, 12th char wraps
    expect(breakParagraph(TEN + "一二", 13, { indent: 0 })).toEqual([TEN + "一二"]);
  });

  it("sets ASCII digits and letters half width: 2018年12月26日 is 7 em", () => {
    expect(breakParagraph("2018年12月26日", 7, { indent: 0 })).toEqual(["2018年12月26日"]);
    expect(breakParagraph("2018年12月26日", 6.5, { indent: 0 })).toHaveLength(2);
    // Seed: first line after the indent holds 11 em = 2018年12月26日 (7) + ， (1) + 东昌府 (3).
    expect(breakParagraph("2018年12月26日，东昌府区行政审批局挂牌运行。", 13)).toEqual([
      "2018年12月26日，东昌府",
      "区行政审批局挂牌运行。",
    ]);
  });

  it("has no lines for an empty paragraph", () => {
    expect(linesForParagraph("", 13)).toBe(0);
    expect(linesForParagraph("   ", 13)).toBe(0);
  });
});

describe("breakParagraph — 避头尾 (kinsoku)", () => {
  it("never starts a line with closing punctuation: the character before moves down with it (推出)", () => {
    // Indent 2 + 11 characters fill the line; the 14th unit would be "，".
    const text = TEN + "一，二三四五";
    expect(breakParagraph(text, 13)).toEqual([TEN, "一，二三四五"]);
  });

  it("moves a closing quote and full stop down together with the last character", () => {
    expect(breakParagraph("一二三四五六七八九十一二三。”好", 13, { indent: 0 })).toEqual(["一二三四五六七八九十一二", "三。”好"]);
  });

  it("never ends a line with opening punctuation: it moves to the next line", () => {
    // 12 characters + “ = 13 units would fit, but “ may not end a line.
    expect(breakParagraph(TEN + "一二“引文”", 13, { indent: 0 })).toEqual([TEN + "一二", "“引文”"]);
    expect(breakParagraph(TEN + "一二《书名》", 13, { indent: 0 })).toEqual([TEN + "一二", "《书名》"]);
  });

  it("keeps an ellipsis whole and off the start of a line", () => {
    expect(breakParagraph(TEN + "一二……好", 13, { indent: 0 })).toEqual([TEN + "一", "二……好"]);
  });

  it("keeps a dash whole but lets it start a line, as Chromium does", () => {
    expect(breakParagraph(TEN + "一二——好", 13, { indent: 0 })).toEqual([TEN + "一二", "——好"]);
  });

  it("keeps a closing quote with a following digit (UAX #14 LB19a)", () => {
    // "”1" may not break, so "三。”1" moves down as one piece.
    expect(breakParagraph("一二三。”1月", 5, { indent: 0 })).toEqual(["一二", "三。”1月"]);
  });

  it("treats half-width brackets like full-width ones", () => {
    expect(breakParagraph(TEN + "一二(首批)", 13, { indent: 0 })).toEqual([TEN + "一二", "(首批)"]);
    expect(breakParagraph(TEN + "一二三)", 13, { indent: 0 })).toEqual([TEN + "一二", "三)"]);
  });
});

describe("breakParagraph — Latin words and numbers", () => {
  it("does not split a number across lines", () => {
    expect(breakParagraph(TEN + "一2018年", 12, { indent: 0 })).toEqual([TEN + "一", "2018年"]);
  });

  it("breaks a phone number only after a hyphen, as Chromium does", () => {
    expect(breakParagraph("电话400-965-9511", 6, { indent: 0 })).toEqual(["电话400-965-", "9511"]);
  });

  it("keeps a minus sign with its number, but may break after a hyphen that follows a letter", () => {
    expect(breakParagraph(TEN + "一 -5度", 12, { indent: 0 })).toEqual([TEN + "一", "-5度"]);
    expect(breakParagraph(TEN + "一a-5度", 12, { indent: 0 })).toEqual([TEN + "一a-", "5度"]);
  });

  it("breaks at a space, and the space hangs at the line end", () => {
    expect(breakParagraph("全省宪法知识大赛 聊城代表队获佳绩", 8, { indent: 0 })).toEqual(["全省宪法知识大赛", "聊城代表队获佳绩"]);
  });

  it("cuts a word longer than a line where it overflows (overflow-wrap: anywhere)", () => {
    const lines = breakParagraph("网址www.dzwww.com.cn/liaocheng/index", 6, { indent: 0 });
    expect(lines[0]).toBe("网址");
    expect(lines[1]).toBe("www.dzwww.co"); // 12 half-width characters = 6 em
    expect(lines.join("")).toBe("网址www.dzwww.com.cn/liaocheng/index");
  });
});

describe("breakParagraphRanges", () => {
  it("reports where each line starts in the original string (UTF-16 offsets)", () => {
    const ranges = breakParagraphRanges("𠀀" + TEN + "一二三", 13);
    expect(ranges.map((r) => r.offset)).toEqual([0, 12]); // 𠀀 is two UTF-16 units; 11 characters on line 1
  });
});
