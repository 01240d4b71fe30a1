import { describe, expect, it } from "vitest";
import {
  contentEquals,
  contentFromFields,
  contentIssues,
  contentLines,
  draftKey,
  draftOnLoad,
  fieldsFromContent,
  joinParagraphs,
  mergeContent,
  mergeParagraphs,
  parseDraft,
  serializeDraft,
  splitParagraphs,
  toDraftContent,
  type DraftContent,
  type StoredDraft,
} from "./story-draft";

const story = (over: Partial<DraftContent> = {}): DraftContent => ({
  kicker: "基层党建",
  headline: "党支部唱响两新组织发展主旋律",
  subheadline: null,
  dateline: "本报聊城讯",
  body: ["第一段。", "第二段。", "第三段。"],
  sidebars: [],
  bylines: [{ name: "李梦", role: "reporter" }],
  ...over,
});

describe("paragraphs: one per line", () => {
  it("splits on every line break, drops blank lines and trims each paragraph (ideographic space too)", () => {
    expect(splitParagraphs("　　第一段。\n\n第二段。  \r\n\r\n  \n第三段。")).toEqual(["第一段。", "第二段。", "第三段。"]);
  });

  it("joins with one newline, so split(join(x)) is x", () => {
    const ps = ["2018年5月份，聊城市委组织部邀请……", "另一段"];
    expect(joinParagraphs(ps)).toBe("2018年5月份，聊城市委组织部邀请……\n另一段");
    expect(splitParagraphs(joinParagraphs(ps))).toEqual(ps);
  });

  it("has no paragraphs for empty text", () => {
    expect(splitParagraphs("")).toEqual([]);
    expect(splitParagraphs("\n \n")).toEqual([]);
  });
});

describe("form fields ⇄ content", () => {
  it("round-trips content through the form", () => {
    const c = story({ sidebars: [{ title: "相关链接", paragraphs: ["一", "二"] }] });
    expect(contentFromFields(fieldsFromContent(c))).toEqual(c);
  });

  it("stores blank headline fields as null and trims them", () => {
    const f = fieldsFromContent(story());
    const c = contentFromFields({ ...f, kicker: "   ", headline: " 新标题 " });
    expect(c.kicker).toBeNull();
    expect(c.headline).toBe("新标题");
  });

  it("leaves out empty sidebars and unnamed byline rows, keeps a picked person's id", () => {
    const f = fieldsFromContent(story());
    const c = contentFromFields({
      ...f,
      sidebars: [{ title: "", text: "  " }, { title: "相关链接", text: "链接一\n链接二" }],
      bylines: [{ personId: 7, name: "李梦", role: "reporter" }, { name: " ", role: "correspondent" }, { name: "宋宇", role: "correspondent" }],
    });
    expect(c.sidebars).toEqual([{ title: "相关链接", paragraphs: ["链接一", "链接二"] }]);
    expect(c.bylines).toEqual([{ personId: 7, name: "李梦", role: "reporter" }, { name: "宋宇", role: "correspondent" }]);
  });

  it("flags a sidebar with text but no title (the server would refuse it)", () => {
    const c = contentFromFields({ ...fieldsFromContent(story()), sidebars: [{ title: "", text: "有内容" }] });
    expect(contentIssues(c)).toEqual(["sidebarTitleMissing"]);
    expect(contentIssues(story())).toEqual([]);
  });
});

describe("contentEquals", () => {
  it("ignores person ids (a 409 copy has none) and formatting the server would not keep", () => {
    const mine = story({ bylines: [{ personId: 3, name: "李梦", role: "reporter" }] });
    const server = toDraftContent({ ...story(), kicker: " 基层党建 ", body: ["第一段。", "", "第二段。", "第三段。"] });
    expect(contentEquals(mine, server)).toBe(true);
  });

  it("sees a changed paragraph, headline or byline role", () => {
    expect(contentEquals(story(), story({ body: ["第一段。", "第二段！", "第三段。"] }))).toBe(false);
    expect(contentEquals(story(), story({ headline: "别的标题" }))).toBe(false);
    expect(contentEquals(story(), story({ bylines: [{ name: "李梦", role: "credit" }] }))).toBe(false);
  });
});

describe("local drafts", () => {
  const draft: StoredDraft = { storyId: 12, baseVersion: 4, base: story(), content: story({ headline: "改过的标题" }), savedAt: "2019-01-09T08:30:00.000Z" };

  it("is keyed per story", () => {
    expect(draftKey(12)).toBe("newsdesk:draft:12");
  });

  it("reads back what it wrote", () => {
    expect(parseDraft(serializeDraft(draft), 12)).toEqual(draft);
  });

  it("ignores a missing, unreadable, foreign or malformed draft", () => {
    expect(parseDraft(null, 12)).toBeNull();
    expect(parseDraft("{not json", 12)).toBeNull();
    expect(parseDraft(serializeDraft(draft), 13)).toBeNull();
    expect(parseDraft(JSON.stringify({ v: 1, storyId: 12, baseVersion: 4, savedAt: "x", base: {}, content: {} }), 12)).toBeNull();
  });

  it("offers a draft only when its text differs from the server's", () => {
    expect(draftOnLoad(null, story())).toBe("none");
    expect(draftOnLoad(draft, story({ headline: "改过的标题" }))).toBe("discard");
    expect(draftOnLoad(draft, story())).toBe("offer");
  });
});

