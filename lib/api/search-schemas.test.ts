import { describe, expect, it } from "vitest";
import { searchQuery, SEARCH_PAGE_SIZE, epaperSearchQuery } from "./search-schemas";

const issues = (input: Record<string, string | undefined>) => {
  const r = searchQuery.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
};

describe("searchQuery", () => {
  it("takes a query with defaults", () => {
    expect(searchQuery.parse({ q: " 聊城 " })).toEqual({ q: "聊城", sort: "rank", p: 1, limit: SEARCH_PAGE_SIZE });
  });

  it.each([
    [{ q: "" }, "q: search.queryRequired"],
    [{ q: "   " }, "q: search.queryRequired"],
    [{ q: "字".repeat(101) }, "q: search.queryTooLong"],
    [{ q: "聊城", from: "2019-02-01", to: "2019-01-01" }, "from: search.dateRange"],
  ])("refuses %j", (input, issue) => {
    expect(issues(input)).toContain(issue);
  });

  it.each([{ limit: "51" }, { limit: "0" }, { p: "101" }, { p: "0" }, { sort: "bm25" }, { status: "gone" }, { from: "2019-13-01" }])(
    "refuses paging and filters out of range: %j",
    (more) => {
      expect(issues({ q: "聊城", ...more }).length).toBeGreaterThan(0);
    },
  );

  it("takes 100 characters", () => {
    expect(issues({ q: "字".repeat(100) })).toEqual([]);
  });
});

describe("epaperSearchQuery: the e-paper's date range", () => {
  const epaperIssues = (input: Record<string, string>) => {
    const r = epaperSearchQuery.safeParse(input);
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
  };

  it("takes from and to, either end open", () => {
    expect(epaperSearchQuery.parse({ q: "聊城", from: "2019-01-01", to: "2019-01-31" })).toEqual({ q: "聊城", p: 1, from: "2019-01-01", to: "2019-01-31" });
    expect(epaperSearchQuery.parse({ q: "聊城", to: "2019-01-31" })).toEqual({ q: "聊城", p: 1, to: "2019-01-31" });
    expect(epaperIssues({ q: "聊城", from: "2019-01-09", to: "2019-01-09" })).toEqual([]);
  });

  it.each([
    [{ from: "2019-1-9" }, "from: validation.dateFormat"],
    [{ to: "20190109" }, "to: validation.dateFormat"],
    [{ from: "2019-13-01" }, "from: validation.notRealDate"],
    [{ from: "2019-02-01", to: "2019-01-01" }, "from: search.dateRange"],
  ])("refuses %j", (more, issue) => {
    expect(epaperIssues({ q: "聊城", ...more })).toContain(issue);
  });
});
