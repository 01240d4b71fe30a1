import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { pages } from "../schema";
import { createEdition } from "../commands/create-edition";
import { createPage } from "../commands/create-page";
import { createStory } from "../commands/create-story";
import { transitionStory } from "../commands/transition-story";
import { updateStory } from "../commands/update-story";
import { savePageLayout, type LayoutElementInput } from "../commands/save-page-layout";
import { transitionPage } from "../commands/transition-page";
import { updatePageDetails } from "../commands/update-page-details";
import { makeSeededDb, pageLayoutOf, proofreadPage } from "../test-db";
import { getEpaperArticle, getEpaperPage } from "./epaper";
import { getPageDetail } from "./pages";

/** 转版 on the e-paper: the seed's 东昌府区 story goes on on another page; the article is whole, with both pages. */
const HEADLINE = "求解打通便民服务的“最后百米”";
const DATE = "2019-02-01";
let t: ReturnType<typeof makeSeededDb>;
beforeAll(() => {
  t = makeSeededDb();
});
afterAll(() => t.close());

const version = (id: number) => t.db.select({ v: pages.version }).from(pages).where(eq(pages.id, id)).get()!.v;
const state = (id: number) => t.db.select({ s: pages.state }).from(pages).where(eq(pages.id, id)).get()!.s;
const save = (pageId: number, elements: LayoutElementInput[]) => savePageLayout(t.db, { pageId, baseVersion: version(pageId), elements, actor: t.users.editor });

/** Up to 签版 (both halves must be signed before 付印 publishes the story), then 付印 unless told not to. */
function release(pageId: number, { signOnly = false } = {}) {
  if (state(pageId) === "planning") transitionPage(t.db, { pageId, action: "start-layout", actor: t.users.editor });
  if (state(pageId) === "layout") {
    if (!getPageDetail(t.db, { id: pageId })!.responsibleEditorId) updatePageDetails(t.db, { pageId, baseVersion: version(pageId), responsibleEditorId: t.users.editor.id, actorId: t.users.editor.id });
    transitionPage(t.db, { pageId, action: "submit", actor: t.users.editor });
  }
  if (state(pageId) === "submitted") {
    proofreadPage(t.db, pageId);
    transitionPage(t.db, { pageId, action: "sign", actor: t.users.chief });
  }
  if (signOnly) return expect(state(pageId)).toBe("signed");
  if (state(pageId) === "signed") transitionPage(t.db, { pageId, action: "release", actor: t.users.chief });
  expect(state(pageId)).toBe("released");
}

describe("a 转版 story in the e-paper", () => {
  it("is one article, whole, linked from both pages once both are released", () => {
    // The seed story's text, approved, on a page of an edition of its own (the seed page may load released).
    const seedStory = getPageDetail(t.db, { id: t.seedPage.id })!.elements.find((e) => e.story?.headline === HEADLINE)!.story!;
    createEdition(t.db, { date: DATE, template: false, actor: t.users.editor });
    const { id: storyId, version: v0 } = createStory(t.db, { editionDate: DATE, slug: "便民服务", kind: "article", actor: t.users.editor });
    const text = { kicker: seedStory.kicker, headline: seedStory.headline, subheadline: seedStory.subheadline, dateline: seedStory.dateline, body: seedStory.body, sidebars: seedStory.sidebars, bylines: seedStory.bylines.map((b) => ({ name: b.name, role: b.role })) };
    updateStory(t.db, { storyId, baseVersion: v0, content: text, actor: t.users.editor });
    transitionStory(t.db, { storyId, action: "file", actor: t.users.editor });
    transitionStory(t.db, { storyId, action: "pass", actor: t.users.editor });
    transitionStory(t.db, { storyId, action: "approve", actor: t.users.chief });
    const one = createPage(t.db, { editionDate: DATE, name: "要闻", actor: t.users.editor }).id;
    save(one, [...pageLayoutOf(t.db, one), { kind: "story", storyId, firstColumn: 1, columnSpan: 4, topLine: 5, heightLines: 20 }]);
    const source = pageLayoutOf(t.db, one).find((e) => e.storyId === storyId)!;
    const jump = createPage(t.db, { editionDate: DATE, name: "综合", actor: t.users.editor });
    save(jump.id, [
      ...pageLayoutOf(t.db, jump.id),
      // as tall as the rest of the text needs (a box short by more than 3 lines blocks submit)
      { kind: "story", storyId, continuedFromElementId: source.id, firstColumn: 1, columnSpan: 3, topLine: 5, heightLines: 26, headlineSize: "small" },
    ]);
    release(one, { signOnly: true });
    release(jump.id, { signOnly: true });
    release(one);
    // Page 1 is out, the jump page not yet: the story is in the e-paper, on page 1 only.
    expect(getEpaperArticle(t.db, { date: DATE, storyId: storyId })!.pages.map((p) => p.number)).toEqual([1]);
    release(jump.id);
    const article = getEpaperArticle(t.db, { date: DATE, storyId: storyId })!;
    expect(article.pages.map((p) => [p.number, p.name])).toEqual([
      [1, "要闻"],
      [jump.number, "综合"],
    ]);
    expect(article.story.headline).toBe(HEADLINE);
    expect(article.story.body.join("")).toContain("代办员一般");
    // Both pages have a hot area for it.
    for (const n of [1, jump.number]) expect(getEpaperPage(t.db, { date: DATE, number: n })!.stories.map((s) => s.id)).toContain(storyId);
  });
});
