import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { DomainError } from "@/lib/errors";
import { auditEvents, pageElements, pages, stories } from "../schema";
import { makeSeededDb, proofreadPage } from "../test-db";
import { correctStory } from "../commands/correct-story";
import { createEdition } from "../commands/create-edition";
import { createPage } from "../commands/create-page";
import { createStory } from "../commands/create-story";
import { transitionPage } from "../commands/transition-page";
import { updatePageDetails } from "../commands/update-page-details";
import { getEpaperArchive, getEpaperArticle, getEpaperPage, getNewestReleasedPage, getReleasedPageRef, listReleasedEditionDates, listReleasedPageRefs } from "./epaper";

const SEED = "2019-01-09";
let t: ReturnType<typeof makeSeededDb>;

/** The seed page as it is printed: released (whatever state the seed loads it in). */
function releaseSeedPage() {
  const state = () => t.db.select({ state: pages.state }).from(pages).where(eq(pages.id, t.seedPage.id)).get()!.state;
  for (const [from, action] of [
    ["layout", "submit"],
    ["submitted", "sign"],
    ["signed", "release"],
  ] as const) {
    if (state() !== from) continue;
    if (action === "sign") proofreadPage(t.db, t.seedPage.id);
    transitionPage(t.db, { pageId: t.seedPage.id, action, actor: action === "submit" ? t.users.editor : t.users.chief });
  }
  expect(state()).toBe("released");
}

const storiesOnSeedPage = () =>
  t.db
    .selectDistinct({ id: stories.id, status: stories.status, headline: stories.headline })
    .from(pageElements)
    .innerJoin(stories, eq(stories.id, pageElements.storyId))
    .where(eq(pageElements.pageId, t.seedPage.id))
    .all();

/** A page of the seed edition signed by the chief but not released: empty, with its 责任编辑. */
function signedPage() {
  const { id, number } = createPage(t.db, { editionDate: SEED, name: "已签未付印", actor: t.users.editor });
  transitionPage(t.db, { pageId: id, action: "start-layout", actor: t.users.editor });
  const version = t.db.select({ version: pages.version }).from(pages).where(eq(pages.id, id)).get()!.version;
  updatePageDetails(t.db, { pageId: id, baseVersion: version, responsibleEditorId: t.users.editor.id, actorId: t.users.editor.id });
  transitionPage(t.db, { pageId: id, action: "submit", actor: t.users.editor });
  proofreadPage(t.db, id);
  transitionPage(t.db, { pageId: id, action: "sign", actor: t.users.chief });
  return { id, number };
}

beforeAll(() => {
  t = makeSeededDb({ seedPage: "in-layout" });
});
afterAll(() => t.close());

