import { describe, expect, it } from "vitest";
import { canonicalJson, pageSnapshot, type PageToSign, type SignedCheckOverride } from "./page-snapshot";
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

describe("pageSnapshot: the 机检 blocks let through, on each story's 审稿单", () => {
  const act: ReviewSheetEntry = { level: "first", outcome: "passed", reviewerId: 3, reviewer: "李强", at: "2026-12-01T10:00:00.000Z", opinion: null, zi: 420, revision: 3 };
  const override: SignedCheckOverride = { rule: "banned", text: "某禁词", reason: "引用法院判决原文", byId: 1, by: "值班总编", at: "2026-12-01T10:05:00.000Z" };
  const later: SignedCheckOverride = { rule: "preferred", text: "聊城市委", reason: "原文如此", byId: 1, by: "值班总编", at: "2026-12-01T10:06:00.000Z" };
  const other = { ...story, id: 9, headline: "另一篇" };
  const boxes = () => page([box(1, story), box(2, other)]);
  const sheets = new Map([[7, [act]]]);
  const storiesOf = (snap: { content: unknown }) => (snap.content as { stories: Record<string, unknown>[] }).stories;

  it("carries the overrides of the story that has them, oldest first, in fixed fields", () => {
    const snap = pageSnapshot(boxes(), { reviewSheets: sheets, checkOverrides: new Map([[7, [override, later]]]) });
    expect(storiesOf(snap)[0].checkOverrides).toEqual([override, later]);
    expect(storiesOf(snap)[0].reviewSheet).toEqual([act]);
    expect(storiesOf(snap)[1]).not.toHaveProperty("checkOverrides");
  });
  it("leaves a story with no overrides exactly as before (no key, the same hash)", () => {
    const before = pageSnapshot(boxes(), { reviewSheets: sheets });
    for (const checkOverrides of [new Map(), new Map([[7, []]]), new Map([[9, []]])]) {
      const snap = pageSnapshot(boxes(), { reviewSheets: sheets, checkOverrides });
      expect(snap.hash).toBe(before.hash);
      expect(canonicalJson(snap.content)).toBe(canonicalJson(before.content));
    }
    // the seed's printed page: neither sheets nor overrides
    expect(storiesOf(pageSnapshot(boxes(), { checkOverrides: new Map() }))[0]).not.toHaveProperty("checkOverrides");
  });
  it("is deterministic: the same overrides with their fields in another order give the same hash", () => {
    const shuffled = Object.fromEntries(Object.entries(override).reverse()) as SignedCheckOverride;
    const a = pageSnapshot(boxes(), { reviewSheets: sheets, checkOverrides: new Map([[7, [override]]]) });
    expect(pageSnapshot(page([box(2, other), box(1, story)]), { reviewSheets: sheets, checkOverrides: new Map([[7, [shuffled]]]) }).hash).toBe(a.hash);
  });
  it("changes the hash when an override is added or its reason differs", () => {
    const base = pageSnapshot(boxes(), { reviewSheets: sheets, checkOverrides: new Map([[7, [override]]]) }).hash;
    expect(pageSnapshot(boxes(), { reviewSheets: sheets }).hash).not.toBe(base);
    expect(pageSnapshot(boxes(), { reviewSheets: sheets, checkOverrides: new Map([[7, [override, later]]]) }).hash).not.toBe(base);
    expect(pageSnapshot(boxes(), { reviewSheets: sheets, checkOverrides: new Map([[7, [{ ...override, reason: "改" }]]]) }).hash).not.toBe(base);
  });
});
