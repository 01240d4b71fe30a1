import { asc, desc, eq, lt } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { editions, pages, publications, users } from "../schema";

export function getEditionByDate(db: DbOrTx, { date }: { date: string }) {
  return db
    .select({ id: editions.id, date: editions.date, note: editions.note, publication: publications.name, totalNumber: editions.totalNumber, yearNumber: editions.yearNumber, reviewLevels: editions.reviewLevels, proofRounds: editions.proofRounds })
    .from(editions)
    .innerJoin(publications, eq(publications.id, editions.publicationId))
    .where(eq(editions.date, date))
    .get();
}

/** How many rows one page of a dashboard or history list shows (keyset pagination: "earlier" links). */
export const LIST_PAGE_SIZE = 20;

/** The edition the desk is working on: the newest one (the next day's paper is made before it is dated). */
export function getLatestEdition(db: DbOrTx) {
  return db
    .select({ id: editions.id, date: editions.date, publication: publications.name })
    .from(editions)
    .innerJoin(publications, eq(publications.id, editions.publicationId))
    .orderBy(desc(editions.date))
    .limit(1)
    .get();
}

/** Editions before a date, newest first, one page at a time; `next` is the date to continue before. */
export function listEarlierEditions(db: DbOrTx, { before, limit = LIST_PAGE_SIZE }: { before: string; limit?: number }) {
  const rows = db
    .select({ id: editions.id, date: editions.date, publication: publications.name })
    .from(editions)
    .innerJoin(publications, eq(publications.id, editions.publicationId))
    .where(lt(editions.date, before))
    .orderBy(desc(editions.date))
    .limit(limit + 1)
    .all();
  return { editions: rows.slice(0, limit), next: rows.length > limit ? rows[limit - 1].date : null };
}

export function listEditions(db: DbOrTx) {
  return db
    .select({ id: editions.id, date: editions.date, publication: publications.name })
    .from(editions)
    .innerJoin(publications, eq(publications.id, editions.publicationId))
    .orderBy(desc(editions.date))
    .all();
}

/** The pages of one edition with state and 责任编辑 (the chief's dashboard shows the edition in hand). */
export function listPagesWithState(db: DbOrTx, { editionId }: { editionId: number }) {
  return db
    .select({
      id: pages.id,
      number: pages.number,
      name: pages.name,
      state: pages.state,
      editionDate: editions.date,
      responsibleEditor: users.name,
    })
    .from(pages)
    .innerJoin(editions, eq(editions.id, pages.editionId))
    .leftJoin(users, eq(users.id, pages.responsibleEditorId))
    .where(eq(pages.editionId, editionId))
    .orderBy(asc(pages.number))
    .all();
}
