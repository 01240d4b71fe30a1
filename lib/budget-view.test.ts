import { describe, expect, it } from "vitest";
import { budgetViewSearch, DEFAULT_BUDGET_VIEW, parseBudgetView } from "./budget-view";

describe("the budget view in the URL", () => {
  it("reads every filter and the sort", () => {
    expect(parseBudgetView(new URLSearchParams("status=filed&person=12&page=3&deadline=overdue&sort=length&order=desc"))).toEqual({
      status: "filed",
      person: 12,
      page: 3,
      deadline: "overdue",
      sort: "length",
      desc: true,
    });
    expect(parseBudgetView({ page: "none", deadline: "today" })).toMatchObject({ page: "none", deadline: "today" });
  });

  it("ignores an unreadable value and keeps the others", () => {
    const view = parseBudgetView(new URLSearchParams("status=lost&person=-1&page=0&deadline=tomorrow&sort=DROP%20TABLE&order=sideways&headline=x"));
    expect(view).toEqual(DEFAULT_BUDGET_VIEW);
    expect(parseBudgetView(new URLSearchParams("status=bogus&sort=deadline"))).toEqual({ ...DEFAULT_BUDGET_VIEW, sort: "deadline" });
    expect(parseBudgetView({ person: "1e3" }).person).toBe("");
    expect(parseBudgetView({ page: "1000" }).page).toBe("");
  });

  it("takes the first of a repeated param (a page's searchParams)", () => {
    expect(parseBudgetView({ status: ["edited", "filed"] }).status).toBe("edited");
  });

  it("writes the defaults as no search at all, and any view so it reads back the same", () => {
    expect(budgetViewSearch(DEFAULT_BUDGET_VIEW)).toBe("");
    const view = { status: "returned", person: 7, page: "none", deadline: "today", sort: "page", desc: true } as const;
    const search = budgetViewSearch(view);
    expect(search).toBe("?status=returned&person=7&page=none&deadline=today&sort=page&order=desc");
    expect(parseBudgetView(new URLSearchParams(search))).toEqual(view);
    expect(budgetViewSearch({ ...DEFAULT_BUDGET_VIEW, desc: true })).toBe("?order=desc");
  });
});
