import Link from "next/link";
import { ZodError } from "zod";
import { getLocale, getTranslations } from "next-intl/server";
import { ErrorRateChart } from "@/components/reports/error-rate-chart";
import { ErrorRateTable } from "@/components/reports/error-rate-table";
import { requireUser } from "@/app/_server/session";
import { getDb } from "@/db/client";
import { errorRateRows } from "@/db/queries/error-rate";
import { newestEditionDate } from "@/db/queries/edition-list";
import { getPublicationTimeZone } from "@/db/queries/publication";
import { errorRateQuery } from "@/lib/api/error-rate-schemas";
import { defaultRangeEnding, ERROR_RATE_GROUPINGS, type ErrorRateGrouping } from "@/lib/error-rate";
import { zodIssuesText } from "@/lib/i18n/zod-issues";
import type { Locale } from "@/lib/i18n/locales";
import { wallClockIn } from "@/lib/newsroom-time";
import { formatShortEditionDate } from "@/lib/short-edition-date";

export const dynamic = "force-dynamic";

const TAB: Record<ErrorRateGrouping, "errorRate.tab.edition" | "errorRate.tab.page" | "errorRate.tab.reporter" | "errorRate.tab.editor" | "errorRate.tab.month"> = {
  edition: "errorRate.tab.edition",
  page: "errorRate.tab.page",
  reporter: "errorRate.tab.reporter",
  editor: "errorRate.tab.editor",
  month: "errorRate.tab.month",
};

const pad = (n: number) => String(n).padStart(2, "0");

/** Today on the newsroom's clock, YYYY-MM-DD. */
function newsroomToday(timeZone: string): string {
  const c = wallClockIn(timeZone, new Date());
  return `${c.year}-${pad(c.month)}-${pad(c.day)}`;
}

/** An edition date with its year always (a range may cross one): 2019年1月9日 / 9 Jan 2019. */
const fullDate = (locale: Locale) => (date: string) => formatShortEditionDate(date, locale, "");
const monthName = (locale: Locale) => (month: string) => {
  const [y, m] = month.split("-").map(Number);
  return locale === "zh-CN" ? `${y}年${m}月` : `${formatShortEditionDate(`${month}-01`, locale, "").replace(/^1 /, "")}`;
};

/**
 * 差错率统计: the date range (edition dates, which are the publication's days), a tab per grouping, the table
 * with the flag over 万分之三 in words, the chart (per edition, or per month on the month tab) and the exports.
 * Editors, desk heads and the chief.
 */