describe("the e-paper's reads: only released pages and their stories exist", () => {
  it("shows nothing of a page before it is released, and everything once it is", () => {
    const before = t.db.select({ state: pages.state }).from(pages).where(eq(pages.id, t.seedPage.id)).get()!.state;
    if (before !== "released") {
      expect(getEpaperPage(t.db, { date: SEED, number: t.seedPage.number })).toBeUndefined();
      expect(getEpaperArticle(t.db, { date: SEED, storyId: storiesOnSeedPage()[0].id })).toBeUndefined();
      expect(listReleasedEditionDates(t.db)).not.toContain(SEED);
    }
    releaseSeedPage();
    const view = getEpaperPage(t.db, { date: SEED, number: t.seedPage.number })!;
    expect(view).toMatchObject({ publication: "大众日报", date: SEED, page: { number: 1, name: "聊城新闻", responsibleEditor: "李强" }, previousEdition: null, nextEdition: null });
    expect(view.page.key).toMatch(/^[0-9a-f]{16}$/);
    expect(view.pages.map((p) => p.number)).toEqual([1]);
    expect(view.monthDates).toEqual([SEED]);
    // 标题导航: every story of the page once, each with a hot area on the sheet.
    expect(view.stories.map((s) => s.id).sort()).toEqual(storiesOnSeedPage().map((s) => s.id).sort());
    expect(view.stories.map((s) => s.headline)).toContain("党支部唱响两新组织发展主旋律");
    for (const area of view.stories.flatMap((s) => s.areas)) {
      expect(area.left).toBeGreaterThanOrEqual(5);
      expect(area.left + area.width).toBeLessThanOrEqual(95);
      expect(area.top + area.height).toBeLessThanOrEqual(100);
    }
    expect(getNewestReleasedPage(t.db)).toEqual({ date: SEED, number: 1 });
    expect(listReleasedPageRefs(t.db, { dates: [SEED] })).toEqual([{ id: t.seedPage.id, date: SEED, number: 1, key: view.page.key }]);
  });

  it("gives a story of the released page whole, with the pages it is on", () => {
    releaseSeedPage();
    const lead = storiesOnSeedPage().find((s) => s.headline === "党支部唱响两新组织发展主旋律")!;
    const article = getEpaperArticle(t.db, { date: SEED, storyId: lead.id })!;
    expect(article.story).toMatchObject({ headline: "党支部唱响两新组织发展主旋律", kicker: expect.any(String) });
    expect(article.story.body.length).toBeGreaterThan(3);
    expect(article.story.bylines.map((b) => b.name)).toContain("李梦");
    expect(article.pages).toEqual([{ number: 1, name: "聊城新闻", key: expect.any(String) }]);
    expect(article.corrections).toEqual([]);
    const withSidebar = storiesOnSeedPage()
      .map((s) => getEpaperArticle(t.db, { date: SEED, storyId: s.id })!)
      .find((a) => a.story.sidebars.length > 0);
    expect(withSidebar?.story.sidebars[0].title).toBe("相关链接");
  });

  it("has no draft, no story of another date or page, no signed-but-unreleased page, no guessed id", () => {
    releaseSeedPage();
    const draft = createStory(t.db, { editionDate: SEED, slug: "未见报", kind: "article", actor: t.users.editor });
    expect(getEpaperArticle(t.db, { date: SEED, storyId: draft.id })).toBeUndefined();
    const lead = storiesOnSeedPage()[0];
    // the seed's next edition (2019-01-10, from the template) is not released
    expect(getEpaperArticle(t.db, { date: "2019-01-10", storyId: lead.id })).toBeUndefined();
    expect(getEpaperArticle(t.db, { date: SEED, storyId: 987_654 })).toBeUndefined();

    const signed = signedPage();
    expect(t.db.select({ state: pages.state }).from(pages).where(eq(pages.id, signed.id)).get()!.state).toBe("signed");
    expect(getEpaperPage(t.db, { date: SEED, number: signed.number })).toBeUndefined();
    expect(getReleasedPageRef(t.db, { date: SEED, number: signed.number })).toBeUndefined();
    // The released page's navigation lists released pages only.
    expect(getEpaperPage(t.db, { date: SEED, number: 1 })!.pages.map((p) => p.number)).toEqual([1]);
    expect(getEpaperPage(t.db, { date: "2019-01-10", number: 1 })).toBeUndefined();
    expect(listReleasedEditionDates(t.db)).toEqual([SEED]);
  });

  it("gives the archive month with the editions in it", () => {
    releaseSeedPage();
    expect(getEpaperArchive(t.db, { month: "2019-01" })).toMatchObject({ month: "2019-01", dates: [SEED], previousMonth: null, nextMonth: null });
    expect(getEpaperArchive(t.db, { month: "2019-03" })).toMatchObject({ dates: [], previousMonth: "2019-01", nextMonth: null });
  });
});

describe("a correction after release (published → correct)", () => {
  it("is refused for a story that is not published, and shown on the article once made", () => {
    releaseSeedPage();
    const draft = createStory(t.db, { editionDate: SEED, slug: "未见报的稿", kind: "article", actor: t.users.editor });
    expect(() => correctStory(t.db, { storyId: draft.id, note: "更正", actor: t.users.chief })).toThrow(DomainError);
    try {
      correctStory(t.db, { storyId: draft.id, note: "更正", actor: t.users.chief });
    } catch (e) {
      expect((e as DomainError).status).toBe(409);
    }

    const published = storiesOnSeedPage().find((s) => s.status === "published")!;
    correctStory(t.db, { storyId: published.id, note: "第二段中“2017年”应为“2018年”。", actor: t.users.chief });
    const article = getEpaperArticle(t.db, { date: SEED, storyId: published.id })!;
    expect(article.corrections).toEqual([{ note: "第二段中“2017年”应为“2018年”。", date: expect.stringMatching(/^\d{4}-\d\d-\d\d$/) }]);
    const audit = t.db.select().from(auditEvents).where(and(eq(auditEvents.entityType, "story"), eq(auditEvents.entityId, published.id), eq(auditEvents.action, "correct"))).all();
    expect(audit).toHaveLength(1);
    // The story itself stays published, its printed text unchanged.
    expect(t.db.select({ status: stories.status }).from(stories).where(eq(stories.id, published.id)).get()!.status).toBe("published");
  });
});
