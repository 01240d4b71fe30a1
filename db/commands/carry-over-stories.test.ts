import { and, eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DomainError } from "@/lib/errors";
import type { StoryState } from "@/lib/story-kinds";
import { makeTestDb, refusal } from "../test-db";
import { listCarryOverCandidates } from "../queries/carry-over-candidates";
import { auditEvents, comments, editions, pageElements, pages, stories, storyRevisions } from "../schema";
import { createEdition } from "./create-edition";

let t: Awaited<ReturnType<typeof makeTestDb>>;
beforeEach(async () => {
  t = await makeTestDb([{ login: "liqiang", name: "李强", role: "editor" }]);
});
afterEach(() => t.close());

/** A story of the 2019-01-09 edition in `status`, placed on `pageId` with one box when given. */
function story(slug: string, status: StoryState, pageId?: number) {
  const s = t.db.insert(stories).values({ editionId: t.edition.id, slug, status, pageId: pageId ?? null, position: 1 }).returning().get();
  if (pageId) t.db.insert(pageElements).values({ pageId, kind: "story", storyId: s.id, firstColumn: 1, columnSpan: 4, topLine: 1, heightLines: 20 }).run();
  return s;
}


const editionCount = () => t.db.select().from(editions).all().length;

describe("carrying stories over into a new edition", () => {
  it("moves them with their history, off their old page, to the end of the new budget, audited", () => {
    const draft = story("草稿", "draft", t.page.id);
    const filed = story("已交", "filed");
    const kept = story("留下", "draft", t.page.id);
    t.db.insert(storyRevisions).values({ storyId: draft.id, number: 1, storyVersion: 1, cause: "create", content: {} }).run();
    t.db.insert(comments).values({ storyId: draft.id, authorId: t.users.liqiang.id, body: "明天见报" }).run();
    const pageVersion = t.page.version;

    const made = createEdition(t.db, { date: "2019-01-10", carryOver: [filed.id, draft.id], actor: t.users.liqiang });

    expect(made.carried.stories).toEqual([
      { id: filed.id, fromDate: "2019-01-09" },
      { id: draft.id, fromDate: "2019-01-09" },
    ]);
    const moved = t.db.select().from(stories).where(eq(stories.editionId, made.id)).orderBy(stories.position).all();
    expect(moved.map((s) => [s.id, s.status, s.pageId, s.position])).toEqual([
      [filed.id, "filed", null, 1],
      [draft.id, "draft", null, 2],
    ]);
    // its history and notes are the same rows, not copies
    expect(t.db.select().from(storyRevisions).where(eq(storyRevisions.storyId, draft.id)).all()).toHaveLength(1);
    expect(t.db.select().from(comments).where(eq(comments.storyId, draft.id)).all()).toHaveLength(1);
    expect(t.db.select().from(stories).all()).toHaveLength(3);
    // the old page lost the carried story's box, kept the other one, and its version moved on
    expect(t.db.select({ storyId: pageElements.storyId }).from(pageElements).where(eq(pageElements.pageId, t.page.id)).all()).toEqual([{ storyId: kept.id }]);
    expect(made.carried.pageIds).toEqual([t.page.id]);
    expect(t.db.select().from(pages).where(eq(pages.id, t.page.id)).get()!.version).toBe(pageVersion + 1);
    const audit = t.db.select().from(auditEvents).where(and(eq(auditEvents.entityType, "story"), eq(auditEvents.action, "carry-over"))).orderBy(auditEvents.id).all();
    expect(audit.map((a) => [a.entityId, a.reason, a.actorId])).toEqual([
      [filed.id, "2019-01-09 → 2019-01-10", t.users.liqiang.id],
      [draft.id, "2019-01-09 → 2019-01-10", t.users.liqiang.id],
    ]);
    expect(t.db.select().from(auditEvents).where(and(eq(auditEvents.entityType, "page"), eq(auditEvents.action, "carry-over"))).all()).toHaveLength(1);
  });

  it("takes every unfinished state and refuses approved, published and spiked ones with 409, creating nothing", () => {
    const open = (["assigned", "draft", "filed", "returned", "edited"] as const).map((s) => story(s, s).id);
    for (const done of ["approved", "published", "spiked"] as const) {
      const s = story(done, done);
      const e = refusal(() => createEdition(t.db, { date: "2019-01-10", carryOver: [...open, s.id], actor: t.users.liqiang }));
      expect([e.status, e.key]).toEqual([409, "carryOver.notUnfinished"]);
      expect(editionCount()).toBe(1);
      expect(t.db.select().from(stories).where(eq(stories.editionId, t.edition.id)).all().length).toBe(open.length + ["approved", "published", "spiked"].indexOf(done) + 1);
    }
    expect(createEdition(t.db, { date: "2019-01-10", carryOver: open, actor: t.users.liqiang }).carried.stories).toHaveLength(5);
  });

  it("refuses a story on a signed page, or with a box on one, and changes nothing", () => {
    const signed = t.db.insert(pages).values({ editionId: t.edition.id, number: 2, name: "要闻", state: "signed" }).returning().get();
    const onSigned = story("已签版上", "edited", signed.id);
    const e = refusal(() => createEdition(t.db, { date: "2019-01-10", carryOver: [onSigned.id], actor: t.users.liqiang }));
    expect([e.status, e.key]).toEqual([409, "carryOver.onSignedPage"]);
    // a 转版 box on a signed page holds it too, though its own page is open
    const jumps = story("转版", "edited", t.page.id);
    t.db.insert(pageElements).values({ pageId: signed.id, kind: "story", storyId: jumps.id, firstColumn: 5, columnSpan: 4, topLine: 1, heightLines: 20 }).run();
    expect(refusal(() => createEdition(t.db, { date: "2019-01-10", carryOver: [jumps.id], actor: t.users.liqiang })).key).toBe("carryOver.onSignedPage");
    expect(editionCount()).toBe(1);
    expect(t.db.select().from(pageElements).all()).toHaveLength(3);
    expect(t.db.select().from(auditEvents).where(eq(auditEvents.action, "carry-over")).all()).toEqual([]);
    // and the list for the dialog leaves both out
    expect(listCarryOverCandidates(t.db, { date: "2019-01-10" }).stories.map((s) => s.id)).toEqual([]);
  });

  it("never moves a story twice: the same id twice, an unknown id, or a story not of an earlier edition are 422", () => {
    const s = story("草稿", "draft");
    expect(refusal(() => createEdition(t.db, { date: "2019-01-10", carryOver: [s.id, s.id], actor: t.users.liqiang })).key).toBe("carryOver.twice");
    expect(refusal(() => createEdition(t.db, { date: "2019-01-10", carryOver: [999_999], actor: t.users.liqiang })).key).toBe("carryOver.storyMissing");
    // into an edition dated before its own: no
    expect(refusal(() => createEdition(t.db, { date: "2019-01-08", carryOver: [s.id], actor: t.users.liqiang })).status).toBe(422);
    expect(editionCount()).toBe(1);
    createEdition(t.db, { date: "2019-01-10", carryOver: [s.id], actor: t.users.liqiang });
    // once moved it belongs to 2019-01-10: a second edition on the same day's list cannot take it from there
    const again = refusal(() => createEdition(t.db, { date: "2019-01-10", carryOver: [s.id], actor: t.users.liqiang }));
    expect(again.status).toBe(409); // the date is taken
    expect(t.db.select().from(stories).where(eq(stories.id, s.id)).get()!.editionId).not.toBe(t.edition.id);
  });
});

