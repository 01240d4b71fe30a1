import { and, asc, desc, eq, gte, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { editions, pages, publications } from "../schema";
import { getLatestEdition } from "./editions";

/**
 * Not yet released: no pages yet, or a page not released. (`min(state = 'released')` over the edition's pages
 * is 1 only when every page is released, null when there are none.)
 */
const unreleased = sql`coalesce((select min(${pages.state} = 'released') from ${pages} where ${pages.editionId} = ${editions.id}), 0) = 0`;

const fields = { id: editions.id, date: editions.date, publication: publications.name };

/**
 * "Today" of the desk: the next edition not yet released — the earliest unreleased one dated `today` (the
 * publication's date, Asia/Shanghai) or later; when there is none, the newest unreleased one (tonight's paper
 * dated before today, or the demo's 2019 pages); when every edition is released, the newest. Each step walks
 * the date index from one end and stops at the first edition that qualifies.
 */
export function getEditionInHand(db: DbOrTx, { today }: { today: string }) {
  const next = db
    .select(fields)
    .from(editions)
    .innerJoin(publications, eq(publications.id, editions.publicationId))
    .where(and(gte(editions.date, today), unreleased))
    .orderBy(asc(editions.date))
    .limit(1)
    .get();
  if (next) return next;
  const open = db.select(fields).from(editions).innerJoin(publications, eq(publications.id, editions.publicationId)).where(unreleased).orderBy(desc(editions.date)).limit(1).get();
  return open ?? getLatestEdition(db);
}
