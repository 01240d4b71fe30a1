import { SEARCH_WINDOW } from "@/db/queries/search-stories";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SearchResults } from "@/components/search-results";
import { requireUser } from "@/app/_server/session";
import { getDb } from "@/db/client";
import { searchStories } from "@/db/queries/search-stories";
import { searchQuery } from "@/lib/api/search-schemas";

export const dynamic = "force-dynamic";

/** 检索: the query, the date range and the order as a GET form; one page of marked results and the count. */
export default async function SearchPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser("reporter");
  const t = await getTranslations("search");
  const raw = Object.fromEntries(Object.entries(await searchParams).flatMap(([k, v]) => (typeof v === "string" && v !== "" ? [[k, v]] : [])));
  const parsed = searchQuery.safeParse(raw);
  const q = parsed.success ? parsed.data : null;
  const result = q
    ? searchStories(getDb(), { q: q.q, user, from: q.from, to: q.to, sort: q.sort, limit: q.limit, offset: (q.p - 1) * q.limit })
    : null;
  const pageHref = (p: number) => `/search?${new URLSearchParams({ ...raw, p: String(p) }).toString()}`;
  const field = "rounded border border-stone-300 px-2 py-1";
  return (
    <div className="max-w-3xl">
      <h1 className="mb-4 font-serif text-2xl font-bold">{t("title")}</h1>
      <form action="/search" method="get" className="mb-4 flex flex-wrap items-end gap-3 text-sm">
        <label className="flex flex-col gap-1">
          {t("box")}
          <input type="search" name="q" required maxLength={100} defaultValue={typeof raw.q === "string" ? raw.q : ""} className={`${field} w-64`} />
        </label>
        <label className="flex flex-col gap-1">
          {t("from")}
          <input type="date" name="from" defaultValue={q?.from ?? ""} className={field} />
        </label>
        <label className="flex flex-col gap-1">
          {t("to")}
          <input type="date" name="to" defaultValue={q?.to ?? ""} className={field} />
        </label>
        <label className="flex flex-col gap-1">
          {t("sort")}
          <select name="sort" defaultValue={q?.sort ?? "rank"} className={field}>
            <option value="rank">{t("byRank")}</option>
            <option value="newest">{t("byNewest")}</option>
          </select>
        </label>
        <button type="submit" className="rounded bg-stone-800 px-3 py-1 text-white">
          {t("apply")}
        </button>
      </form>
      {result && q && (
        <>
          <p className="mb-2 text-sm text-stone-600" data-testid="search-count">
            {result.total === 0 ? t("none") : t("count", { n: result.total })}
            {result.capped && <span className="ml-2 text-amber-800">{t("capped", { n: SEARCH_WINDOW })}</span>}
          </p>
          <SearchResults hits={result.hits} />
          {result.total > q.limit && (
            <nav className="mt-4 flex items-center gap-4 text-sm">
              {q.p > 1 && <Link href={pageHref(q.p - 1)}>{t("previous")}</Link>}
              <span>{t("pageOf", { p: q.p })}</span>
              {q.p * q.limit < result.total && <Link href={pageHref(q.p + 1)}>{t("next")}</Link>}
            </nav>
          )}
        </>
      )}
    </div>
  );
}