describe("the carry-over list", () => {
  it("lists unfinished stories of earlier editions, newest edition first, a page at a time, no bodies", () => {
    const older = t.db.insert(editions).values({ publicationId: t.edition.publicationId, date: "2019-01-08" }).returning().get();
    const a = t.db.insert(stories).values({ editionId: older.id, slug: "前天", status: "returned", body: ["很长的正文"] }).returning().get();
    const b = story("昨天一", "draft");
    const c = story("昨天二", "assigned");
    story("已终审", "approved");
    const first = listCarryOverCandidates(t.db, { date: "2019-01-10", limit: 2 });
    expect(first.stories.map((s) => s.id)).toEqual([c.id, b.id]);
    expect(first.next).toBe(`2019-01-09.${b.id}`);
    expect(Object.keys(first.stories[0])).not.toContain("body");
    const second = listCarryOverCandidates(t.db, { date: "2019-01-10", limit: 2, before: { date: "2019-01-09", id: b.id } });
    expect(second).toMatchObject({ stories: [{ id: a.id, editionDate: "2019-01-08", status: "returned" }], next: null });
    expect(listCarryOverCandidates(t.db, { date: "2019-01-10", from: "2019-01-08" }).stories.map((s) => s.id)).toEqual([a.id]);
    // only editions before the date
    expect(listCarryOverCandidates(t.db, { date: "2019-01-09" }).stories.map((s) => s.id)).toEqual([a.id]);
  });
});
