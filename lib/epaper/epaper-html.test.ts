import { describe, expect, it } from "vitest";
import { BROADSHEET_GRID } from "../copyfit/grid";
import { feedPath } from "../exchange/feed-paths";
import { epaperArchiveHtml, epaperArticleHtml, epaperPageHtml, monthCalendar } from "./epaper-html";
import { APP_LINKS, staticLinks } from "./epaper-links";
import { parsePageFile } from "./epaper-view";
import type { EpaperArchiveView, EpaperArticleView, EpaperPageView } from "./epaper-view";
import { hotAreaOf } from "./sheet-geometry";

const page = (over: Partial<EpaperPageView> = {}): EpaperPageView => ({
  publication: "大众日报",
  date: "2019-01-09",
  page: { number: 2, name: "聊城新闻", key: "k2", responsibleEditor: "李强" },
  pages: [
    { number: 1, name: "要闻", key: "k1" },
    { number: 2, name: "聊城新闻", key: "k2" },
  ],
  stories: [{ id: 7, kind: "article", kicker: "引题", headline: "党支部<唱响>主旋律", subheadline: null, areas: [{ left: 5.13, top: 3.33, width: 44.2, height: 30 }] }],
  previousEdition: "2019-01-08",
  nextEdition: null,
  monthDates: ["2019-01-08", "2019-01-09"],
  ...over,
});

const article = (over: Partial<EpaperArticleView> = {}): EpaperArticleView => ({
  publication: "大众日报",
  date: "2019-01-09",
  story: { id: 7, kind: "article", kicker: "引题", headline: "主标题", subheadline: "副题", dateline: "本报聊城讯", bylines: [{ name: "李梦", role: "reporter" }], body: ["第一段。", "第二段。"], sidebars: [{ title: "相关链接", paragraphs: ["链接。"] }] },
  pages: [{ number: 2, name: "聊城新闻", key: "k2" }],
  corrections: [],
  ...over,
});

const archive = (): EpaperArchiveView => ({ publication: "大众日报", month: "2019-01", dates: ["2019-01-09"], previousMonth: null, nextMonth: null });

describe("the e-paper's page view", () => {
  it("puts a hot area linking the article over each story box, with its headline escaped", () => {
    const html = epaperPageHtml(page(), { links: APP_LINKS });
    expect(html).toContain('<a class="ep-hot" href="/epaper/2019-01-09/article/7" style="left:5.13%;top:3.33%;width:44.2%;height:30%" title="党支部&lt;唱响&gt;主旋律"');
    expect(html).not.toContain("<唱响>");
    expect(html).toContain('src="/epaper/2019-01-09/2/page-k2.png"');
    expect(html).toContain("/epaper/2019-01-09/2/page-k2@2x.png 2948w");
    expect(html).toContain('href="/epaper/2019-01-09/2/page-k2.pdf"');
  });

  it("links 上一版 and 上一期, and shows 下一版 / 下一期 as unavailable at the end", () => {
    const html = epaperPageHtml(page(), { links: APP_LINKS });
    expect(html).toContain('<a class="ep-btn" href="/epaper/2019-01-09/1" rel="prev">上一版</a>');
    expect(html).toContain('<a class="ep-btn" aria-disabled="true">下一版</a>');
    expect(html).toContain('<a class="ep-btn" href="/epaper/2019-01-08/1">上一期</a>');
    expect(html).toContain('<a class="ep-btn" aria-disabled="true">下一期</a>');
    // 版面导航 with thumbnails, the current page marked.
    expect(html).toContain('<a href="/epaper/2019-01-09/2" aria-current="page"><img src="/epaper/2019-01-09/2/thumb-k2.png"');
    expect(html).toContain("第01版：要闻");
  });

  it("has a title, a description and Open Graph tags, absolute with an origin", () => {
    const html = epaperPageHtml(page(), { links: APP_LINKS, origin: "https://paper.example.com" });
    expect(html).toContain("<title>大众日报 2019年1月9日 星期三 第02版：聊城新闻</title>");
    expect(html).toContain('<meta name="description" content="大众日报2019年1月9日 星期三第02版「聊城新闻」：党支部&lt;唱响&gt;主旋律">');
    expect(html).toContain('<meta property="og:image" content="https://paper.example.com/epaper/2019-01-09/2/page-k2.png">');
    expect(html).toContain('<meta property="og:url" content="https://paper.example.com/epaper/2019-01-09/2">');
    expect(html).not.toContain("<script");
  });

  it("links relatively in the static export, so it works under any path", () => {
    const html = epaperPageHtml(page(), { links: staticLinks(2) });
    expect(html).toContain('href="../../2019-01-09/article/7/index.html"');
    expect(html).toContain('src="../../2019-01-09/2/page-k2.png"');
    expect(html).toContain('href="../../2019-01-08/1/index.html"');
    // the feeds are the app's: an export has none to point to
    expect(html).not.toContain("application/rss+xml");
  });

  it("points feed readers to the paper's RSS and Atom feeds, on the page, the article and 往期回顾", () => {
    for (const html of [epaperPageHtml(page(), { links: APP_LINKS }), epaperArticleHtml(article(), { links: APP_LINKS }), epaperArchiveHtml(archive(), { links: APP_LINKS })]) {
      expect(html).toContain(`<link rel="alternate" type="application/rss+xml" title="大众日报数字报" href="${feedPath("rss")}">`);
      expect(html).toContain(`<link rel="alternate" type="application/atom+xml" title="大众日报数字报" href="${feedPath("atom")}">`);
    }
  });
});