describe("mergeParagraphs", () => {
  it("keeps both when two editors add different paragraphs (the 409 e2e case)", () => {
    const base = ["甲", "乙"];
    const server = ["甲", "乙", "服务器新增的一段"];
    const mine = ["甲", "我新增的一段", "乙"];
    expect(mergeParagraphs(server, mine, base)).toEqual(["甲", "我新增的一段", "乙", "服务器新增的一段"]);
    expect(mergeParagraphs(server, mine)).toEqual(["甲", "我新增的一段", "乙", "服务器新增的一段"]);
  });

  it("puts the user's new paragraphs at their place, after the server's own new ones there", () => {
    expect(mergeParagraphs(["甲", "乙", "丙"], ["新开头", "甲", "乙", "新结尾"])).toEqual(["新开头", "甲", "乙", "丙", "新结尾"]);
    expect(mergeParagraphs(["甲", "服务器段"], ["甲", "我的段"])).toEqual(["甲", "服务器段", "我的段"]);
  });

  it("without a base keeps every paragraph of both (nothing is lost)", () => {
    expect(mergeParagraphs(["甲", "乙改"], ["甲", "乙"])).toEqual(["甲", "乙改", "乙"]);
  });

  it("keeps a new paragraph that repeats an existing one", () => {
    expect(mergeParagraphs(["甲", "乙", "服务器段"], ["甲", "乙", "乙"], ["甲", "乙"])).toEqual(["甲", "乙", "服务器段", "乙"]);
  });

  it("aligns long stories and many paragraphs", () => {
    const base = Array.from({ length: 1500 }, (_, i) => `第${i}段。`);
    const server = [...base.slice(0, 700), "服务器插入。", ...base.slice(700)];
    const mine = [...base.slice(0, 10), "我插入。", ...base.slice(10, 1400)];
    const merged = mergeParagraphs(server, mine, base);
    expect(merged).toHaveLength(1500 + 2 - 100);
    expect(merged[10]).toBe("我插入。");
    expect(merged[701]).toBe("服务器插入。");
  });

  it("with a base, follows a deletion on either side and keeps both rewrites of one paragraph", () => {
    const base = ["甲", "乙", "丙"];
    // the server deleted 丙; the user rewrote 乙
    expect(mergeParagraphs(["甲", "乙"], ["甲", "乙（改）", "丙"], base)).toEqual(["甲", "乙（改）"]);
    // both rewrote 乙
    expect(mergeParagraphs(["甲", "乙（服务器）", "丙"], ["甲", "乙（我）", "丙"], base)).toEqual(["甲", "乙（服务器）", "乙（我）", "丙"]);
  });
});

describe("mergeContent", () => {
  it("takes each headline field from whoever changed it and reports fields both changed", () => {
    const base = story();
    const server = story({ headline: "服务器标题", body: [...base.body, "服务器段"] });
    const mine = story({ kicker: "我的引题", headline: "我的标题", body: [...base.body, "我的段"] });
    const { content, conflicts } = mergeContent(server, mine, base);
    expect(content.kicker).toBe("我的引题");
    expect(content.headline).toBe("我的标题");
    expect(conflicts).toEqual(["headline"]);
    expect(content.body).toEqual(["第一段。", "第二段。", "第三段。", "服务器段", "我的段"]);
  });

  it("merges sidebars by title and adds the user's extra byline names", () => {
    const base = story({ sidebars: [{ title: "相关链接", paragraphs: ["一"] }] });
    const server = story({ sidebars: [{ title: "相关链接", paragraphs: ["一", "服务器二"] }], bylines: [{ name: "李梦", role: "reporter" }, { name: "孙亚飞", role: "reporter" }] });
    const mine = story({ sidebars: [{ title: "相关链接", paragraphs: ["一", "我的二"] }, { title: "背景", paragraphs: ["背景段"] }], bylines: [{ name: "李梦", role: "reporter" }, { name: "宋宇", role: "correspondent" }] });
    const { content } = mergeContent(server, mine, base);
    expect(content.sidebars).toEqual([
      { title: "相关链接", paragraphs: ["一", "服务器二", "我的二"] },
      { title: "背景", paragraphs: ["背景段"] },
    ]);
    expect(content.bylines.map((b) => b.name)).toEqual(["李梦", "孙亚飞", "宋宇"]);
  });

  it("is the server's copy when the user changed nothing", () => {
    const base = story();
    const server = story({ headline: "服务器标题" });
    expect(mergeContent(server, base, base)).toEqual({ content: server, conflicts: [] });
  });
});

describe("contentLines", () => {
  it("lists fields, byline, body and sidebars as diffable lines", () => {
    const labels = { kicker: "引题", headline: "主标题", subheadline: "副题", dateline: "电头", bylines: "署名", role: (r: string) => (r === "reporter" ? "记者" : r) };
    expect(contentLines(story({ sidebars: [{ title: "相关链接", paragraphs: ["链接"] }] }), labels)).toEqual([
      "引题：基层党建",
      "主标题：党支部唱响两新组织发展主旋律",
      "电头：本报聊城讯",
      "署名：李梦（记者）",
      "第一段。",
      "第二段。",
      "第三段。",
      "【相关链接】",
      "链接",
    ]);
  });
});
