import { and, desc, eq, inArray, isNull, lt, notExists, or, sql, type SQL } from "drizzle-orm";
import { CARRY_OVER_PAGE_SIZE, CARRY_OVER_STATES_SQL_LIST } from "@/lib/carry-over";
import { FROZEN_PAGE_STATES } from "@/lib/page-states";
import type { DbOrTx } from "../client";
import { editions, pageElements, pages, people, stories, storyAssignees, storyBylines, users } from "../schema";
import { editionIdOn } from "./edition-id";

/** Where a page of the list ends: the last row's edition date and story id ("2019-01-08.123"). */
export interface CarryOverCursor {
  date: string;
  id: number;
}

export function carryOverCursor(row: { editionDate: string; id: number }): string {
  return `${row.editionDate}.${row.id}`;
}

/**
 * Unfinished stories (assigned, draft, filed, returned, edited) of editions dated before `date` — or of the
 * one edition `from` — that no signed or released page holds: what a new edition on `date` may carry over.
 * Newest edition first, then newest story; one page at a time (keyset on (edition date, id)). Headline,
 * status, byline and assignee names, 字数 (stored): never a body.
 *
 * Read from the partial index of unfinished stories (stories_unfinished_idx), the stories side first (CROSS
 * JOIN keeps SQLite from walking every edition of the archive by date instead): the work is bounded by the
 * open stories, however many finished editions lie behind them. With `from`, one edition's entries of it.
 */
export function listCarryOverCandidates(
  db: DbOrTx,
  { date, from, before, limit = CARRY_OVER_PAGE_SIZE }: { date: string; from?: string; before?: CarryOverCursor; limit?: number },
) {
  const frozenPage = db.select({ id: pages.id }).from(pages).where(and(eq(pages.id, stories.pageId), inArray(pages.state, FROZEN_PAGE_STATES)));
  const frozenBox = db
    .select({ id: pageElements.id })
    .from(pageElements)
    .innerJoin(pages, eq(pages.id, pageElements.pageId))
    .where(and(eq(pageElements.storyId, stories.id), inArray(pages.state, FROZEN_PAGE_STATES)));
  const where: (SQL | undefined)[] = [
    eq(editions.id, stories.editionId),
    lt(editions.date, date),
    from === undefined ? undefined : eq(stories.editionId, editionIdOn(from)),
    // the partial index's own WHERE, word for word (constants, not parameters)
    sql`${stories.status} in ${sql.raw(CARRY_OVER_STATES_SQL_LIST)}`,
    or(isNull(stories.pageId), notExists(frozenPage)),
    notExists(frozenBox),
    before === undefined ? undefined : or(lt(editions.date, before.date), and(eq(editions.date, before.date), lt(stories.id, before.id))),
  ];
  const rows = db
    .select({
      id: stories.id,
      slug: stories.slug,
      headline: stories.headline,
      kind: stories.kind,
      status: stories.status,
      length: stories.zi,
      targetLength: stories.targetLength,
      editionDate: editions.date,
      pageNumber: pages.number,
    })
    .from(stories)
    .crossJoin(editions)
    .leftJoin(pages, eq(pages.id, stories.pageId))
    .where(and(...where))
    .orderBy(desc(editions.date), desc(stories.id))
    .limit(limit + 1)
    .all();
  const shown = rows.slice(0, limit);
  const ids = shown.map((r) => r.id);
  const bylines = new Map<number, string[]>();
  const assignees = new Map<number, string[]>();
  if (ids.length) {
    const byline = db
      .select({ storyId: storyBylines.storyId, name: people.name })
      .from(storyBylines)
      .innerJoin(people, eq(people.id, storyBylines.personId))
      .where(inArray(storyBylines.storyId, ids))
      .orderBy(storyBylines.storyId, storyBylines.position)
      .all();
    for (const b of byline) bylines.set(b.storyId, [...(bylines.get(b.storyId) ?? []), b.name]);
    const assigned = db
      .select({ storyId: storyAssignees.storyId, name: users.name })
      .from(storyAssignees)
      .innerJoin(users, eq(users.id, storyAssignees.userId))
      .where(inArray(storyAssignees.storyId, ids))
      .orderBy(storyAssignees.storyId, users.id)
      .all();
    for (const a of assigned) assignees.set(a.storyId, [...(assignees.get(a.storyId) ?? []), a.name]);
  }
  return {
    stories: shown.map((r) => ({ ...r, bylines: bylines.get(r.id) ?? [], assignees: assignees.get(r.id) ?? [] })),
    next: rows.length > limit ? carryOverCursor(shown[shown.length - 1]) : null,
  };
}
export type CarryOverCandidate = ReturnType<typeof listCarryOverCandidates>["stories"][number];
