import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { EDITION_LIMITS } from "@/lib/edition-limits";
import { DomainError } from "@/lib/errors";
import { renderMessage } from "@/lib/i18n/translate";
import { makeTestDb, refusal } from "../test-db";
import { pageElements, stories } from "../schema";
import { autoLayoutPage } from "./auto-layout-page";
import { createStory } from "./create-story";

let t: Awaited<ReturnType<typeof makeTestDb>>;
beforeAll(async () => {
  t = await makeTestDb([{ login: "liqiang", name: "李强", role: "editor" }]);
});
afterAll(() => t.close());


describe("caps that keep each request's work bounded", () => {
  it(`an edition takes ${EDITION_LIMITS.storiesPerEdition} stories and refuses the next with a worded 409`, () => {
    const { db, edition, users } = t;
    const filler = Array.from({ length: EDITION_LIMITS.storiesPerEdition - 1 }, (_, i) => ({ editionId: edition.id, position: i + 1, slug: `稿${i + 1}` }));
    for (let i = 0; i < filler.length; i += 200) db.insert(stories).values(filler.slice(i, i + 200)).run();
    const last = createStory(db, { editionDate: "2019-01-09", slug: "最后一篇", kind: "article", actor: { ...users.liqiang } });
    expect(db.select({ position: stories.position }).from(stories).where(eq(stories.id, last.id)).get()?.position).toBe(EDITION_LIMITS.storiesPerEdition);
    const e = refusal(() => createStory(db, { editionDate: "2019-01-09", slug: "多一篇", kind: "article", actor: users.liqiang }));
    expect([e.status, e.key]).toEqual([409, "edition.tooManyStories"]);
    expect(renderMessage("zh-CN", e.reason)).toBe(`一期最多 ${EDITION_LIMITS.storiesPerEdition} 篇稿件`);
    expect(renderMessage("en", e.reason)).toBe(`an edition holds at most ${EDITION_LIMITS.storiesPerEdition} stories`);
    expect(db.select().from(stories).where(eq(stories.slug, "多一篇")).all()).toEqual([]);
  });

  it(`auto-layout may not take a page past ${EDITION_LIMITS.boxesPerPage} boxes`, () => {
    const { db, page, users } = t;
    // a full page's worth of 1 × 1 furniture boxes across the top, room left below
    const boxes = Array.from({ length: EDITION_LIMITS.boxesPerPage }, (_, i) => ({
      pageId: page.id,
      kind: "furniture" as const,
      firstColumn: (i % 8) + 1,
      columnSpan: 1,
      topLine: Math.floor(i / 8) + 1,
      heightLines: 1,
    }));
    for (let i = 0; i < boxes.length; i += 100) db.insert(pageElements).values(boxes.slice(i, i + 100)).run();
    const story = db.select({ id: stories.id }).from(stories).where(eq(stories.slug, "稿1")).get()!;
    const e = refusal(() => autoLayoutPage(db, { pageId: page.id, baseVersion: page.version, storyIds: [story.id], actor: users.liqiang }));
    expect([e.status, e.key]).toEqual([422, "layout.tooManyBoxes"]);
    expect(renderMessage("en", e.reason)).toBe(`a page holds at most ${EDITION_LIMITS.boxesPerPage} boxes`);
    expect(db.select().from(pageElements).where(eq(pageElements.pageId, page.id)).all()).toHaveLength(EDITION_LIMITS.boxesPerPage);
  });
});
