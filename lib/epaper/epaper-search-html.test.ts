import { describe, expect, it } from "vitest";
import { APP_LINKS, staticLinks } from "./epaper-links";
import { epaperSearchHtml } from "./epaper-search-html";
import { epaperSearchForm } from "./epaper-search-form";

const hit = {
  id: 7,
  date: "2019-01-09",
  pageNumber: 1,
  pageName: "聊城新闻",
  url: "/epaper/2019-01-09/article/7",
  bylines: ["孙亚飞"],
  title: [{ text: "<b>聊城</b>", hit: true }, { text: "28人入选", hit: false }],
  snippet: [{ text: "…记者从", hit: false }, { text: "聊城", hit: true }],
};

describe("the e-paper's search page", () => {
  it("marks the hits, escapes the story's text and links the article", () => {
    const html = epaperSearchHtml(
      { publication: "聊城日报", month: "2019-01", q: "聊城", result: { total: 45, capped: false, page: 2, lastPage: 3, window: 2000, hits: [hit] } },
      { links: APP_LINKS },
    );
    expect(html).toContain('<mark>&lt;b&gt;聊城&lt;/b&gt;</mark>28人入选');
    expect(html).toContain('href="/epaper/2019-01-09/article/7"');
    expect(html).toContain("「聊城」共找到 45 篇");
    expect(html).toContain("第01版：聊城新闻");
    expect(html).toContain(`href="/epaper/search?q=${encodeURIComponent("聊城")}"`); // page 1 of the query
    expect(html).toContain(`href="/epaper/search?q=${encodeURIComponent("聊城")}&amp;p=3"`);
    expect(html).not.toContain("<b>");
  });

  it("shows the error and the form, and no results", () => {
    const html = epaperSearchHtml({ publication: "聊城日报", month: "2019-01", q: '"><script>', error: "检索词最多 100 个字" }, { links: APP_LINKS });
    expect(html).toContain('role="alert"');
    expect(html).toContain('value="&quot;&gt;&lt;script&gt;"');
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("epaper-search-hit");
  });

  it("the masthead's box is the app's only: a static export has no search", () => {
    expect(epaperSearchForm(APP_LINKS, "zh-CN")).toContain('action="/epaper/search"');
    expect(epaperSearchForm(staticLinks(2), "zh-CN")).toBe("");
  });

  it("keeps the date range in the results page's two date inputs and in its paging links; the masthead's box has none", () => {
    const html = epaperSearchHtml(
      { publication: "聊城日报", month: "2019-01", q: "聊城", from: "2019-01-01", to: "2019-01-31", result: { total: 45, capped: false, page: 2, lastPage: 3, window: 2000, hits: [hit] } },
      { links: APP_LINKS },
    );
    expect(html).toContain('<label class="ep-date">起始日期 <input type="date" name="from" value="2019-01-01"></label>');
    expect(html).toContain('<label class="ep-date">结束日期 <input type="date" name="to" value="2019-01-31"></label>');
    expect(html).toContain(`href="/epaper/search?q=${encodeURIComponent("聊城")}&amp;from=2019-01-01&amp;to=2019-01-31&amp;p=3"`);
    expect(html).toContain(`href="/epaper/search?q=${encodeURIComponent("聊城")}&amp;from=2019-01-01&amp;to=2019-01-31"`); // page 1
    expect(epaperSearchForm(APP_LINKS, "zh-CN")).not.toContain('type="date"');
  });

  it("puts only a well-formed date back into a date input (the refusal says what was wrong)", () => {
    const html = epaperSearchHtml({ publication: "聊城日报", month: "2019-01", q: "聊城", from: '2019-13"><x', to: "2019-01-31", error: "起始日期: 不是有效的日期" }, { links: APP_LINKS });
    expect(html).toContain('name="from" value=""');
    expect(html).toContain('name="to" value="2019-01-31"');
    expect(html).not.toContain("<x");
  });
});
