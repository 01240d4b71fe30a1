import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { DomainError } from "@/lib/errors";
import { auditEvents, pageElements, pages, stories } from "../schema";
import { getPageDetail, listEditionPages } from "../queries/pages";
import { createPage } from "./create-page";
import { deletePage } from "./delete-page";
import { updatePageDetails } from "./update-page-details";
import { savePageLayout } from "./save-page-layout";
import { makeSeededDb } from "../test-db";
import { createStory } from "./create-story";

let t: Awaited<ReturnType<typeof makeSeededDb>>;
beforeAll(async () => {
  t = await makeSeededDb();
});
afterAll(() => t.close());

function status(fn: () => unknown): number {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e.status;
    throw e;
  }
  return 200;
}
const version = (id: number) => t.db.select({ v: pages.version }).from(pages).where(eq(pages.id, id)).get()!.v;
const DATE = "2019-01-09";

describe("adding pages", () => {
  it("adds after the last page by default, in planning, with page strip and footer in place", () => {
    const p = createPage(t.db, { editionDate: DATE, name: "要闻", actor: t.users.editor });
    expect(p.number).toBe(2);
    const detail = getPageDetail(t.db, { id: p.id, viewer: t.users.editor })!;
    expect(detail).toMatchObject({ state: "planning", version: 1, name: "要闻", responsibleEditorId: null, grid: { columns: 8, linesPerColumn: 100 } });
    expect(detail.elements.map((e) => [e.kind, e.label, e.topLine, e.heightLines, e.columnSpan])).toEqual([
      ["furniture", "masthead", 1, 4, 8],
      ["furniture", "footer", 97, 4, 8],
    ]);
    expect(detail.allowedActions).toEqual(["start-layout"]);
    expect(detail.submitBlockers).toEqual(["未设置责任编辑"]);
  });

  it("takes a free number, refuses a taken one (409) and an unknown edition (404)", () => {
    expect(createPage(t.db, { editionDate: DATE, name: "副刊", number: 8, actor: t.users.editor }).number).toBe(8);
    expect(status(() => createPage(t.db, { editionDate: DATE, name: "重复", number: 1, actor: t.users.editor }))).toBe(409);
    expect(status(() => createPage(t.db, { editionDate: "2020-02-02", name: "无期", actor: t.users.editor }))).toBe(404);
    expect(createPage(t.db, { editionDate: DATE, name: "末版", actor: t.users.editor }).number).toBe(9);
    expect(listEditionPages(t.db, { date: DATE }).map((p) => p.number)).toEqual([1, 2, 8, 9]);
  });
});

describe("renumbering", () => {
  it("moves a page to a free number, refuses a taken one and a stale version, and audits it", () => {
    const page = listEditionPages(t.db, { date: DATE }).find((p) => p.number === 8)!;
    expect(status(() => updatePageDetails(t.db, { pageId: page.id, baseVersion: page.version, number: 2, actorId: t.users.editor.id }))).toBe(409);
    expect(status(() => updatePageDetails(t.db, { pageId: page.id, baseVersion: page.version + 5, number: 3, actorId: t.users.editor.id }))).toBe(409);
    expect(updatePageDetails(t.db, { pageId: page.id, baseVersion: page.version, number: 3, actorId: t.users.editor.id })).toEqual({ version: page.version + 1 });
    expect(listEditionPages(t.db, { date: DATE }).map((p) => p.number)).toEqual([1, 2, 3, 9]);
    const audit = t.db.select().from(auditEvents).where(and(eq(auditEvents.entityId, page.id), eq(auditEvents.action, "renumber"))).get();
    expect(audit?.reason).toBe("第 8 版 → 第 3 版");
  });

  it("refuses a 责任编辑 who is not an editor or chief (422)", () => {
    const page = listEditionPages(t.db, { date: DATE }).find((p) => p.number === 3)!;
    expect(status(() => updatePageDetails(t.db, { pageId: page.id, baseVersion: page.version, responsibleEditorId: t.users.reporter.id, actorId: t.users.editor.id }))).toBe(422);
  });
});

describe("removing pages", () => {
  it("needs the current version, unplaces the page's stories and removes its boxes", () => {
    const { id } = createPage(t.db, { editionDate: DATE, name: "待删", actor: t.users.editor });
    const story = createStory(t.db, { editionDate: DATE, slug: "排了又撤", kind: "article", actor: t.users.editor });
    const furniture = t.db.select().from(pageElements).where(eq(pageElements.pageId, id)).all().map(({ pageId: _p, ...e }) => e);
    savePageLayout(t.db, { pageId: id, baseVersion: 1, elements: [...furniture, { kind: "story", storyId: story.id, firstColumn: 1, columnSpan: 3, topLine: 5, heightLines: 10 }], actor: t.users.editor });
    expect(t.db.select({ pageId: stories.pageId }).from(stories).where(eq(stories.id, story.id)).get()!.pageId).toBe(id);

    expect(status(() => deletePage(t.db, { pageId: id, baseVersion: 1, actor: t.users.editor }))).toBe(409);
    expect(deletePage(t.db, { pageId: id, baseVersion: version(id), actor: t.users.editor })).toMatchObject({ id });
    expect(t.db.select().from(pages).where(eq(pages.id, id)).get()).toBeUndefined();
    expect(t.db.select().from(pageElements).where(eq(pageElements.pageId, id)).all()).toEqual([]);
    expect(t.db.select({ pageId: stories.pageId }).from(stories).where(eq(stories.id, story.id)).get()!.pageId).toBeNull();
    expect(getPageDetail(t.db, { id: t.seedPage.id })!.unplacedStories.map((s) => s.id)).toContain(story.id);
    expect(t.db.select().from(auditEvents).where(and(eq(auditEvents.entityId, id), eq(auditEvents.action, "delete"))).get()?.reason).toBe("第 10 版 待删");
    expect(status(() => deletePage(t.db, { pageId: id, baseVersion: 1, actor: t.users.editor }))).toBe(404);
  });
});
