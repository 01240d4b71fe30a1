import { ZodError } from "zod";
import { getDb } from "@/db/client";
import { epaperSearchShell, searchEpaper } from "@/db/queries/epaper-search";
import { SEARCH_WINDOW } from "@/db/queries/search-stories";
import { EPAPER_SEARCH_PAGE_MAX, EPAPER_SEARCH_PAGE_SIZE, epaperSearchQuery } from "@/lib/api/search-schemas";
import type { Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translate";
import { zodIssuesText } from "@/lib/i18n/zod-issues";
import type { EpaperSearchView } from "@/lib/epaper/epaper-search-html";

/**
 * One public search request (/epaper/search and /epaper/search.json): the query, dates and page checked, then at
 * most the window of the newest matches counted and ranked, 20 a page, 50 pages deep. `error` is worded
 * in the reader's language; undefined when there is no publication yet.
 */
export function epaperSearch(url: URL, locale: Locale): (EpaperSearchView & { status: number }) | undefined {
  const raw = Object.fromEntries([...url.searchParams].filter(([, v]) => v !== ""));
  const noQuery = raw.q === undefined;
  const parsed = epaperSearchQuery.safeParse(raw, { reportInput: true });
  const q = typeof raw.q === "string" ? raw.q.trim().slice(0, 200) : "";
  // the dates as typed, back into the form (the date inputs show only a well-formed one)
  const asTyped = { from: typeof raw.from === "string" ? raw.from.slice(0, 10) : undefined, to: typeof raw.to === "string" ? raw.to.slice(0, 10) : undefined };
  if (!parsed.success && !noQuery) {
    // a date's refusal names its field in the reader's words (起始日期 / 结束日期); the query's and the page's speak for themselves
    const words = translatorFor(locale, "search");
    const named = (path: PropertyKey[]) => (path[0] === "from" || path[0] === "to" ? [words(path[0])] : []);
    const bare = new ZodError(parsed.error.issues.map((i) => ({ ...i, path: named(i.path) })));
    const shell = epaperSearchShell(getDb());
    return shell && { ...shell, q, ...asTyped, error: zodIssuesText(bare, locale), status: 400 };
  }
  if (noQuery || !parsed.success) {
    const shell = epaperSearchShell(getDb());
    return shell && { publication: shell.publication, month: shell.month, q: "", status: 200 };
  }
  const { q: query, p, from, to } = parsed.data;
  const found = searchEpaper(getDb(), { q: query, from, to, limit: EPAPER_SEARCH_PAGE_SIZE, offset: (p - 1) * EPAPER_SEARCH_PAGE_SIZE });
  if (!found) return undefined;
  return {
    publication: found.publication,
    month: found.month,
    q: query,
    from,
    to,
    status: 200,
    result: {
      total: found.total,
      capped: found.capped,
      page: p,
      lastPage: Math.min(Math.ceil(found.total / EPAPER_SEARCH_PAGE_SIZE), EPAPER_SEARCH_PAGE_MAX),
      window: SEARCH_WINDOW,
      hits: found.hits,
    },
  };
}