export default async function ErrorRatePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireUser("editor");
  const t = await getTranslations();
  const locale = (await getLocale()) as Locale;
  const db = getDb();
  const raw = Object.fromEntries(Object.entries(await searchParams).flatMap(([k, v]) => (typeof v === "string" && v !== "" ? [[k, v]] : [])));
  const fallback = defaultRangeEnding(newestEditionDate(db) ?? newsroomToday(getPublicationTimeZone(db)));
  const parsed = errorRateQuery.safeParse({ ...fallback, ...raw });
  const q = parsed.success ? parsed.data : null;
  const shown = q ?? { ...fallback, by: "edition" as const, p: 1, limit: 100 };
  const chartBy = shown.by === "month" ? "month" : "edition";
  const dateLabel = fullDate(locale);
  const monthLabel = monthName(locale);
  // every group once (the range is bounded): the table shows a page of them, the chart reuses them on 按期 and 按月
  const full = q ? errorRateRows(db, { from: q.from, to: q.to, by: q.by }) : null;
  const report = q && full ? { ...full, rows: full.rows.slice((q.p - 1) * q.limit, q.p * q.limit) } : null;
  const chartRows = q && full ? (chartBy === q.by ? full : errorRateRows(db, { from: q.from, to: q.to, by: chartBy })).rows : [];
  const points = chartRows.map((r) => ({
    label: chartBy === "month" ? monthLabel(r.month!) : formatShortEditionDate(r.date!, locale, shown.to),
    published: r.publishedRate,
    caught: r.caughtRate,
  }));
  const href = (more: Record<string, string>) => `/reports/error-rate?${new URLSearchParams({ from: shown.from, to: shown.to, by: shown.by, ...more }).toString()}`;
  const exportQuery = new URLSearchParams({ from: shown.from, to: shown.to, by: shown.by }).toString();
  // the form names its own fields: the reasons without the query's field names
  const reason = parsed.success ? null : zodIssuesText(new ZodError(parsed.error.issues.map((i) => ({ ...i, path: [] }))), locale);
  const field = "rounded border border-stone-300 px-2 py-1";
  return (
    <div className="max-w-6xl">
      <h1 className="mb-2 font-serif text-2xl font-bold">{t("errorRate.title")}</h1>
      <p className="mb-4 max-w-3xl text-sm text-stone-600">{t("errorRate.intro")}</p>
      <form action="/reports/error-rate" method="get" className="mb-4 flex flex-wrap items-end gap-3 text-sm">
        <input type="hidden" name="by" value={shown.by} />
        <label className="flex flex-col gap-1">
          {t("errorRate.from")}
          <input type="date" name="from" required defaultValue={raw.from ?? shown.from} className={field} />
        </label>
        <label className="flex flex-col gap-1">
          {t("errorRate.to")}
          <input type="date" name="to" required defaultValue={raw.to ?? shown.to} className={field} />
        </label>
        <button type="submit" className="rounded bg-stone-800 px-3 py-1 text-white">
          {t("errorRate.apply")}
        </button>
        <span className="flex gap-2 sm:ml-auto" role="group" aria-label={t("errorRate.export")}>
          <a href={`/api/reports/error-rate.csv?${exportQuery}`} download className="rounded border border-stone-400 px-3 py-1 hover:bg-stone-100">
            {t("errorRate.csv")}
          </a>
          <a href={`/api/reports/error-rate.xlsx?${exportQuery}`} download className="rounded border border-stone-400 px-3 py-1 hover:bg-stone-100">
            {t("errorRate.xlsx")}
          </a>
        </span>
      </form>
      {reason && (
        <p role="alert" className="mb-4 rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
          {t("errorRate.badRange", { reason })}
        </p>
      )}
      {q && report && (
        <>
          <p className="mb-3 text-sm text-stone-600" data-testid="error-rate-range">
            {t("errorRate.range", { from: dateLabel(q.from), to: dateLabel(q.to) })}
          </p>
          <nav aria-label={t("errorRate.groupings")} className="mb-4 flex flex-wrap gap-1 border-b border-stone-300 text-sm">
            {ERROR_RATE_GROUPINGS.map((by) => (
              <Link
                key={by}
                href={href({ by })}
                aria-current={by === q.by ? "page" : undefined}
                className={`-mb-px rounded-t border px-3 py-1.5 ${by === q.by ? "border-stone-300 border-b-white bg-white font-bold" : "border-transparent text-stone-600 hover:text-stone-900"}`}
              >
                {t(TAB[by])}
              </Link>
            ))}
          </nav>
          {report.sum.stories === 0 ? (
            <p className="text-sm text-stone-600">{t("errorRate.none")}</p>
          ) : (
            <>
              <ErrorRateChart points={points} title={chartBy === "month" ? t("errorRate.chartByMonth") : t("errorRate.chartByEdition")} />
              <ErrorRateTable report={report} dateLabel={dateLabel} monthLabel={monthLabel} />
              {report.total > q.limit && (
                <nav className="mt-4 flex items-center gap-4 text-sm">
                  {q.p > 1 && <Link href={href({ p: String(q.p - 1) })}>{t("errorRate.previous")}</Link>}
                  <span>{t("errorRate.rowsOf", { total: report.total, p: q.p })}</span>
                  {q.p * q.limit < report.total && <Link href={href({ p: String(q.p + 1) })}>{t("errorRate.next")}</Link>}
                </nav>
              )}
            </>
          )}
        </>
      )}
    </div>
  );
}
