import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { DomainError } from "@/lib/errors";
import { auditEvents, editions, pageElements, pages, stories } from "../schema";
import { getPageDetail } from "../queries/pages";
import { autoLayoutPage } from "./auto-layout-page";
import { createPage } from "./create-page";
import { savePageLayout, type LayoutElementInput } from "./save-page-layout";
import { makeSeededDb } from "../test-db";
import { createStory } from "./create-story";
import { renderMessage } from "@/lib/i18n/translate";

let t: Awaited<ReturnType<typeof makeSeededDb>>;
beforeAll(async () => {
  t = makeSeededDb({ seedPage: "in-layout" });
});
afterAll(() => t.close());

function refusal(fn: () => unknown): { status: number; message: string; details: unknown } {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return { status: e.status, message: e.message, details: e.details };
    throw e;
  }
  throw new Error("expected a refusal");
}

/** The page's boxes as the editor would send them back (ids kept). */
function currentLayout(pageId: number): LayoutElementInput[] {
  return t.db
    .select()
    .from(pageElements)
    .where(eq(pageElements.pageId, pageId))
    .all()
    .map(({ pageId: _p, ...e }) => e);
}

const version = (pageId: number) => t.db.select({ v: pages.version }).from(pages).where(eq(pages.id, pageId)).get()!.v;

function newStory(slug: string) {
  return createStory(t.db, { editionDate: "2019-01-09", slug, kind: "article", actor: t.users.editor });
}

describe("a layout save", () => {
  it("refuses boxes outside the grid or overlapping, with the request indexes, and changes nothing", () => {
    const page = t.seedPage;
    const before = currentLayout(page.id);
    const elements = [
      ...before,
      { kind: "furniture" as const, firstColumn: 8, columnSpan: 2, topLine: 5, heightLines: 3 }, // column 9 does not exist
      { kind: "furniture" as const, firstColumn: 1, columnSpan: 1, topLine: 99, heightLines: 3 }, // line 101
      { kind: "ad" as const, firstColumn: 0, columnSpan: 1, topLine: 10, heightLines: 1 }, // column 0
    ];
    const r = refusal(() => savePageLayout(t.db, { pageId: page.id, baseVersion: version(page.id), elements, actor: t.users.editor }));
    expect(r.status).toBe(422);
    const n = before.length;
    expect((r.details as { outside: number[] }).outside).toEqual([n, n + 1, n + 2]);
    // the box at line 99 also overlaps the footer (lines 97–100), the one in column 8 the story there
    const overlaps = (r.details as { overlaps: [number, number][] }).overlaps;
    expect(overlaps.some(([a, b]) => b === n + 1 && before[a].label === "footer")).toBe(true);
    expect(currentLayout(page.id)).toEqual(before);
  });

  it("refuses a box moved onto another one", () => {
    const page = t.seedPage;
    const elements = currentLayout(page.id);
    const masthead = elements.findIndex((e) => e.label === "masthead");
    const lead = elements.findIndex((e) => e.kind === "story");
    elements[lead] = { ...elements[lead], topLine: 3 };
    const r = refusal(() => savePageLayout(t.db, { pageId: page.id, baseVersion: version(page.id), elements, actor: t.users.editor }));
    expect(r.status).toBe(422);
    expect(r.details).toEqual({ outside: [], overlaps: [[Math.min(masthead, lead), Math.max(masthead, lead)]] });
  });

  it("refuses a stale save with the current version", () => {
    const page = t.seedPage;
    const r = refusal(() => savePageLayout(t.db, { pageId: page.id, baseVersion: version(page.id) - 1 || 99, elements: currentLayout(page.id), actor: t.users.editor }));
    expect(r.status).toBe(409);
    expect(r.details).toEqual({ version: version(page.id) });
  });

  it("refuses a story of another edition, a story twice, text columns that do not divide the box, a story box without a story", () => {
    const page = { id: createPage(t.db, { editionDate: "2019-01-09", name: "校验", actor: t.users.editor }).id };
    const placed = newStory("已排");
    savePageLayout(t.db, { pageId: page.id, baseVersion: 1, elements: [...currentLayout(page.id), { kind: "story", storyId: placed.id, firstColumn: 1, columnSpan: 2, topLine: 5, heightLines: 10 }], actor: t.users.editor });
    const other = t.db.insert(editions).values({ publicationId: 1, date: "2019-01-11" }).returning().get();
    const foreign = t.db
      .insert(stories)
      .values({ editionId: other.id, slug: "明天的稿", body: [] })
      .returning()
      .get();
    const base = currentLayout(page.id);
    const free = { firstColumn: 3, columnSpan: 2, topLine: 5, heightLines: 10 };
    const cases: [LayoutElementInput[], string][] = [
      [[...base, { kind: "story", storyId: foreign.id, ...free }], "another edition"],
      [[...base, { kind: "story", storyId: placed.id, ...free }], "twice"],
      [[...base, { kind: "story", storyId: newStory("分栏").id, ...free, columnSpan: 2, textColumnSpan: 3 }], "textColumnSpan"],
      [[...base, { kind: "story", ...free }], "needs a story"],
      [[...base, { kind: "ad", storyId: newStory("广告里的稿").id, ...free }], "take no story"],
      [[...base, { id: 999_999, kind: "ad", ...free }], "not on this page"],
    ];
    for (const [elements, hint] of cases) {
      const r = refusal(() => savePageLayout(t.db, { pageId: page.id, baseVersion: version(page.id), elements, actor: t.users.editor }));
      expect(r.status, hint).toBe(422);
      expect(r.message).toContain(hint);
      expect(r.details).toEqual({ index: base.length });
    }
  });

  it("saves a new page: planning → layout, stories placed on it, version bumped, audited", () => {
    const { id, number } = createPage(t.db, { editionDate: "2019-01-09", name: "要闻", actor: t.users.editor });
    const a = newStory("第一篇");
    const b = newStory("第二篇");
    const furniture = currentLayout(id);
    expect(furniture.map((e) => e.label)).toEqual(["masthead", "footer"]);
    const saved = savePageLayout(t.db, {
      pageId: id,
      baseVersion: 1,
      elements: [
        ...furniture,
        { kind: "story", storyId: a.id, firstColumn: 1, columnSpan: 4, topLine: 5, heightLines: 30, textColumnSpan: 2, headlineSize: "large" },
        { kind: "story", storyId: b.id, firstColumn: 5, columnSpan: 4, topLine: 5, heightLines: 30 },
      ],
      actor: t.users.editor,
    });
    expect(saved).toEqual({ version: 2, state: "layout" });
    const page = getPageDetail(t.db, { id })!;
    expect(page.elements.filter((e) => e.kind === "story").map((e) => [e.storyId, e.textColumnSpan, e.headlineSize])).toEqual([
      [a.id, 2, "large"],
      [b.id, 1, "medium"],
    ]);
    expect(t.db.select({ pageId: stories.pageId }).from(stories).where(eq(stories.id, a.id)).get()!.pageId).toBe(id);
    const audit = t.db.select().from(auditEvents).where(eq(auditEvents.entityId, id)).all().filter((e) => e.entityType === "page");
    expect(audit.map((e) => [e.action, e.fromState, e.toState])).toEqual([
      ["create", null, "planning"],
      ["layout", "planning", "layout"],
    ]);

    // taking b off the page gives it back to the edition's unplaced stories
    const without = currentLayout(id).filter((e) => e.storyId !== b.id);
    savePageLayout(t.db, { pageId: id, baseVersion: 2, elements: without, actor: t.users.editor });
    expect(t.db.select({ pageId: stories.pageId }).from(stories).where(eq(stories.id, b.id)).get()!.pageId).toBeNull();
    expect(getPageDetail(t.db, { id })!.unplacedStories.map((s) => s.id)).toContain(b.id);

    // a story already set on another page may not be set here too
    const other = createPage(t.db, { editionDate: "2019-01-09", name: "另一版", actor: t.users.editor });
    const elsewhere = refusal(() =>
      savePageLayout(t.db, {
        pageId: other.id,
        baseVersion: 1,
        elements: [...currentLayout(other.id), { kind: "story", storyId: a.id, firstColumn: 1, columnSpan: 2, topLine: 10, heightLines: 6 }],
        actor: t.users.editor,
      }),
    );
    expect(elsewhere.status).toBe(422);
    expect(elsewhere.message).toContain(`already on page ${number}`);
  });
});

