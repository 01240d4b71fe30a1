import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { makeTestDb } from "../test-db";
import { editions, pages, stories } from "../schema";
import { listEditionSummaries, listEditionSummariesBetween, neighbourEditionMonths, newestEditionDate } from "./edition-list";

let t: Awaited<ReturnType<typeof makeTestDb>>;

beforeAll(async () => {
  t = await makeTestDb([]);
  const pub = t.edition.publicationId;
  // 40 daily editions before the seed's, 2018-11-30 … 2019-01-08
  const days = Array.from({ length: 40 }, (_, i) => new Date(Date.UTC(2019, 0, 8) - i * 86_400_000).toISOString().slice(0, 10));
  t.db.insert(editions).values(days.map((date) => ({ publicationId: pub, date }))).run();
  const seedEdition = t.edition.id;
  t.db.insert(pages).values([
    { editionId: seedEdition, number: 2, name: "要闻", state: "signed" },
    { editionId: seedEdition, number: 3, name: "体育", state: "released" },
  ]).run();
  t.db.insert(stories).values([
    { editionId: seedEdition, slug: "一", status: "filed", body: ["正文"] },
    { editionId: seedEdition, slug: "二", status: "filed" },
    { editionId: seedEdition, slug: "三", status: "approved" },
  ]).run();
});
afterAll(() => t.close());

describe("the editions list", () => {
  it("shows each edition's pages signed/total and its stories by status, newest first", () => {
    t.db.update(editions).set({ totalNumber: 25_001, yearNumber: 8 }).where(eq(editions.date, "2019-01-08")).run();
    const { editions: first, next } = listEditionSummaries(t.db, { limit: 30 });
    // 总第N期 / 第N期 as stored on the edition row
    expect(first[1]).toMatchObject({ date: "2019-01-08", totalNumber: 25_001, yearNumber: 8 });
    expect(first).toHaveLength(30);
    expect(first[0]).toMatchObject({ date: "2019-01-09", pages: { total: 3, signed: 2, released: 1 }, stories: { filed: 2, approved: 1 }, storyTotal: 3, released: false });
    expect(first[1]).toMatchObject({ date: "2019-01-08", pages: { total: 0, signed: 0, released: 0 }, stories: {}, storyTotal: 0, released: false });
    expect(next).toBe(first[29].date);
    const rest = listEditionSummaries(t.db, { limit: 30, before: next! });
    expect(rest.editions.map((e) => e.date)).toHaveLength(11);
    expect(rest.editions.at(-1)!.date).toBe("2018-11-30");
    expect(rest.next).toBeNull();
  });

  it("gives one month for the calendar, and the months on either side that have editions", () => {
    expect(listEditionSummariesBetween(t.db, { from: "2018-12-01", to: "2019-01-01" }).map((e) => e.date)).toHaveLength(31);
    expect(neighbourEditionMonths(t.db, { from: "2019-01-01", to: "2019-02-01" })).toEqual({ earlier: "2018-12", later: null });
    expect(neighbourEditionMonths(t.db, { from: "2018-06-01", to: "2018-07-01" })).toEqual({ earlier: null, later: "2018-11" });
    expect(newestEditionDate(t.db)).toBe("2019-01-09");
  });

  it("calls an edition released only when all its pages are", () => {
    t.db.insert(pages).values({ editionId: t.edition.id + 1, number: 1, name: "要闻", state: "released" }).run();
    const [, next] = listEditionSummaries(t.db, { limit: 2 }).editions;
    expect(next).toMatchObject({ date: "2019-01-08", released: true, pages: { total: 1, signed: 1, released: 1 } });
  });
});
