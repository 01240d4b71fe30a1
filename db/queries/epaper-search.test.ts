import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { makeSeededDb } from "../test-db";
import { pageElements, pages, stories } from "../schema";
import { createEdition } from "../commands/create-edition";
import { searchEpaper } from "./epaper-search";

/**
 * The e-paper's search with a date range (issue #11's leftover): the seed page (2019-01-09, released) and a
 * released page of 2019-02-01 with a story that shares the seed's words (聊城), and one on a page not released.
 */
let t: ReturnType<typeof makeSeededDb>;
let february: number;
let unreleased: number;
beforeEach(() => {
  t = makeSeededDb();
  const editionId = createEdition(t.db, { date: "2019-02-01", actor: t.users.chief, template: false }).id;
  const page = (state: "released" | "signed", number: number) => t.db.insert(pages).values({ editionId, number, name: "聊城新闻", state }).returning({ id: pages.id }).get().id;
  const story = (pageId: number, headline: string) => {
    const id = t.db.insert(stories).values({ editionId, pageId, slug: headline, headline, body: ["聊城市民迎新春。"], status: "published", createdById: t.users.chief.id }).returning({ id: stories.id }).get().id;
    t.db.insert(pageElements).values({ pageId, kind: "story", storyId: id, firstColumn: 1, columnSpan: 4, topLine: 1, heightLines: 20 }).run();
    return id;
  };
  february = story(page("released", 1), "聊城二月新闻");
  unreleased = story(page("signed", 2), "聊城未付印新闻");
});
afterEach(() => t.close());

const find = (range: { from?: string; to?: string }) => {
  const found = searchEpaper(t.db, { q: "聊城", ...range, limit: 50, offset: 0 })!;
  return { total: found.total, dates: [...new Set(found.hits.map((h) => h.date))].sort(), ids: found.hits.map((h) => h.id) };
};

describe("the e-paper's search by edition date", () => {
  it("without dates finds both released editions, never the page not released", () => {
    const all = find({});
    expect(all.dates).toEqual(["2019-01-09", "2019-02-01"]);
    expect(all.ids).toContain(february);
    expect(all.ids).not.toContain(unreleased);
  });

  it("a range keeps its own editions only: a story of another date is left out", () => {
    const january = find({ from: "2019-01-09", to: "2019-01-09" });
    expect(january.dates).toEqual(["2019-01-09"]);
    expect(january.ids).not.toContain(february);
    expect(january.total).toBe(find({}).total - 1);
    expect(find({ from: "2019-02-01", to: "2019-02-28" })).toEqual({ total: 1, dates: ["2019-02-01"], ids: [february] });
    // open ends
    expect(find({ from: "2019-01-10" }).ids).toEqual([february]);
    expect(find({ to: "2019-01-31" }).dates).toEqual(["2019-01-09"]);
    // a range with no released edition finds nothing
    expect(find({ from: "2019-01-10", to: "2019-01-31" }).total).toBe(0);
  });
});
