import { describe, expect, it } from "vitest";
import { canonicalJson, pageSnapshot, type PageToSign } from "./page-snapshot";
import type { ReviewSheetEntry } from "./review/review-levels";

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

describe("pageSnapshot: the stories' 审稿单 (三审)", () => {
  const first: ReviewSheetEntry = { level: "first", outcome: "passed", reviewerId: 3, reviewer: "李强", at: "2026-12-01T10:00:00.000Z", opinion: null, zi: 420, revision: 3 };
  const second: ReviewSheetEntry = { level: "second", outcome: "passed", reviewerId: 8, reviewer: "王芳", at: "2026-12-01T10:20:00.000Z", opinion: "数据已核", zi: 420, revision: 4 };
  const signed = (sheet: ReviewSheetEntry[]) => pageSnapshot(page([box(1, story), box(2, null)]), { reviewSheets: new Map([[7, sheet]]) });

  it("carries each story's review sheet, oldest act first, in fixed fields", () => {
    const { content } = signed([first, second]);
    expect((content as { stories: { reviewSheet: unknown[] }[] }).stories[0].reviewSheet).toEqual([first, second]);
  });
  it("is deterministic: the same sheet with its fields in another order gives the same hash", () => {
    const shuffled = Object.fromEntries(Object.entries(first).reverse()) as ReviewSheetEntry;
    expect(signed([shuffled, second]).hash).toBe(signed([first, second]).hash);
  });
  it("changes the hash when the sheet changes (another act, another opinion)", () => {
    const base = signed([first]).hash;
    expect(signed([first, second]).hash).not.toBe(base);
    expect(signed([{ ...first, opinion: "改" }]).hash).not.toBe(base);
  });
  it("leaves the snapshot as before when no sheets are given (the seed's printed page)", () => {
    const without = pageSnapshot(page([box(1, story)]));
    expect((without.content as { stories: object[] }).stories[0]).not.toHaveProperty("reviewSheet");
    // a story with no act yet still has its (empty) sheet once sheets are given
    expect((pageSnapshot(page([box(1, story)]), { reviewSheets: new Map() }).content as { stories: { reviewSheet: unknown[] }[] }).stories[0].reviewSheet).toEqual([]);
  });
});
