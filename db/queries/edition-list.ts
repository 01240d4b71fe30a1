import { and, count, desc, gte, inArray, lt, sql, type SQL } from "drizzle-orm";
import type { PageState } from "@/lib/page-states";
import type { StoryState } from "@/lib/story-kinds";
import type { DbOrTx } from "../client";
import { editions, pages, stories } from "../schema";

const SUMMARY_COLUMNS = { id: editions.id, date: editions.date, totalNumber: editions.totalNumber, yearNumber: editions.yearNumber };

/** How many editions one page of the /editions list shows. */
export const EDITIONS_PAGE_SIZE = 30;

/** One edition as the /editions list and calendar show it: counts only, never a story or a page row. */
export interface EditionSummary {
  id: number;
  date: string;
  /** 总第N期 and 第N期 of the year (null on an edition made before numbering had a start) */
  totalNumber: number | null;
  yearNumber: number | null;
  pages: { total: number; signed: number; released: number };
  /** stories of the edition by status (states with none are left out) */
  stories: Partial<Record<StoryState, number>>;
  storyTotal: number;
  /** every page released (an edition without pages is not) */
  released: boolean;
}

/**
 * Counts for a handful of editions in two grouped reads: pages by (edition, state) through the
 * (edition_id, number) index, stories by (edition, status) from the (edition_id, status) index alone.
 */
function summarize(db: DbOrTx, rows: { id: number; date: string; totalNumber: number | null; yearNumber: number | null }[]): EditionSummary[] {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const pageCounts = db
    .select({ editionId: pages.editionId, state: pages.state, n: count() })
    .from(pages)
    .where(inArray(pages.editionId, ids))
    .groupBy(pages.editionId, pages.state)
    .all();
  const storyCounts = db
    .select({ editionId: stories.editionId, status: stories.status, n: count() })
    .from(stories)
    .where(inArray(stories.editionId, ids))
    .groupBy(stories.editionId, stories.status)
    .all();
  const byId = new Map<number, EditionSummary>(
    rows.map((r) => [r.id, { id: r.id, date: r.date, totalNumber: r.totalNumber, yearNumber: r.yearNumber, pages: { total: 0, signed: 0, released: 0 }, stories: {}, storyTotal: 0, released: false }]),
  );
  const signedStates: readonly PageState[] = ["signed", "released"];
  for (const { editionId, state, n } of pageCounts) {
    const s = byId.get(editionId)!;
    s.pages.total += n;
    if (signedStates.includes(state)) s.pages.signed += n;
    if (state === "released") s.pages.released += n;
  }
  for (const { editionId, status, n } of storyCounts) {
    const s = byId.get(editionId)!;
    s.stories[status] = n;
    s.storyTotal += n;
  }
  for (const s of byId.values()) s.released = s.pages.total > 0 && s.pages.released === s.pages.total;
  return rows.map((r) => byId.get(r.id)!);
}

/**
 * Every edition, newest first, one page at a time (keyset on the date): `before` continues below a date,
 * `next` is the date to pass for the page after (null on the last).
 */
export function listEditionSummaries(db: DbOrTx, { before, limit = EDITIONS_PAGE_SIZE }: { before?: string; limit?: number } = {}) {
  const where: SQL[] = before ? [lt(editions.date, before)] : [];
  const rows = db
    .select(SUMMARY_COLUMNS)
    .from(editions)
    .where(and(...where))
    .orderBy(desc(editions.date))
    .limit(limit + 1)
    .all();
  const shown = rows.slice(0, limit);
  return { editions: summarize(db, shown), next: rows.length > limit ? shown[shown.length - 1].date : null };
}

/** The editions of one month ([from, to) of YYYY-MM-DD dates), for the calendar: at most 31. */
export function listEditionSummariesBetween(db: DbOrTx, { from, to }: { from: string; to: string }): EditionSummary[] {
  const rows = db
    .select(SUMMARY_COLUMNS)
    .from(editions)
    .where(and(gte(editions.date, from), lt(editions.date, to)))
    .orderBy(desc(editions.date))
    .limit(62)
    .all();
  return summarize(db, rows);
}

/** The newest edition's date (the create dialog proposes the day after it), or null with none. */
export function newestEditionDate(db: DbOrTx): string | null {
  return db.select({ date: editions.date }).from(editions).orderBy(desc(editions.date)).limit(1).get()?.date ?? null;
}

/** The nearest month before / after `[from, to)` that has an edition, so the calendar can skip empty years. */
export function neighbourEditionMonths(db: DbOrTx, { from, to }: { from: string; to: string }): { earlier: string | null; later: string | null } {
  const earlier = db.select({ date: editions.date }).from(editions).where(lt(editions.date, from)).orderBy(desc(editions.date)).limit(1).get()?.date;
  const later = db.select({ date: sql<string>`min(${editions.date})` }).from(editions).where(gte(editions.date, to)).get()?.date;
  return { earlier: earlier?.slice(0, 7) ?? null, later: later?.slice(0, 7) ?? null };
}
