import { desc, eq } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { editions, pages, publications, users } from "../schema";

export function getEditionByDate(db: DbOrTx, { date }: { date: string }) {
  return db
    .select({ id: editions.id, date: editions.date, note: editions.note, publication: publications.name })
    .from(editions)
    .innerJoin(publications, eq(publications.id, editions.publicationId))
    .where(eq(editions.date, date))
    .get();
}

export function listEditions(db: DbOrTx) {
  return db
    .select({ id: editions.id, date: editions.date, publication: publications.name })
    .from(editions)
    .innerJoin(publications, eq(publications.id, editions.publicationId))
    .orderBy(desc(editions.date))
    .all();
}

/** Every page of every edition, newest edition first, with state and 责任编辑 (the chief's dashboard). */
export function listPagesWithState(db: DbOrTx) {
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
    .orderBy(desc(editions.date), pages.number)
    .all();
}
