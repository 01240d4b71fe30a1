import { describe, expect, it } from "vitest";
import { searchQuery, SEARCH_PAGE_SIZE } from "./search-schemas";

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
