import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { eq, inArray } from "drizzle-orm";
import type { StoryText } from "@/lib/story-text";
import { makeSeededDb, type TestUser } from "../test-db";
import { editions, pageElements, pages, people, stories, storyRevisions } from "../schema";
import { createEdition } from "../commands/create-edition";
import { createStory } from "../commands/create-story";
import { createUser } from "../commands/create-user";
import { importStories } from "../commands/import-stories";
import { restoreRevision } from "../commands/restore-revision";
import { transitionStory } from "../commands/transition-story";
import { updateStory } from "../commands/update-story";
import { SEARCH_WINDOW, searchStories, type SearchFilter } from "./search-stories";

let t: ReturnType<typeof makeSeededDb>;
let otherReporter: TestUser;
beforeEach(async () => {
  t = makeSeededDb();
  const u = await createUser(t.db, { login: "other", name: "王另", role: "reporter", password: "password-1" });
  otherReporter = { id: u.id, role: u.role, name: u.name };
});
afterEach(() => t.close());

const search = (q: string, more: Partial<SearchFilter> = {}) =>
  searchStories(t.db, { q, user: t.users.editor, sort: "rank", limit: 20, offset: 0, ...more });
const ids = (q: string, more: Partial<SearchFilter> = {}) => search(q, more).hits.map((h) => h.id);
const text = (headline: string, body: string[], more: Partial<StoryText> = {}): StoryText => ({
  kicker: null,
  headline,
  subheadline: null,
  dateline: null,
  body,
  sidebars: [],
  bylines: [{ name: "李梦", role: "reporter" }],
  ...more,
});

/** A reporter's story in the seed edition with this text, as a draft. */
function draft(content: StoryText, actor = t.users.reporter) {
  const { id, version } = createStory(t.db, { editionDate: "2019-01-09", slug: "检索", kind: "article", actor });
  const saved = updateStory(t.db, { storyId: id, baseVersion: version, content, actor });
  return { id, version: saved.version };
}

describe("search over the seed", () => {
  it.each(["聊城", "党支部", "孙亚飞", "2018年"])("finds %s with a marked snippet or title", (q) => {
    const { total, hits } = search(q);
    expect(total).toBeGreaterThan(0);
    for (const hit of hits) expect([...hit.title, ...hit.snippet].some((p) => p.hit) || q === "孙亚飞").toBe(true);
  });

  it("finds a reporter by the byline and shows the name", () => {
    const { hits } = search("孙亚飞");
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.bylines.includes("孙亚飞"))).toBe(true);
  });

  it("ranks a headline hit above a body hit", () => {
    const inBody = draft(text("无关标题", ["今天我们来谈谈蓝莓合作社。", "别的话题。"]));
    const inHeadline = draft(text("蓝莓合作社丰收", ["别的话题。"]));
    expect(ids("蓝莓合作社")).toEqual([inHeadline.id, inBody.id]);
    expect(ids("蓝莓合作社", { sort: "newest" })).toEqual([inHeadline.id, inBody.id].sort((a, b) => b - a));
  });

  it("counts every match and pages through them", () => {
    const all = search("聊城", { limit: 50 });
    const second = search("聊城", { limit: 5, offset: 5 });
    expect(second.total).toBe(all.total);
    expect(second.hits.map((h) => h.id)).toEqual(all.hits.slice(5, 10).map((h) => h.id));
  });

  it("ranks and counts the same with a filter that keeps everything (the index-only path and the joined one)", () => {
    const plain = search("聊城", { limit: 50 });
    const filtered = search("聊城", { limit: 50, from: "1900-01-01" });
    expect(filtered.total).toBe(plain.total);
    expect(filtered.hits.map((h) => h.id)).toEqual(plain.hits.map((h) => h.id));
  });

  it("filters by date, status, kind and person", () => {
    const { id } = draft(text("蓝莓合作社", ["正文。"]));
    expect(ids("蓝莓合作社", { from: "2019-01-09", to: "2019-01-09" })).toEqual([id]);
    expect(ids("蓝莓合作社", { from: "2019-01-10" })).toEqual([]);
    expect(ids("蓝莓合作社", { status: "draft" })).toEqual([id]);
    expect(ids("蓝莓合作社", { status: "filed" })).toEqual([]);
    expect(ids("蓝莓合作社", { kind: "brief" })).toEqual([]);
    const limeng = t.db.select().from(people).where(eq(people.name, "李梦")).get()!;
    expect(ids("蓝莓合作社", { personId: limeng.id })).toEqual([id]);
    expect(ids("蓝莓合作社", { personId: limeng.id + 1000 })).toEqual([]);
  });

  it("filters by page name (版名), in any edition", () => {
    const unplaced = draft(text("聊城蓝莓合作社", ["正文。"])).id;
    const onPage = search("聊城", { pageName: "聊城新闻", limit: 50 });
    expect(onPage.total).toBeGreaterThan(0);
    expect(onPage.total).toBeLessThan(search("聊城").total);
    expect(onPage.hits.every((h) => h.pageName === "聊城新闻")).toBe(true);
    expect(onPage.hits.map((h) => h.id)).not.toContain(unplaced);
    expect(search("聊城", { pageName: "没有这个版" }).total).toBe(0);
    // combined with the date range and the status
    expect(search("聊城", { pageName: "聊城新闻", from: "2019-01-10" }).total).toBe(0);
    expect(search("聊城", { pageName: "聊城新闻", status: "published" }).total).toBe(onPage.total);
  });

  it.each(['"', "聊城*", "NEAR(聊城 党支部)", "title:聊城", "聊城 OR", "AND", "(((", "'; DROP TABLE stories; --", "*"])(
    "treats %j as text, never as an error",
    (q) => {
      expect(() => search(q)).not.toThrow();
    },
  );
});

