import { and, asc, desc, eq, gte, notExists, sql } from "drizzle-orm";
import { UNRELEASED_PAGE_SQL } from "@/lib/page-states";
import type { DbOrTx } from "../client";
import { editions, pages, publications } from "../schema";
import { getLatestEdition } from "./editions";

/** Pages not yet released, as the partial index pages_unreleased_idx says it (word for word, or it is not used). */
const pageUnreleased = sql.raw(UNRELEASED_PAGE_SQL);

/**
 * Not yet released: a page not released (a probe of pages_unreleased_idx), or no page at all (a probe of the
 * (edition_id, number) index). Neither reads a page row.
 */
const unreleased = sql`(exists (select 1 from ${pages} where ${pages.editionId} = ${editions.id} and ${pageUnreleased}) or not exists (select 1 from ${pages} where ${pages.editionId} = ${editions.id}))`;

/** How far back an edition without any page still counts as the one in hand (more than a year of dailies). */
export const EMPTY_EDITION_WINDOW = 400;

const fields = { id: editions.id, date: editions.date, publication: publications.name };
type EditionInHand = { id: number; date: string; publication: string };

/**
 * "Today" of the desk: the next edition not yet released — the earliest unreleased one dated `today` (the
 * publication's date, Asia/Shanghai) or later; when there is none, the newest unreleased one (tonight's paper
 * dated before today, or the demo's 2019 pages); when every edition is released, the newest.
 *
 * Bounded whatever the archive holds: the first step walks the date index forwards from today (future
 * editions only); the second reads the pages not yet released (the partial index: open work only) and the
 * newest EMPTY_EDITION_WINDOW editions for one without pages — an empty edition older than that, behind a
 * year of released papers, is an abandoned shell, not the paper in hand.
 */
export function getEditionInHand(db: DbOrTx, { today }: { today: string }): EditionInHand | undefined {
  const next = db
    .select(fields)
    .from(editions)
    .innerJoin(publications, eq(publications.id, editions.publicationId))
    .where(and(gte(editions.date, today), unreleased))
    .orderBy(asc(editions.date))
    .limit(1)
    .get();
  if (next) return next;
  // pages first (CROSS JOIN): SQLite reads the partial index, not every edition by date
  const withOpenPage = db
    .select(fields)
    .from(pages)
    .crossJoin(editions)
    .innerJoin(publications, eq(publications.id, editions.publicationId))
    .where(and(eq(editions.id, pages.editionId), pageUnreleased))
    .orderBy(desc(editions.date))
    .limit(1)
    .get();
  const recent = db.select({ id: editions.id, date: editions.date, publicationId: editions.publicationId }).from(editions).orderBy(desc(editions.date)).limit(EMPTY_EDITION_WINDOW).as("recent");
  const empty = db
    .select({ id: recent.id, date: recent.date, publication: publications.name })
    .from(recent)
    .innerJoin(publications, eq(publications.id, recent.publicationId))
    .where(notExists(db.select({ one: sql`1` }).from(pages).where(eq(pages.editionId, recent.id))))
    .orderBy(desc(recent.date))
    .limit(1)
    .get();
  const open = !withOpenPage ? empty : !empty ? withOpenPage : empty.date > withOpenPage.date ? empty : withOpenPage;
  return open ?? getLatestEdition(db);
}
