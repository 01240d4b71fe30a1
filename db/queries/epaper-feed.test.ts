import { afterEach, describe, expect, it } from "vitest";
import type Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import * as schema from "../schema";
import type { Db } from "../client";
import { makeSeededDb } from "../test-db";
import { listFeedStories } from "./epaper-feed";

let t: ReturnType<typeof makeSeededDb>;
afterEach(() => t.close());

const SEED_HEADLINES = [
  "党支部唱响两新组织发展主旋律",
  "聊城28人入选省科普专家人才库",
  "高新区：孵化器让企业温暖成长",
  "求解打通便民服务的“最后百米”",
  "全省宪法知识大赛 聊城代表队获佳绩",
  "省妇联到聊城调研",
  "市城管局 作好社区结对帮扶",
];

describe("the feeds' stories", () => {
  it("are the released seed page's stories in reading order, with bylines, text and page name", () => {
    t = makeSeededDb();
    const feed = listFeedStories(t.db)!;
    expect(feed).toMatchObject({ publication: "大众日报", timeZone: "Asia/Shanghai" });
    expect(feed.stories.filter((s) => !s.headline.startsWith("图片新闻")).map((s) => s.headline)).toEqual(SEED_HEADLINES);
    expect(feed.stories).toHaveLength(8); // and the photo news item
    for (const s of feed.stories) expect(s).toMatchObject({ date: "2019-01-09", pageNames: ["聊城新闻"] });
    expect(feed.stories[0].bylines.map((b) => b.name)).toEqual(["李梦", "孙亚飞", "宋宇", "陈亿卓"]);
    expect(feed.stories[0].body.length).toBeGreaterThan(1);
    expect(feed.stories.find((s) => s.sidebars.length > 0)?.sidebars[0].title).toBe("相关链接");
  });

  it("of a page name are that page's; a name no released page has is not there", () => {
    t = makeSeededDb();
    expect(listFeedStories(t.db, { pageName: "聊城新闻" })!.stories.map((s) => s.id)).toEqual(listFeedStories(t.db)!.stories.map((s) => s.id));
    expect(listFeedStories(t.db, { pageName: "综合" })).toBeUndefined();
  });

  it("leave out a page that is not released: its stories are in no feed", () => {
    t = makeSeededDb({ seedPage: "in-layout" });
    expect(listFeedStories(t.db)!.stories).toEqual([]);
    expect(listFeedStories(t.db, { pageName: "聊城新闻" })).toBeUndefined();
  });

  it("walk the date index and read only the newest editions' pages, scanning no big table", () => {
    t = makeSeededDb();
    const sqlite = (t.db as unknown as { $client: Database.Database }).$client;
    const captured: { sql: string; params: unknown[] }[] = [];
    const logged = drizzle(sqlite, { schema, logger: { logQuery: (sql, params) => captured.push({ sql, params }) } }) as unknown as Db;
    listFeedStories(logged);
    listFeedStories(logged, { pageName: "聊城新闻" });
    const plans = captured.map(({ sql, params }) => (sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...(params as never[])) as { detail: string }[]).map((s) => s.detail).join("; "));
    expect(plans.filter((p) => /SCAN (stories|pages|page_elements|story_bylines|editions)\b(?! USING COVERING INDEX editions_date_idx)/.test(p))).toEqual([]);
    expect(plans.filter((p) => p.includes("SCAN editions USING COVERING INDEX editions_date_idx"))).toHaveLength(2);
    expect(plans.filter((p) => p.includes("SEARCH pages USING INDEX pages_edition_number_idx (edition_id=?); SEARCH page_elements"))).toHaveLength(2);
  });
});
