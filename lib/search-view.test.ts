import { describe, expect, it } from "vitest";
import { DEFAULT_SEARCH_VIEW, hasSearchFilters, parseSearchView, searchViewSearch } from "./search-view";

describe("the search page's view in the URL", () => {
  it("reads every filter", () => {
    const view = parseSearchView(new URLSearchParams("q=聊城&from=2019-01-01&to=2019-01-31&status=filed&person=12&pageName=聊城新闻&kind=brief&sort=newest&p=3"));
    expect(view).toEqual({ q: "聊城", from: "2019-01-01", to: "2019-01-31", status: "filed", person: 12, pageName: "聊城新闻", kind: "brief", sort: "newest", p: 3 });
    expect(hasSearchFilters(view)).toBe(true);
    expect(parseSearchView(new URLSearchParams(searchViewSearch(view).slice(1)))).toEqual(view);
  });

  it("ignores a bad param on its own, the others still apply", () => {
    const view = parseSearchView({ q: "聊城", status: "nonsense", person: "0", pageName: "版".repeat(41), kind: ["brief", "x"], from: "2019-13-01", sort: "best", p: "101" });
    expect(view).toEqual({ ...DEFAULT_SEARCH_VIEW, q: "聊城", kind: "brief" });
    expect(parseSearchView({ q: "x".repeat(101), status: "filed" })).toEqual({ ...DEFAULT_SEARCH_VIEW, status: "filed" });
  });

  it("drops a range whose start is after its end", () => {
    expect(parseSearchView({ q: "聊城", from: "2019-02-01", to: "2019-01-01" })).toMatchObject({ from: "", to: "" });
  });

  it("leaves the defaults out of the link", () => {
    expect(searchViewSearch({ ...DEFAULT_SEARCH_VIEW, q: "聊城" })).toBe(`?q=${encodeURIComponent("聊城")}`);
    expect(searchViewSearch(DEFAULT_SEARCH_VIEW)).toBe("");
    expect(hasSearchFilters({ ...DEFAULT_SEARCH_VIEW, q: "聊城", sort: "newest", p: 2 })).toBe(false);
  });
});