describe("bounded work", () => {
  it("counts, filters and ranks only the newest matches of the window, and says so", () => {
    const made = [1, 2, 3, 4, 5].map((i) => draft(text(`荔枝园第${i}期`, ["荔枝园的新闻。"])).id);
    expect(search("荔枝园").capped).toBe(false);
    const capped = search("荔枝园", { window: 3 });
    expect(capped.capped).toBe(true);
    expect(capped.total).toBe(3);
    expect(capped.hits.map((h) => h.id).sort((a, b) => a - b)).toEqual(made.slice(2));
    // the window is of the matches that pass the filters: an older story a filter asks for is still found
    transitionStory(t.db, { storyId: made[0], action: "file", actor: t.users.reporter });
    expect(search("荔枝园", { window: 3, status: "filed" })).toMatchObject({ capped: false, total: 1, hits: [{ id: made[0] }] });
    expect(search("荔枝园", { window: 3, status: "draft" })).toMatchObject({ capped: true, total: 3 });
    expect(search("荔枝园", { window: 5 }).capped).toBe(false);
  });

  it("examines only the newest matches of the text for the other filters: a rare status with a common word is capped, not a walk of every match", () => {
    const made = Array.from({ length: 8 }, (_, i) => draft(text(`荔枝园第${i}期`, ["荔枝园的新闻。"])).id);
    // two spiked: the oldest, and one among the five newest
    t.db.update(stories).set({ status: "spiked" }).where(inArray(stories.id, [made[0], made[4]])).run();
    // the five newest matches are examined: the spiked one among them is found, the older one is not reached
    expect(search("荔枝园", { window: 3, examine: 5, status: "spiked" })).toMatchObject({ capped: true, total: 1, hits: [{ id: made[4] }] });
    expect(search("荔枝园", { window: 3, examine: 5, status: "spiked", user: t.users.reporter })).toMatchObject({ capped: true, total: 1 });
    // examining them all finds both, not capped; a plain search (no filter to examine for) is capped by the window only
    expect(search("荔枝园", { window: 3, examine: 8, status: "spiked" })).toMatchObject({ capped: false, total: 2 });
    expect(search("荔枝园", { window: 8, examine: 5 })).toMatchObject({ capped: false, total: 8 });
  });

  it("capped, still ranks a headline hit above body hits (without bm25's whole-index count), then newest", () => {
    const older = draft(text("无关标题一", ["我们来谈谈蓝莓合作社。"])).id;
    const inHeadline = draft(text("蓝莓合作社丰收", ["别的话题。"])).id;
    const newer = draft(text("无关标题二", ["又谈蓝莓合作社。"])).id;
    const newest = draft(text("无关标题三", ["还是蓝莓合作社。"])).id;
    expect(ids("蓝莓合作社", { window: 3 })).toEqual([inHeadline, newest, newer]);
    expect(ids("蓝莓合作社", { window: 3, status: "draft" })).toEqual([inHeadline, newest, newer]);
    expect(ids("蓝莓合作社")).toContain(older);
  });
});

