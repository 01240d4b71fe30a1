/**
 * The stories of the e-paper's feeds (RSS/Atom): the newest stories in a box of a released page, for the
 * whole paper or one page name. Like every e-paper read, `pages.state = 'released'` is in the where clause.
 */
import { and, asc, desc, eq, exists, inArray, sql } from "drizzle-orm";
import { FEED_LIMIT, type FeedStory } from "@/lib/exchange/feeds";
import type { DbOrTx } from "../client";
import { editions, pageElements, pages, publications, stories } from "../schema";
import { getStoriesByIds } from "./stories";

export interface FeedSource {
  publication: string;
  timeZone: string;
  stories: FeedStory[];
}

/**
 * The newest FEED_LIMIT released stories (newest edition first, then page and reading order), or only those
 * on pages named `pageName`. Undefined when there is no publication, or no released page of that name
 * (the whole paper with nothing released yet is an empty feed).
 * A 转版 story sits in two boxes: rows are read twice the limit so that such stories still fill it.
 */
export function listFeedStories(db: DbOrTx, { pageName }: { pageName?: string } = {}): FeedSource | undefined {
  const publication = db.select({ name: publications.name, timeZone: publications.timeZone }).from(publications).orderBy(asc(publications.id)).limit(1).get();
  if (!publication) return undefined;
  const named = pageName === undefined ? [] : [eq(pages.name, pageName)];
  // The newest FEED_LIMIT dates with such a released page, walked down the date index (each has a story or
  // more): the stories are read from those editions only, so the sort below stays small however long the archive.
  const newest = db
    .select({ id: editions.id })
    .from(editions)
    .where(exists(db.select({ one: sql`1` }).from(pages).where(and(eq(pages.editionId, editions.id), eq(pages.state, "released"), ...named))))
    .orderBy(desc(editions.date))
    .limit(FEED_LIMIT)
    .all();
  if (newest.length === 0) return pageName === undefined ? { publication: publication.name, timeZone: publication.timeZone, stories: [] } : undefined;
  const rows = db
    .select({ storyId: stories.id, date: editions.date, pageName: pages.name })
    .from(editions)
    .innerJoin(pages, eq(pages.editionId, editions.id))
    .innerJoin(pageElements, eq(pageElements.pageId, pages.id))
    .innerJoin(stories, eq(stories.id, pageElements.storyId))
    .where(and(inArray(pages.editionId, newest.map((e) => e.id)), eq(pages.state, "released"), ...named))
    .orderBy(desc(editions.date), asc(pages.number), asc(stories.position), asc(stories.id))
    .limit(FEED_LIMIT * 2)
    .all();
  const order: { id: number; date: string; pageNames: string[] }[] = [];
  const byId = new Map<number, (typeof order)[number]>();
  for (const r of rows) {
    const known = byId.get(r.storyId);
    if (known) {
      if (!known.pageNames.includes(r.pageName)) known.pageNames.push(r.pageName);
    } else if (order.length < FEED_LIMIT) {
      const entry = { id: r.storyId, date: r.date, pageNames: [r.pageName] };
      byId.set(entry.id, entry);
      order.push(entry);
    }
  }
  const details = getStoriesByIds(db, { ids: order.map((o) => o.id) });
  const items = order.flatMap(({ id, date, pageNames }): FeedStory[] => {
    const s = details.get(id);
    if (!s) return [];
    return [
      {
        id,
        date,
        headline: s.headline ?? s.slug,
        kicker: s.kicker,
        subheadline: s.subheadline,
        dateline: s.dateline,
        bylines: s.bylines.map((b) => ({ name: b.name })),
        body: s.body,
        sidebars: s.sidebars,
        pageNames,
      },
    ];
  });
  return { publication: publication.name, timeZone: publication.timeZone, stories: items };
}
