import { describe, expect, it } from "vitest";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { feedPath, parseFeedFile } from "./feed-paths";
import { atomFeed, editionMoment, FEED_LIMIT, feedSummary, rfc3339In, rfc822In, rssFeed, xmlText, type FeedChannel, type FeedStory } from "./feeds";

const ORIGIN = "https://epaper.example.cn";
const channel: FeedChannel = {
  title: "大众日报数字报",
  description: "大众日报数字报已付印的稿件",
  timeZone: "Asia/Shanghai",
  homeUrl: `${ORIGIN}/epaper`,
  selfUrl: `${ORIGIN}/epaper/feed.rss`,
  articleUrl: (s) => `${ORIGIN}/epaper/${s.date}/article/${s.id}`,
};

function story(over: Partial<FeedStory> & Pick<FeedStory, "id" | "date">): FeedStory {
  return {
    headline: `稿件${over.id}`,
    kicker: null,
    subheadline: null,
    dateline: null,
    bylines: [{ name: "李梦" }, { name: "孙亚飞" }],
    body: ["第一段。", "第二段。", "第三段。"],
    sidebars: [],
    pageNames: ["聊城新闻"],
    ...over,
  };
}

const HOSTILE = `<script>alert("x")</script> & "引号" ]]> 'a'`;
const STORIES = [
  story({ id: 1, date: "2019-01-09", headline: "党支部唱响两新组织发展主旋律", dateline: "本报聊城讯", sidebars: [{ title: "相关链接", paragraphs: ["链接段落"] }] }),
  story({ id: 3, date: "2019-01-10", headline: HOSTILE, kicker: "引<题>", body: [`正文 ${HOSTILE}`, "5G 与 2018年"] }),
  story({ id: 2, date: "2019-01-09", headline: "省妇联到聊城调研", bylines: [], pageNames: ["聊城新闻", "要闻"] }),
];

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (name, jpath) => ["item", "entry", "category", "dc:creator", "author"].includes(name) || ["feed.link", "feed.entry.link"].includes(String(jpath)), parseTagValue: false });
const parse = (xml: string) => {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml);
};
const RFC822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} [+-]\d{4}$/;
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/;

describe("times in the feeds", () => {
  it("are the edition's day at midnight in the publication's zone, with its offset", () => {
    const at = editionMoment("2019-01-09", "Asia/Shanghai");
    expect(at).toBe("2019-01-08T16:00:00.000Z");
    expect(rfc822In(at, "Asia/Shanghai")).toBe("Wed, 09 Jan 2019 00:00:00 +0800");
    expect(rfc3339In(at, "Asia/Shanghai")).toBe("2019-01-09T00:00:00+08:00");
    // a zone west of UTC, in summer time
    const ny = editionMoment("2026-07-04", "America/New_York");
    expect(rfc822In(ny, "America/New_York")).toBe("Sat, 04 Jul 2026 00:00:00 -0400");
    expect(rfc3339In(ny, "America/New_York")).toBe("2026-07-04T00:00:00-04:00");
    expect(rfc3339In("2019-01-09T05:30:00Z", "Asia/Kolkata")).toBe("2019-01-09T11:00:00+05:30");
  });
});

describe("xmlText", () => {
  it("escapes the specials and drops what XML 1.0 cannot hold", () => {
    expect(xmlText(`<a & "b" 'c'>`)).toBe("&lt;a &amp; &quot;b&quot; &apos;c&apos;&gt;");
    expect(xmlText("聊\u0000城\u0008新\u000b闻\ufffe\ud800")).toBe("聊城新闻");
    expect(xmlText("tab\tnew\nline 😀")).toBe("tab\tnew\nline 😀");
  });
});

describe("feedSummary", () => {
  it("is the first paragraph, with the second when the first is short, cut at 200 characters", () => {
    expect(feedSummary({ body: ["短。", "第二段。", "第三段。"] })).toBe("短。\n第二段。");
    const long = "长".repeat(150);
    expect(feedSummary({ body: [long, "第二段。"] })).toBe(long);
    expect(feedSummary({ body: ["字".repeat(250)] })).toBe(`${"字".repeat(200)}…`);
    expect(feedSummary({ body: [] })).toBe("");
  });
});