describe("dates in the index", () => {
  it("a narrow old range finds its matches although more than the window of newer stories match", () => {
    const old = [1, 2, 3].map((i) => draft(text(`荔枝园第${i}期`, ["荔枝园的新闻。"])).id);
    const newer = createEdition(t.db, { date: "2019-02-01", actor: t.users.chief, template: false }).id;
    const rows = Array.from({ length: SEARCH_WINDOW + 100 }, (_, i) => ({
      editionId: newer,
      slug: `荔枝${i}`,
      headline: `荔枝园新闻${i}`,
      body: ["荔枝园又丰收了。"],
      status: "filed" as const,
      createdById: t.users.reporter.id,
    }));
    t.db.transaction((tx) => {
      for (let i = 0; i < rows.length; i += 500) tx.insert(stories).values(rows.slice(i, i + 500)).run();
    });
    // without dates: the window of the newest matches, none of the old ones among them
    const all = search("荔枝园", { sort: "newest" });
    expect(all).toMatchObject({ capped: true, total: SEARCH_WINDOW });
    expect(all.hits.some((h) => old.includes(h.id))).toBe(false);
    // a day, a month, an open end before the newer edition: exactly the old ones, counted whole, not capped
    for (const range of [{ from: "2019-01-09", to: "2019-01-09" }, { from: "2019-01-01", to: "2019-01-31" }, { to: "2019-01-31" }, { from: "2018-06-01", to: "2019-01-20" }]) {
      const found = search("荔枝园", range);
      expect(found, JSON.stringify(range)).toMatchObject({ capped: false, total: 3 });
      expect(found.hits.map((h) => h.id).sort((a, b) => a - b)).toEqual(old);
      // the same with the reporter's visibility joined (their own drafts) and with another filter
      expect(search("荔枝园", { ...range, user: t.users.reporter }).total).toBe(3);
      expect(search("荔枝园", { ...range, status: "draft" }).total).toBe(3);
      expect(search("荔枝园", { ...range, user: otherReporter }).total).toBe(0);
    }
    // the newer edition alone, and a range with no edition at all
    expect(search("荔枝园", { from: "2019-02-01" })).toMatchObject({ capped: true, total: SEARCH_WINDOW });
    expect(search("荔枝园", { from: "2019-02-01", sort: "newest" }).hits.every((h) => h.editionDate === "2019-02-01")).toBe(true);
    expect(search("荔枝园", { from: "2019-01-11", to: "2019-01-31" }).total).toBe(0);
    expect(search("荔枝园", { from: "2030-01-01" }).total).toBe(0);
  });

  it("a date written by hand, not by a command, moves the story in the index (the triggers)", () => {
    const { id } = draft(text("蓝莓合作社", ["正文。"]));
    const later = createEdition(t.db, { date: "2019-03-05", actor: t.users.chief, template: false }).id;
    expect(ids("蓝莓合作社", { from: "2019-03-01" })).toEqual([]);
    t.db.update(stories).set({ editionId: later }).where(eq(stories.id, id)).run();
    expect(ids("蓝莓合作社", { from: "2019-03-01" })).toEqual([id]);
    t.db.update(editions).set({ date: "2019-03-06" }).where(eq(editions.id, later)).run();
    expect(ids("蓝莓合作社", { from: "2019-03-06", to: "2019-03-06" })).toEqual([id]);
    expect(ids("蓝莓合作社", { to: "2019-03-05" })).toEqual([]);
  });
});

