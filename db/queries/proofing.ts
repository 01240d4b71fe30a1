import { and, asc, count, desc, eq, gt, inArray, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { ProofProgress } from "@/lib/workflow/page-workflow";
import { currentProofRound } from "@/lib/workflow/proof-workflow";
import type { DbOrTx } from "../client";
import { editions, pageElements, pages, proofMarks, proofRounds, stories, users } from "../schema";

const creator = alias(users, "mark_creator");
const resolver = alias(users, "mark_resolver");

/** How far a page's proofreading is (三校): the edition's rounds, the rounds signed, the marks open. */
export function proofProgressOf(db: DbOrTx, pageId: number): ProofProgress {
  const edition = db
    .select({ rounds: editions.proofRounds })
    .from(pages)
    .innerJoin(editions, eq(editions.id, pages.editionId))
    .where(eq(pages.id, pageId))
    .get();
  const signedRounds = db
    .select({ round: proofRounds.round })
    .from(proofRounds)
    .where(eq(proofRounds.pageId, pageId))
    .orderBy(asc(proofRounds.round))
    .all()
    .map((r) => r.round);
  const openMarks = db
    .select({ n: count() })
    .from(proofMarks)
    .where(and(eq(proofMarks.pageId, pageId), eq(proofMarks.state, "open")))
    .get()!.n;
  return { rounds: edition?.rounds ?? 0, signedRounds, openMarks };
}

/** The rounds signed on a page: which, by whom, when (at most 3 rows). */
export function listProofRounds(db: DbOrTx, { pageId }: { pageId: number }) {
  return db
    .select({ round: proofRounds.round, signedBy: users.name, signedAt: proofRounds.signedAt })
    .from(proofRounds)
    .innerJoin(users, eq(users.id, proofRounds.signedById))
    .where(eq(proofRounds.pageId, pageId))
    .orderBy(asc(proofRounds.round))
    .all();
}

/** The proofreading of a page as GET /api/pages/:id/proof-rounds answers it. */
export function pageProofing(db: DbOrTx, { pageId }: { pageId: number }) {
  const progress = proofProgressOf(db, pageId);
  return { ...progress, current: currentProofRound(progress.rounds, progress.signedRounds), signed: listProofRounds(db, { pageId }) };
}
export type PageProofing = ReturnType<typeof pageProofing>;

const markColumns = {
  id: proofMarks.id,
  pageId: proofMarks.pageId,
  storyId: proofMarks.storyId,
  round: proofMarks.round,
  type: proofMarks.type,
  field: proofMarks.field,
  paragraph: proofMarks.paragraph,
  offset: proofMarks.offset,
  marked: proofMarks.marked,
  correction: proofMarks.correction,
  note: proofMarks.note,
  state: proofMarks.state,
  createdBy: creator.name,
  createdAt: proofMarks.createdAt,
  resolvedBy: resolver.name,
  resolvedAt: proofMarks.resolvedAt,
  resolveReason: proofMarks.resolveReason,
  revisionNumber: proofMarks.revisionNumber,
  version: proofMarks.version,
  headline: stories.headline,
  slug: stories.slug,
};

/** Marks per answer: a page with more has a next cursor. */
export const PROOF_MARKS_LIMIT = 200;

function markQuery(db: DbOrTx) {
  return db
    .select(markColumns)
    .from(proofMarks)
    .innerJoin(creator, eq(creator.id, proofMarks.createdById))
    .leftJoin(resolver, eq(resolver.id, proofMarks.resolvedById))
    .innerJoin(stories, eq(stories.id, proofMarks.storyId));
}

/**
 * A page's marks, oldest first, `limit` at a time after the mark id `after` (keyset): the anchor as made, not the
 * story text — the reader re-anchors against the text it has (lib/proofing/anchor.ts), so the list reads no body.
 */
export function listPageProofMarks(db: DbOrTx, { pageId, after = 0, limit = PROOF_MARKS_LIMIT }: { pageId: number; after?: number; limit?: number }) {
  const rows = markQuery(db)
    .where(and(eq(proofMarks.pageId, pageId), gt(proofMarks.id, after)))
    .orderBy(asc(proofMarks.id))
    .limit(limit + 1)
    .all();
  const marks = rows.slice(0, limit);
  return { marks, next: rows.length > limit ? marks[marks.length - 1].id : null };
}
export type ProofMarkView = ReturnType<typeof listPageProofMarks>["marks"][number];

/** A story's marks (from every page it was proofread on), newest first, `limit` at a time before the id `before`. */
export function listStoryProofMarks(db: DbOrTx, { storyId, before, limit = PROOF_MARKS_LIMIT }: { storyId: number; before?: number; limit?: number }) {
  const rows = markQuery(db)
    .where(and(eq(proofMarks.storyId, storyId), before === undefined ? undefined : sql`${proofMarks.id} < ${before}`))
    .orderBy(desc(proofMarks.id))
    .limit(limit + 1)
    .all();
  const marks = rows.slice(0, limit);
  return { marks, next: rows.length > limit ? marks[marks.length - 1].id : null };
}

export function getProofMark(db: DbOrTx, { id }: { id: number }): ProofMarkView | undefined {
  return markQuery(db).where(eq(proofMarks.id, id)).get();
}

/** Whether the story is in a box of the page. */
export function isStoryOnPage(db: DbOrTx, { pageId, storyId }: { pageId: number; storyId: number }): boolean {
  return db.select({ id: pageElements.id }).from(pageElements).where(and(eq(pageElements.pageId, pageId), eq(pageElements.storyId, storyId))).limit(1).get() !== undefined;
}

/** Whether the story is in a box of a page submitted for sign-off (what a proofreader may read). */
export function isStoryOnSubmittedPage(db: DbOrTx, { storyId }: { storyId: number }): boolean {
  return (
    db
      .select({ id: pages.id })
      .from(pageElements)
      .innerJoin(pages, eq(pages.id, pageElements.pageId))
      .where(and(eq(pageElements.storyId, storyId), eq(pages.state, "submitted")))
      .limit(1)
      .get() !== undefined
  );
}

/** Pages submitted for sign-off with proofreading rounds still to sign (the proofreader's 待校对), oldest hand-over first. */
export function proofingQueuePageIds(db: DbOrTx, { limit }: { limit: number }): { ids: number[]; count: number } {
  const waiting = and(
    eq(pages.state, "submitted"),
    sql`(select count(*) from ${proofRounds} where ${proofRounds.pageId} = ${pages.id}) < ${editions.proofRounds}`,
  );
  const rows = db
    .select({ id: pages.id })
    .from(pages)
    .innerJoin(editions, eq(editions.id, pages.editionId))
    .where(waiting)
    .orderBy(asc(pages.updatedAt), asc(pages.id))
    .limit(limit)
    .all();
  const n = rows.length < limit ? rows.length : db.select({ n: count() }).from(pages).innerJoin(editions, eq(editions.id, pages.editionId)).where(waiting).get()!.n;
  return { ids: rows.map((r) => r.id), count: n };
}

/** The marks still open on these pages, per page. */
export function openMarksByPage(db: DbOrTx, { pageIds }: { pageIds: number[] }): Map<number, number> {
  if (pageIds.length === 0) return new Map();
  const rows = db
    .select({ pageId: proofMarks.pageId, n: count() })
    .from(proofMarks)
    .where(and(inArray(proofMarks.pageId, pageIds), eq(proofMarks.state, "open")))
    .groupBy(proofMarks.pageId)
    .all();
  return new Map(rows.map((r) => [r.pageId, r.n]));
}
