import { describe, expect, it } from "vitest";
import { revisionTextOf, sameStoryText, storyTextOfItem, storyTextSchema, type StoryText } from "./story-text";
import { storyZi } from "./story-zi";

const text: StoryText = {
  kicker: "基层党建",
  headline: "党支部唱响两新组织发展主旋律",
  subheadline: null,
  dateline: "本报聊城讯",
  body: ["第一段。"],
  sidebars: [{ title: "相关链接", paragraphs: ["链接"] }],
  bylines: [{ personId: 3, name: "李梦", role: "reporter" }],
};

describe("storyZi", () => {
  it("counts 字 of body and sidebars, not headlines", () => {
    const counted: StoryText = { ...text, body: ["聊城28人入选。", "COVID-19 3.5%"], sidebars: [{ title: "相关链接", paragraphs: ["一二三"] }] };
    expect(storyZi(counted)).toBe(7 + 2 + 3);
  });
});

describe("storyTextSchema", () => {
  it("accepts a story's text and refuses a two-line headline or a body over the limit", () => {
    expect(storyTextSchema.safeParse(text).success).toBe(true);
    expect(storyTextSchema.safeParse({ ...text, headline: "一行\n两行" }).success).toBe(false);
    expect(storyTextSchema.safeParse({ ...text, body: Array.from({ length: 51 }, () => "字".repeat(1_000)) }).success).toBe(false);
  });
});

describe("revisions and parsed items", () => {
  it("keeps bylines by name and role in a revision, and compares text field by field", () => {
    const rev = revisionTextOf(text);
    expect(rev.bylines).toEqual([{ name: "李梦", role: "reporter" }]);
    expect(sameStoryText(rev, revisionTextOf({ ...text, bylines: [{ personId: 9, name: "李梦", role: "reporter" }] }))).toBe(true);
    expect(sameStoryText(rev, revisionTextOf({ ...text, body: ["第一段！"] }))).toBe(false);
  });

  it("reads a parsed page item as story text (paragraphs are the body, byline people the bylines)", () => {
    const item = { kicker: null, headline: "标题", subheadline: null, dateline: null, paragraphs: ["一段。"], sidebars: [], byline: { raw: "□记者 肖会", people: [{ name: "肖会", role: "reporter" as const }] } };
    expect(storyTextOfItem(item)).toEqual({ kicker: null, headline: "标题", subheadline: null, dateline: null, body: ["一段。"], sidebars: [], bylines: [{ name: "肖会", role: "reporter" }] });
    expect(storyTextOfItem({ ...item, byline: null }).bylines).toEqual([]);
  });
});