describe("the index stays in step with the stories", () => {
  it("a save, another save and a restore change what is found", () => {
    const { id, version } = draft(text("蓝莓合作社", ["第一稿。"]));
    expect(ids("蓝莓合作社")).toEqual([id]);
    const second = updateStory(t.db, { storyId: id, baseVersion: version, content: text("樱桃种植园", ["第二稿。"]), actor: t.users.editor });
    expect(ids("蓝莓合作社")).toEqual([]);
    expect(ids("樱桃种植园")).toEqual([id]);
    const first = t.db.select().from(storyRevisions).where(eq(storyRevisions.storyId, id)).all().find((r) => JSON.stringify(r.content).includes("第一稿"))!;
    restoreRevision(t.db, { storyId: id, number: first.number, baseVersion: second.version, actor: t.users.editor });
    expect(ids("蓝莓合作社")).toEqual([id]);
    expect(ids("樱桃种植园")).toEqual([]);
  });

  it("sidebars and bylines are found, and follow their edits", () => {
    const { id, version } = draft(text("标题", ["正文。"], { sidebars: [{ title: "相关链接", paragraphs: ["蓝莓合作社简介"] }], bylines: [{ name: "赵樱桃", role: "reporter" }] }));
    expect(ids("蓝莓合作社")).toEqual([id]);
    expect(ids("赵樱桃")).toEqual([id]);
    updateStory(t.db, { storyId: id, baseVersion: version, content: text("标题", ["正文。"]), actor: t.users.reporter });
    expect(ids("蓝莓合作社")).toEqual([]);
    expect(ids("赵樱桃")).toEqual([]);
  });

  it("a spike is found by its status", () => {
    const { id } = draft(text("蓝莓合作社", ["正文。"]));
    transitionStory(t.db, { storyId: id, action: "spike", reason: "重复", actor: t.users.editor });
    expect(ids("蓝莓合作社", { status: "spiked" })).toEqual([id]);
  });

  it("an import is found", () => {
    const result = importStories(t.db, {
      editionDate: "2019-01-09",
      pageNumber: null,
      fileName: "来稿.txt",
      items: [{ kind: "article", continues: false, content: text("蓝莓合作社", ["导入的正文。"], { bylines: [] }) }],
      actor: t.users.editor,
    });
    expect(result.stories).toHaveLength(1);
    expect(ids("蓝莓合作社")).toEqual([result.stories[0].id]);
  });

  it("a deleted story is no longer found", () => {
    const { id } = draft(text("蓝莓合作社", ["正文。"]));
    t.db.delete(stories).where(eq(stories.id, id)).run();
    expect(ids("蓝莓合作社")).toEqual([]);
    expect(search("聊城").total).toBeGreaterThan(0);
  });

  it("a save rolled back leaves the index as it was (same transaction)", () => {
    const { id } = draft(text("蓝莓合作社", ["正文。"]));
    expect(() =>
      t.db.transaction((tx) => {
        tx.update(stories).set({ headline: "樱桃种植园" }).where(eq(stories.id, id)).run();
        throw new Error("the write fails later");
      }),
    ).toThrow("the write fails later");
    expect(ids("蓝莓合作社")).toEqual([id]);
    expect(ids("樱桃种植园")).toEqual([]);
  });
});

describe("who finds what", () => {
  it("the public e-paper finds only stories in a box of a released page", () => {
    const released = new Set(
      t.db
        .select({ id: pageElements.storyId })
        .from(pageElements)
        .innerJoin(pages, eq(pages.id, pageElements.pageId))
        .where(eq(pages.state, "released"))
        .all()
        .map((r) => r.id),
    );
    draft(text("聊城荔枝园", ["正文。"]));
    const publicHits = search("聊城", { user: "public", limit: 50 });
    expect(publicHits.total).toBeGreaterThan(0);
    expect(publicHits.total).toBeLessThan(search("聊城").total);
    expect(publicHits.hits.every((h) => released.has(h.id))).toBe(true);
    const { id } = draft(text("蓝莓合作社", ["正文。"]));
    transitionStory(t.db, { storyId: id, action: "file", actor: t.users.reporter });
    expect(ids("蓝莓合作社")).toEqual([id]);
    expect(ids("蓝莓合作社", { user: "public" })).toEqual([]);
  });


  it("a reporter finds their own draft, not another reporter's until it is filed", () => {
    const { id } = draft(text("蓝莓合作社", ["正文。"]));
    expect(ids("蓝莓合作社", { user: t.users.reporter })).toEqual([id]);
    expect(ids("蓝莓合作社", { user: otherReporter })).toEqual([]);
    expect(search("蓝莓合作社", { user: otherReporter }).total).toBe(0);
    expect(ids("蓝莓合作社", { user: t.users.chief })).toEqual([id]);
    transitionStory(t.db, { storyId: id, action: "file", actor: t.users.reporter });
    expect(ids("蓝莓合作社", { user: otherReporter })).toEqual([id]);
  });
});
