import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SearchResults } from "@/components/search-results";
import { requireUser } from "@/app/_server/session";
import { getDb } from "@/db/client";
import { searchFilterOptions } from "@/db/queries/search-filter-options";
import { SEARCH_WINDOW, searchStories } from "@/db/queries/search-stories";
import { SEARCH_PAGE_MAX, SEARCH_QUERY_MAX } from "@/lib/api/search-schemas";
import { hasSearchFilters, parseSearchView, SEARCH_VIEW_PAGE_SIZE, searchViewSearch, type SearchView } from "@/lib/search-view";
import { STORY_KINDS, STORY_STATES } from "@/lib/story-kinds";

export const dynamic = "force-dynamic";

/**
 * 检索: the query, the date range, status, byline person, page name, kind and order as a GET form whose
 * fields are the URL (lib/search-view.ts: a bad param is ignored, the others apply); the count and one page
 * of marked results. The visibility rule (db/queries/search-stories.ts) applies with every filter.
 */
export default async function SearchPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser("reporter");
  const t = await getTranslations();
  const view = parseSearchView(await searchParams);
  const db = getDb();
  const result = view.q
    ? searchStories(db, {
        q: view.q,
        user,
        from: view.from || undefined,
        to: view.to || undefined,
        status: view.status || undefined,
        personId: view.person === "" ? undefined : view.person,
        pageName: view.pageName || undefined,
        kind: view.kind || undefined,
        sort: view.sort,
        limit: SEARCH_VIEW_PAGE_SIZE,
        offset: (view.p - 1) * SEARCH_VIEW_PAGE_SIZE,
      })
    : null;
  const options = searchFilterOptions(db, { person: view.person === "" ? undefined : view.person, pageName: view.pageName || undefined });
  const pageHref = (p: number) => `/search${searchViewSearch({ ...view, p } satisfies SearchView)}`;
  const lastPage = result ? Math.min(Math.ceil(result.total / SEARCH_VIEW_PAGE_SIZE), SEARCH_PAGE_MAX) : 0;
  const field = "w-full rounded border border-stone-300 bg-white px-2 py-1";
  const labelled = "flex min-w-0 flex-col gap-1";
  return (
    <div className="max-w-4xl">
      <h1 className="mb-4 font-serif text-2xl font-bold">{t("search.title")}</h1>
      <form action="/search" method="get" className="mb-5 rounded border border-stone-200 bg-stone-50 p-3 text-sm" data-testid="search-form">
        <div className="flex flex-wrap items-end gap-2">
          <label className={`${labelled} min-w-48 flex-1`}>
            {t("search.box")}
            <input type="search" name="q" required maxLength={SEARCH_QUERY_MAX} defaultValue={view.q} className={`${field} text-base`} />
          </label>
          <button type="submit" className="rounded bg-stone-800 px-4 py-1.5 text-white">
            {t("search.apply")}
          </button>
        </div>
        <div className="mt-3 grid grid-cols-2 gap-2 sm:grid-cols-4">
          <label className={labelled}>
            {t("search.from")}
            <input type="date" name="from" defaultValue={view.from} className={field} />
          </label>
          <label className={labelled}>
            {t("search.to")}
            <input type="date" name="to" defaultValue={view.to} className={field} />
          </label>
          <label className={labelled}>
            {t("search.status")}
            <select name="status" defaultValue={view.status} className={field}>
              <option value="">{t("search.any")}</option>
              {STORY_STATES.map((s) => (
                <option key={s} value={s}>
                  {t(`status.${s}`)}
                </option>
              ))}
            </select>
          </label>
          <label className={labelled}>
            {t("search.kind")}
            <select name="kind" defaultValue={view.kind} className={field}>
              <option value="">{t("search.any")}</option>
              {STORY_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`kind.${k}`)}
                </option>
              ))}
            </select>
          </label>
          <label className={labelled}>
            {t("search.person")}
            <select name="person" defaultValue={view.person === "" ? "" : String(view.person)} className={field}>
              <option value="">{t("search.any")}</option>
              {options.people.map((p) => (
                <option key={p.id} value={p.id} data-content="">
                  {p.name}
                </option>
              ))}
            </select>
          </label>
          <label className={labelled}>
            {t("search.pageName")}
            <select name="pageName" defaultValue={view.pageName} className={field}>
              <option value="">{t("search.any")}</option>
              {options.pageNames.map((n) => (
                <option key={n} value={n} data-content="">
                  {n}
                </option>
              ))}
            </select>
          </label>
          <label className={labelled}>
            {t("search.sort")}
            <select name="sort" defaultValue={view.sort} className={field}>
              <option value="rank">{t("search.byRank")}</option>
              <option value="newest">{t("search.byNewest")}</option>
            </select>
          </label>
          <div className="flex items-end">
            {hasSearchFilters(view) && view.q && (
              <Link href={`/search${searchViewSearch({ ...view, from: "", to: "", status: "", person: "", pageName: "", kind: "", p: 1 })}`} className="py-1 text-stone-600 underline">
                {t("search.clear")}
              </Link>
            )}
          </div>
        </div>
      </form>
      {result && (
        <section aria-label={t("search.results")}>
          <p className="mb-2 text-sm text-stone-600" data-testid="search-count">
            {result.total === 0 ? t("search.none") : t("search.count", { n: result.total })}
            {result.capped && <span className="ml-2 text-amber-800">{t("search.capped", { n: SEARCH_WINDOW })}</span>}
          </p>
          <SearchResults hits={result.hits} />
          {lastPage > 1 && (
            <nav className="mt-4 flex items-center gap-4 text-sm" aria-label={t("search.results")}>
              {view.p > 1 && <Link href={pageHref(view.p - 1)}>{t("search.previous")}</Link>}
              <span>{t("search.pageOf", { p: view.p })}</span>
              {view.p < lastPage && <Link href={pageHref(view.p + 1)}>{t("search.next")}</Link>}
            </nav>
          )}
        </section>
      )}
    </div>
  );
}
