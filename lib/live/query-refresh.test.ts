import { describe, expect, it } from "vitest";
import { budgetKeys, notificationKeys, pageKeys, queueKeys, storyKeys } from "../query-keys";
import type { LiveEvent } from "./live-events";
import { refreshes, refreshesOnReconnect, type CachedQuery } from "./query-refresh";

const D = "2018-03-01";
const q = (queryKey: readonly unknown[], extra: Partial<CachedQuery> = {}): CachedQuery => ({ queryKey, succeeded: true, ...extra });
const refreshed = (event: LiveEvent, queries: CachedQuery[]) => queries.filter((x) => refreshes(event, x)).map((x) => x.queryKey);

// What a tab may have cached: story 5 (edition D) with its panels, story 6 (D), story 7 (another
// edition), page 2 (D), page 3 (another edition), budgets and flatplans, notifications, staff, leases.
const cache: CachedQuery[] = [
  q(storyKeys.story(5), { editionDate: D }),
  q(storyKeys.revisions(5)),
  q(storyKeys.revision(5, 1)),
  q(storyKeys.comments(5)),
  q(storyKeys.audit(5)),
  q(storyKeys.lease(5)),
  q(storyKeys.story(6), { editionDate: D }),
  q(storyKeys.story(7), { editionDate: "2018-03-02" }),
  q(pageKeys.page(2), { editionDate: D }),
  q(pageKeys.page(3), { editionDate: "2018-03-02" }),
  q(budgetKeys.edition(D)),
  q(budgetKeys.edition("2018-03-02")),
  q(pageKeys.editionPages(D)),
  q(notificationKeys.mine),
  q(storyKeys.staff),
  q(pageKeys.staff),
];

describe("which queries a live event refreshes", () => {
  it("a story: the story and its panels, its edition's budget, flatplan and pages — not other stories, not its lease", () => {
    expect(refreshed({ type: "story", id: 5, editionDate: D }, cache)).toEqual([
      storyKeys.story(5),
      storyKeys.revisions(5),
      storyKeys.comments(5),
      storyKeys.audit(5),
      pageKeys.page(2),
      budgetKeys.edition(D),
      pageKeys.editionPages(D),
    ]);
  });
  it("a page: the page, its edition's pages, flatplan, budget and stories (their page and state)", () => {
    expect(refreshed({ type: "page", id: 3, editionDate: "2018-03-02" }, cache)).toEqual([storyKeys.story(7), pageKeys.page(3), budgetKeys.edition("2018-03-02")]);
    expect(refreshed({ type: "page", id: 2, editionDate: D }, cache)).toEqual([storyKeys.story(5), storyKeys.story(6), pageKeys.page(2), budgetKeys.edition(D), pageKeys.editionPages(D)]);
  });
  it("a page not loaded yet is still refreshed by its id", () => {
    expect(refreshes({ type: "page", id: 9, editionDate: D }, q(pageKeys.page(9)))).toBe(true);
    expect(refreshes({ type: "page", id: 9, editionDate: D }, q(pageKeys.page(8)))).toBe(false);
  });
  it("a lock: the story (it carries the lease) and its audit; our own lease only while we hold it", () => {
    expect(refreshed({ type: "lock", storyId: 5 }, cache)).toEqual([storyKeys.story(5), storyKeys.audit(5), storyKeys.lease(5)]);
    expect(refreshes({ type: "lock", storyId: 5 }, q(storyKeys.lease(5), { succeeded: false }))).toBe(false);
  });
  it("comments: only that story's notes", () => {
    expect(refreshed({ type: "comments", storyId: 5 }, cache)).toEqual([storyKeys.comments(5)]);
  });
  it("a notification: the notifications", () => {
    expect(refreshed({ type: "notification", userId: 1 }, cache)).toEqual([notificationKeys.mine]);
  });
  it("the dashboard's queues: any story or page change and any notification (a hand-over), not a lock or a note", () => {
    const queues = q(queueKeys.mine);
    expect(refreshes({ type: "story", id: 5, editionDate: D }, queues)).toBe(true);
    expect(refreshes({ type: "page", id: 2, editionDate: D }, queues)).toBe(true);
    expect(refreshes({ type: "notification", userId: 1 }, queues)).toBe(true);
    expect(refreshes({ type: "lock", storyId: 5 }, queues)).toBe(false);
    expect(refreshes({ type: "comments", storyId: 5 }, queues)).toBe(false);
    expect(refreshesOnReconnect(queues)).toBe(true);
  });
  it("after a reconnect: every live read, never the lease, staff or a revision's fixed content", () => {
    expect(cache.filter(refreshesOnReconnect).map((x) => x.queryKey)).toEqual([
      storyKeys.story(5),
      storyKeys.revisions(5),
      storyKeys.comments(5),
      storyKeys.audit(5),
      storyKeys.story(6),
      storyKeys.story(7),
      pageKeys.page(2),
      pageKeys.page(3),
      budgetKeys.edition(D),
      budgetKeys.edition("2018-03-02"),
      pageKeys.editionPages(D),
      notificationKeys.mine,
    ]);
  });
});
