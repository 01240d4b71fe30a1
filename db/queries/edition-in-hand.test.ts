import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PageState } from "@/lib/page-states";
import { makeTestDb } from "../test-db";
import { editions, pages } from "../schema";
import { getEditionInHand } from "./edition-in-hand";
import { getLatestEdition } from "./editions";

let t: Awaited<ReturnType<typeof makeTestDb>>;
const idOf = new Map<string, number>();

function edition(date: string, pageStates: PageState[]) {
  const e = t.db.insert(editions).values({ publicationId: t.edition.publicationId, date }).returning().get();
  pageStates.forEach((state, i) => t.db.insert(pages).values({ editionId: e.id, number: i + 1, name: `第${i + 1}版`, state }).run());
  idOf.set(date, e.id);
}

const inHand = (today: string) => getEditionInHand(t.db, { today })?.date;

beforeAll(async () => {
  t = await makeTestDb([]);
  // makeTestDb's 2019-01-09 has one page in layout: release it, so it is a printed paper
  t.db.update(pages).set({ state: "released" }).where(eq(pages.editionId, t.edition.id)).run();
  edition("2019-01-08", ["released", "released"]);
  edition("2019-01-10", []); // made, not yet planned
  edition("2019-01-11", ["released", "signed"]); // one page still to go to print
  edition("2019-01-12", ["layout", "planning"]);
});
afterAll(() => t.close());

describe("the desk's “today”: the next edition not yet released", () => {
  it("is the earliest unreleased edition dated today or later, not the newest date", () => {
    expect(getLatestEdition(t.db)!.date).toBe("2019-01-12");
    expect(inHand("2019-01-10")).toBe("2019-01-10");
    // today's paper (9 January) is released: the desk is on the next one
    expect(inHand("2019-01-09")).toBe("2019-01-10");
    expect(inHand("2018-12-01")).toBe("2019-01-10");
  });

  it("counts an edition as released only when every page is, and one without pages as not released", () => {
    expect(inHand("2019-01-11")).toBe("2019-01-11");
    expect(getEditionInHand(t.db, { today: "2019-01-11" })).toMatchObject({ id: idOf.get("2019-01-11"), publication: "大众日报" });
  });

  it("falls back to the newest unreleased edition when none is dated today or later", () => {
    expect(inHand("2026-12-01")).toBe("2019-01-12");
    t.db.update(pages).set({ state: "released" }).where(eq(pages.editionId, idOf.get("2019-01-12")!)).run();
    expect(inHand("2026-12-01")).toBe("2019-01-11");
  });

  it("is the newest edition once every edition is released", () => {
    t.db.update(pages).set({ state: "released" }).run();
    t.db.insert(pages).values({ editionId: idOf.get("2019-01-10")!, number: 1, name: "要闻", state: "released" }).run();
    expect(inHand("2019-01-10")).toBe("2019-01-12");
    expect(inHand("2026-12-01")).toBe("2019-01-12");
  });
});

describe("the edition in hand behind a long archive", () => {
  it("finds an edition with a page still open however far back, and an empty one only within the newest 400", async () => {
    const a = await makeTestDb([]);
    try {
      const pub = a.edition.publicationId;
      // the seed-like 2019-01-09 edition's page is in layout: open work, 600 released dailies after it
      const days = Array.from({ length: 600 }, (_, i) => new Date(Date.UTC(2019, 0, 10) + i * 86_400_000).toISOString().slice(0, 10));
      const made = a.db.insert(editions).values(days.map((date) => ({ publicationId: pub, date }))).returning().all();
      a.db.insert(pages).values(made.map((e) => ({ editionId: e.id, number: 1, name: "要闻", state: "released" as const }))).run();
      expect(getEditionInHand(a.db, { today: "2026-12-01" })?.date).toBe("2019-01-09");
      // released too: an empty edition 500 editions back is no paper in hand; one 300 back is
      a.db.update(pages).set({ state: "released" }).where(eq(pages.editionId, a.edition.id)).run();
      a.db.delete(pages).where(eq(pages.editionId, made[99].id)).run();
      expect(getEditionInHand(a.db, { today: "2026-12-01" })?.date).toBe(days[599]);
      a.db.delete(pages).where(eq(pages.editionId, made[299].id)).run();
      expect(getEditionInHand(a.db, { today: "2026-12-01" })?.date).toBe(days[299]);
    } finally {
      a.close();
    }
  });
});