describe("the e-paper's article", () => {
  it("prints the story whole: kicker, headline, subheadline, byline, dateline, paragraphs, sidebar", () => {
    const html = epaperArticleHtml(article(), { links: APP_LINKS });
    for (const part of ['<p class="ep-kicker">引题</p>', "<h1>主标题</h1>", '<p class="ep-sub">副题</p>', "<p>□ 本报记者 李梦</p>", '<p><span class="ep-dateline">本报聊城讯</span> 第一段。</p>', "<p>第二段。</p>", '<aside class="ep-sidebar"><h2>相关链接</h2><p>链接。</p></aside>'])
      expect(html).toContain(part);
    expect(html).toContain('<meta property="og:type" content="article">');
  });

  it("links both pages of a 转版 story and shows a correction", () => {
    const html = epaperArticleHtml(
      article({ pages: [{ number: 1, name: "要闻", key: "k1" }, { number: 3, name: "聊城新闻", key: "k3" }], corrections: [{ note: "“2017年”应为“2018年”", date: "2019-01-10" }] }),
      { links: APP_LINKS },
    );
    expect(html).toContain('本文见 <a href="/epaper/2019-01-09/1" data-testid="epaper-article-page">第01版：要闻</a>、<a href="/epaper/2019-01-09/3"');
    expect(html).toContain("更正</strong>2019年1月10日 星期四 更正：“2017年”应为“2018年”");
    expect(epaperArticleHtml(article(), { links: APP_LINKS })).not.toContain("epaper-correction");
  });
});

describe("往期回顾", () => {
  it("draws the month from its first weekday, linking only the days with an edition", () => {
    const html = monthCalendar("2019-01", ["2019-01-09"], APP_LINKS, "zh-CN");
    // 1 January 2019 was a Tuesday: two empty cells first.
    expect(html).toContain("<tbody><tr><td></td><td></td><td>1</td>");
    expect(html).toContain('<a href="/epaper/2019-01-09/1" title="2019年1月9日 星期三" data-date="2019-01-09">9</a>');
    expect(html).toContain("<td>10</td>");
    expect(html).toContain("<caption>2019年1月</caption>");
  });
});

describe("where boxes lie on the sheet", () => {
  it("maps the whole type area to the sheet's margins (20 mm of 390, 18 mm of 540)", () => {
    expect(hotAreaOf(BROADSHEET_GRID, { firstColumn: 1, columnSpan: 8, topLine: 1, heightLines: 100 })).toEqual({ left: 5.13, top: 3.33, width: 89.74, height: 90.74 });
    // Column 5 starts 4 × (13 + 1) units in; 4 columns are 4 × 13 + 3 gutters wide.
    expect(hotAreaOf(BROADSHEET_GRID, { firstColumn: 5, columnSpan: 4, topLine: 51, heightLines: 50 })).toEqual({ left: 50.4, top: 48.7, width: 44.47, height: 45.37 });
  });

  it("knows its picture files and nothing else", () => {
    expect(parsePageFile("page-0a1b.png")).toEqual({ kind: "screen", key: "0a1b" });
    expect(parsePageFile("page-0a1b@2x.png")).toEqual({ kind: "large", key: "0a1b" });
    expect(parsePageFile("thumb-0a1b.png")).toEqual({ kind: "thumb", key: "0a1b" });
    expect(parsePageFile("page-0a1b.pdf")).toEqual({ kind: "pdf", key: "0a1b" });
    for (const bad of ["thumb-0a1b@2x.png", "page-0a1b@2x.pdf", "page-../x.png", "sheet", "page-.png", "thumb-0a1b.pdf"]) expect(parsePageFile(bad)).toBeNull();
  });
});