describe("auto-layout", () => {
  it("places the chosen stories into the free area around the boxes already there, each fitting", () => {
    const { id } = createPage(t.db, { editionDate: "2019-01-09", name: "自动", actor: t.users.editor });
    // the seed's stories, taken off page 1, laid out again on a new page
    const seedStories = t.db.select().from(stories).where(eq(stories.pageId, t.seedPage.id)).all();
    const pageOne = currentLayout(t.seedPage.id);
    savePageLayout(t.db, { pageId: t.seedPage.id, baseVersion: version(t.seedPage.id), elements: pageOne.filter((e) => e.storyId === null), actor: t.users.editor });
    const ids = seedStories.map((s) => s.id);
    const result = autoLayoutPage(t.db, { pageId: id, baseVersion: 1, storyIds: ids, actor: t.users.editor });
    expect(result.state).toBe("layout");
    expect(result.placed.length + result.unplaced.length).toBe(ids.length);
    expect(result.placed.length).toBeGreaterThanOrEqual(ids.length - 1);
    for (const u of result.unplaced) expect(renderMessage("zh-CN", u.reason)).toMatch(/行/);
    const page = getPageDetail(t.db, { id })!;
    const boxes = page.elements.filter((e) => e.storyId !== null);
    expect(boxes.map((b) => b.storyId).sort()).toEqual([...result.placed].sort());
    for (const b of boxes) expect(b.fit?.status).not.toBe("over");
    // Each box is as tall as its text needs at its width (within one line); no short story spans the page.
    for (const b of boxes) {
      expect(b.heightLines - b.fit!.linesNeeded, `story ${b.storyId}`).toBeGreaterThanOrEqual(0);
      expect(b.heightLines - b.fit!.linesNeeded, `story ${b.storyId}`).toBeLessThanOrEqual(1);
      expect(b.heightLines, `story ${b.storyId}`).toBeLessThan(60);
    }
    expect(page.elements.find((e) => e.label === "masthead")).toMatchObject({ topLine: 1, heightLines: 4 });

    // stories already on a page are refused; so is a stale version
    expect(refusal(() => autoLayoutPage(t.db, { pageId: id, baseVersion: version(id), storyIds: [result.placed[0]], actor: t.users.editor })).status).toBe(422);
    expect(refusal(() => autoLayoutPage(t.db, { pageId: id, baseVersion: 1, storyIds: [newStory("迟到").id], actor: t.users.editor })).status).toBe(409);
    // put page 1 back as it was
    const moved = currentLayout(id).filter((e) => e.storyId !== null).map((e) => e.storyId);
    savePageLayout(t.db, { pageId: id, baseVersion: version(id), elements: currentLayout(id).filter((e) => e.storyId === null), actor: t.users.editor });
    savePageLayout(t.db, { pageId: t.seedPage.id, baseVersion: version(t.seedPage.id), elements: pageOne.map(({ id: _id, ...e }) => e), actor: t.users.editor });
    expect(moved.length).toBeGreaterThan(0);
  });
});
