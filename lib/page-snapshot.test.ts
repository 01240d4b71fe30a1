import { describe, expect, it } from "vitest";
import { canonicalJson, pageSnapshot, type PageToSign } from "./page-snapshot";

const story = { id: 7, version: 3, kind: "article", kicker: null, headline: "标题", subheadline: null, dateline: "本报聊城讯", body: ["正文。"], sidebars: [], bylines: [{ name: "李梦", role: "reporter" as const }], continues: false };
const box = (id: number, s: PageToSign["elements"][number]["story"]) => ({
  id, kind: s ? "story" : "furniture", storyId: s?.id ?? null, firstColumn: 1, columnSpan: 4, topLine: 5, heightLines: 20, textColumnSpan: 1, headlineSize: "medium",
  locked: false, text: null, label: null, caption: null, continuedFromElementId: null, flowStart: null, jumpTo: null, jumpFrom: null, story: s,
});
const page = (elements: PageToSign["elements"]): PageToSign => ({ id: 1, publication: "大众日报", editionDate: "2019-01-09", number: 1, name: "聊城新闻", responsibleEditorId: 2, grid: { columns: 8 }, elements });

describe("canonicalJson", () => {
  it("sorts keys at every level and leaves out undefined values", () => {
    expect(canonicalJson({ b: 1, a: { d: [{ z: 1, y: 2 }], c: undefined } })).toBe('{"a":{"d":[{"y":2,"z":1}]},"b":1}');
  });
});

describe("pageSnapshot", () => {
  it("gives the same hash for the same page whatever the order of its boxes, and another after a change", () => {
    const a = pageSnapshot(page([box(1, story), box(2, null)]));
    expect(pageSnapshot(page([box(2, null), box(1, story)])).hash).toBe(a.hash);
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(pageSnapshot(page([box(1, { ...story, body: ["正文！"] }), box(2, null)])).hash).not.toBe(a.hash);
  });
});
