import { asc } from "drizzle-orm";
import { APP_LINKS } from "@/lib/epaper/epaper-links";
import type { EpaperSearchHit } from "@/lib/epaper/epaper-search-html";
import type { DbOrTx } from "../client";
import { publications } from "../schema";
import { getNewestReleasedPage } from "./epaper";
import { searchStories } from "./search-stories";

export interface EpaperSearch {
  publication: string;
  /** the newest released edition's month, for the masthead's 往期回顾 link */
  month: string;
  total: number;
  capped: boolean;
  hits: EpaperSearchHit[];
}

/** What the search page shows around the results: the paper's name and the newest released edition's month. */
export function epaperSearchShell(db: DbOrTx): { publication: string; month: string } | undefined {
  const publication = db.select({ name: publications.name }).from(publications).orderBy(asc(publications.id)).limit(1).get()?.name;
  if (publication === undefined) return undefined;
  const newest = getNewestReleasedPage(db);
  return { publication, month: (newest?.date ?? new Date().toISOString()).slice(0, 7) };
}

/**
 * The public e-paper's search: the staff's index and ranking (db/queries/search-stories.ts), over what the
 * e-paper shows — stories in a box of a released page — and within the same window of the newest 2,000
 * matches, so a reader's request costs what a desk search costs. No status, no person, no draft. `from`/`to`
 * (edition dates) are the desk's date range: tokens of the index's edition column, in the match itself.
 */
export function searchEpaper(
  db: DbOrTx,
  { q, from, to, limit, offset }: { q: string; from?: string; to?: string; limit: number; offset: number },
): EpaperSearch | undefined {
  const shell = epaperSearchShell(db);
  if (!shell) return undefined;
  const { publication, month } = shell;
  const found = searchStories(db, { q, from, to, user: "public", sort: "rank", limit, offset });
  return {
    publication,
    month,
    total: found.total,
    capped: found.capped,
    hits: found.hits.map((h) => ({
      id: h.id,
      date: h.editionDate,
      pageNumber: h.pageNumber,
      pageName: h.pageName,
      url: APP_LINKS.article(h.editionDate, h.id),
      bylines: h.bylines,
      title: h.title,
      snippet: h.snippet,
    })),
  };
}