describe("the RSS 2.0 feed", () => {
  const xml = rssFeed(channel, STORIES);
  const { rss } = parse(xml);

  it("has the channel's required elements and a self link", () => {
    expect(xml.startsWith(`<?xml version="1.0" encoding="utf-8"?>`)).toBe(true);
    expect(rss["@version"]).toBe("2.0");
    expect(rss.channel).toMatchObject({ title: channel.title, link: channel.homeUrl, description: channel.description, language: "zh-CN" });
    expect(rss.channel["atom:link"]).toMatchObject({ "@href": channel.selfUrl, "@rel": "self", "@type": "application/rss+xml" });
    expect(rss.channel.lastBuildDate).toBe("Thu, 10 Jan 2019 00:00:00 +0800");
  });

  it("lists the stories newest first, each with title, link, permalink guid, pubDate, creators, categories, summary and content", () => {
    const items = rss.channel.item;
    expect(items.map((i: { link: string }) => i.link)).toEqual([3, 1, 2].map((id) => channel.articleUrl(STORIES.find((s) => s.id === id)!)));
    for (const item of items) {
      expect(item.guid).toMatchObject({ "#text": item.link, "@isPermaLink": "true" });
      expect(item.pubDate).toMatch(RFC822);
      expect(Number.isNaN(Date.parse(item.pubDate))).toBe(false);
    }
    expect(items[1]).toMatchObject({ title: "党支部唱响两新组织发展主旋律", pubDate: "Wed, 09 Jan 2019 00:00:00 +0800", "dc:creator": ["李梦", "孙亚飞"], category: ["聊城新闻"], description: "第一段。\n第二段。" });
    expect(items[1]["content:encoded"]).toBe("<p>本报聊城讯 第一段。</p><p>第二段。</p><p>第三段。</p><h3>相关链接</h3><p>链接段落</p>");
    expect(items[2]["dc:creator"]).toBeUndefined();
    expect(items[2].category).toEqual(["聊城新闻", "要闻"]);
  });

  it("carries hostile text as text: no element, no broken XML, the HTML content escaped once more", () => {
    const hostile = rss.channel.item[0];
    expect(hostile.title).toBe(HOSTILE);
    expect(hostile.description).toBe(`正文 ${HOSTILE}\n5G 与 2018年`);
    expect(hostile["content:encoded"]).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp;");
    expect(hostile["content:encoded"]).toContain(`<p class="kicker">引&lt;题&gt;</p>`);
    expect(hostile.script).toBeUndefined();
    expect(xml).not.toContain("<script>");
    expect(xml).not.toContain("CDATA");
  });

  it("holds at most the newest FEED_LIMIT stories", () => {
    const many = Array.from({ length: FEED_LIMIT + 10 }, (_, i) => story({ id: i + 1, date: `2019-${String(1 + Math.floor(i / 28)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}` }));
    const items = parse(rssFeed(channel, many)).rss.channel.item;
    expect(items).toHaveLength(FEED_LIMIT);
    expect(items[0].link).toBe(channel.articleUrl(many.at(-1)!));
  });

  it("of nothing released is a channel without items", () => {
    const { rss: empty } = parse(rssFeed(channel, []));
    expect(empty.channel.title).toBe(channel.title);
    expect(empty.channel.item).toBeUndefined();
  });
});

describe("the Atom 1.0 feed", () => {
  const atomChannel = { ...channel, selfUrl: `${ORIGIN}/epaper/feed.atom` };
  const xml = atomFeed(atomChannel, STORIES);
  const { feed } = parse(xml);

  it("has the feed's id, title, updated, self and alternate links and an author", () => {
    expect(feed["@xmlns"]).toBe("http://www.w3.org/2005/Atom");
    expect(feed).toMatchObject({ id: atomChannel.selfUrl, title: channel.title, updated: "2019-01-10T00:00:00+08:00" });
    expect(feed.link).toEqual([
      { "@rel": "self", "@type": "application/atom+xml", "@href": atomChannel.selfUrl },
      { "@rel": "alternate", "@type": "text/html", "@href": channel.homeUrl },
    ]);
    expect(feed.author).toEqual([{ name: channel.title }]);
  });

  it("has entries newest first with id, title, updated, alternate link, authors, categories, summary and html content", () => {
    const entries = feed.entry;
    expect(entries.map((e: { id: string }) => e.id)).toEqual([3, 1, 2].map((id) => channel.articleUrl(STORIES.find((s) => s.id === id)!)));
    for (const e of entries) {
      expect(e.updated).toMatch(RFC3339);
      expect(Number.isNaN(Date.parse(e.updated))).toBe(false);
      expect(e.link).toEqual([{ "@rel": "alternate", "@type": "text/html", "@href": e.id }]);
    }
    expect(entries[1]).toMatchObject({ title: "党支部唱响两新组织发展主旋律", published: "2019-01-09T00:00:00+08:00", updated: "2019-01-09T00:00:00+08:00", author: [{ name: "李梦" }, { name: "孙亚飞" }], category: [{ "@term": "聊城新闻" }] });
    expect(entries[1].summary).toEqual({ "#text": "第一段。\n第二段。", "@type": "text" });
    expect(entries[1].content).toEqual({ "#text": "<p>本报聊城讯 第一段。</p><p>第二段。</p><p>第三段。</p><h3>相关链接</h3><p>链接段落</p>", "@type": "html" });
    // no byline: the feed's author stands for it (RFC 4287 4.1.2)
    expect(entries[2].author).toBeUndefined();
  });

  it("carries hostile text as text", () => {
    expect(feed.entry[0].title).toBe(HOSTILE);
    expect(feed.entry[0].content["#text"]).toContain("&lt;script&gt;");
    expect(xml).not.toContain("<script>");
  });
});

describe("feed addresses", () => {
  it("put the page name URL-encoded in the path and read it back, encoded or not", () => {
    expect(feedPath("rss")).toBe("/epaper/feed.rss");
    expect(feedPath("atom", "聊城新闻")).toBe("/epaper/feed/%E8%81%8A%E5%9F%8E%E6%96%B0%E9%97%BB.atom");
    expect(parseFeedFile("聊城新闻.rss")).toEqual({ pageName: "聊城新闻", format: "rss" });
    expect(parseFeedFile("%E8%81%8A%E5%9F%8E%E6%96%B0%E9%97%BB.atom")).toEqual({ pageName: "聊城新闻", format: "atom" });
    expect(parseFeedFile(feedPath("rss", "要闻/综合").split("/").at(-1)!)).toEqual({ pageName: "要闻/综合", format: "rss" });
    for (const bad of ["聊城新闻", "聊城新闻.xml", ".rss", "%E8%81.rss", `${"版".repeat(101)}.rss`]) expect(parseFeedFile(bad), bad).toBeNull();
  });
});
