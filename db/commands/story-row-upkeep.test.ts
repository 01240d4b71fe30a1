import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { storyZi } from "@/lib/story-zi";
import type { StoryText } from "@/lib/story-text";
import { makeSeededDb } from "../test-db";
import { pages, stories } from "../schema";
import { getStoryById, listBudget } from "../queries/stories";
import { createStory } from "./create-story";
import { restoreRevision } from "./restore-revision";
import { transitionStory } from "./transition-story";
import { updatePageDetails } from "./update-page-details";
import { updateStory } from "./update-story";

let t: ReturnType<typeof makeSeededDb>;
beforeAll(() => {
  t = makeSeededDb({ seedPage: "in-layout" });
});
afterAll(() => t.close());

const LONG_AGO = "2000-01-01T00:00:00.000Z";
const text = (body: string[], sidebar: string[] = []): StoryText => ({
  kicker: null,
  headline: "科普专家人才库",
  subheadline: null,
  dateline: "本报聊城讯",
  body,
  sidebars: sidebar.length ? [{ title: "相关链接", paragraphs: sidebar }] : [],
  bylines: [{ name: "李梦", role: "reporter" }],
});
const row = (id: number) => t.db.select({ createdAt: stories.createdAt, updatedAt: stories.updatedAt, zi: stories.zi }).from(stories).where(eq(stories.id, id)).get()!;

describe("the story row keeps its creation time and its 字数", () => {
  it("a save, a transition and a restore set updated_at and leave created_at alone", () => {
    const { db, users } = t;
    const { id } = createStory(db, { editionDate: "2019-01-09", slug: "科普", kind: "article", actor: users.reporter });
    expect(row(id).updatedAt).toBe(row(id).createdAt);
    db.update(stories).set({ createdAt: LONG_AGO, updatedAt: LONG_AGO }).where(eq(stories.id, id)).run();

    const saved = updateStory(db, { storyId: id, baseVersion: 1, content: text(["日前，省科协公布专家名单。"]), actor: users.reporter });
    expect(row(id).createdAt).toBe(LONG_AGO);
    expect(row(id).updatedAt > LONG_AGO).toBe(true);

    db.update(stories).set({ updatedAt: LONG_AGO }).where(eq(stories.id, id)).run();
    const filed = transitionStory(db, { storyId: id, action: "file", actor: users.reporter });
    expect(row(id)).toMatchObject({ createdAt: LONG_AGO });
    expect(row(id).updatedAt > LONG_AGO).toBe(true);

    db.update(stories).set({ updatedAt: LONG_AGO }).where(eq(stories.id, id)).run();
    restoreRevision(db, { storyId: id, number: 1, baseVersion: filed.version, actor: users.editor });
    expect(row(id).createdAt).toBe(LONG_AGO);
    expect(row(id).updatedAt > LONG_AGO).toBe(true);
    expect(saved.changed).toBe(true);
  });

  it("a page write sets updated_at and leaves created_at alone", () => {
    const { db, seedPage, users } = t;
    db.update(pages).set({ createdAt: LONG_AGO, updatedAt: LONG_AGO }).where(eq(pages.id, seedPage.id)).run();
    const before = db.select().from(pages).where(eq(pages.id, seedPage.id)).get()!;
    updatePageDetails(db, { pageId: seedPage.id, baseVersion: before.version, name: "聊城新闻·二", actorId: users.editor.id });
    const after = db.select().from(pages).where(eq(pages.id, seedPage.id)).get()!;
    expect(after.createdAt).toBe(LONG_AGO);
    expect(after.updatedAt > LONG_AGO).toBe(true);
  });

  it("stores 字数 of body and sidebars with every save and restore, and the budget reports it", () => {
    const { db, users } = t;
    const { id } = createStory(db, { editionDate: "2019-01-09", slug: "字数", kind: "article", actor: users.reporter });
    const body = ["租用了5000多平方米的厂房，COVID-19疫情。", "增长3.5%。"];
    const sidebar = ["www.dzwww.com"];
    const v = updateStory(db, { storyId: id, baseVersion: 1, content: text(body, sidebar), actor: users.reporter }).version;
    const want = storyZi({ body, sidebars: [{ paragraphs: sidebar }] });
    expect(want).toBe(21);
    expect(row(id).zi).toBe(want);
    expect(listBudget(db, { editionDate: "2019-01-09" }).find((s) => s.id === id)?.length).toBe(want);
    expect(getStoryById(db, { id })?.length).toBe(want);

    restoreRevision(db, { storyId: id, number: 1, baseVersion: v, actor: users.reporter });
    expect(row(id).zi).toBe(0);
    expect(listBudget(db, { editionDate: "2019-01-09" }).find((s) => s.id === id)?.length).toBe(0);
  });

  it("the seed load stores 字数 of every seed story", () => {
    const budget = listBudget(t.db, { editionDate: "2019-01-09" }).filter((s) => s.slug !== "科普" && s.slug !== "字数");
    expect(budget.length).toBe(8);
    for (const item of budget) {
      const story = getStoryById(t.db, { id: item.id })!;
      expect(item.length).toBe(storyZi(story));
    }
    expect(budget.every((s) => s.length > 0)).toBe(true);
  });
});
