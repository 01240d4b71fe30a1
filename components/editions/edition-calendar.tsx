import Link from "next/link";
import { useTranslations } from "next-intl";
import type { EditionSummary } from "@/db/queries/edition-list";
import { monthWeeks } from "@/lib/edition-calendar";
import { PagesSigned, ReleasedBadge, StoryCounts } from "./edition-summary-parts";

export interface CalendarMonthLinks {
  prev: string;
  next: string;
  /** the nearest months before / after with an edition, when they are not the neighbours */
  earlier: string | null;
  later: string | null;
  /** the month of the edition in hand, when another month is shown */
  inHand: string | null;
}

/**
 * One month of editions, Monday first. "Today" is the publication's date (Asia/Shanghai), given by the
 * server; the edition in hand is marked. Each day with an edition links to its budget.
 */
export function EditionCalendar({
  month,
  editions,
  today,
  inHandDate,
  links,
}: {
  month: string;
  editions: EditionSummary[];
  today: string;
  inHandDate: string | null;
  links: CalendarMonthLinks;
}) {
  const t = useTranslations("editions");
  const byDate = new Map(editions.map((e) => [e.date, e]));
  const [year, m] = month.split("-").map(Number);
  const href = (to: string) => `/editions?view=calendar&month=${to}`;
  const nav = "rounded border border-stone-300 bg-white px-2 py-1 hover:bg-stone-100";
  return (
    <section aria-labelledby="calendar-title">
      <div className="mb-3 flex flex-wrap items-center gap-2 text-sm">
        <h2 id="calendar-title" className="mr-2 text-lg font-bold" data-testid="calendar-month">
          {t("monthTitle", { year, month: m })}
        </h2>
        {links.earlier && (
          <Link href={href(links.earlier)} className={nav}>
            {t("earlierMonth")}
          </Link>
        )}
        <Link href={href(links.prev)} className={nav}>
          {t("prevMonth")}
        </Link>
        <Link href={href(links.next)} className={nav}>
          {t("nextMonth")}
        </Link>
        {links.later && (
          <Link href={href(links.later)} className={nav}>
            {t("laterMonth")}
          </Link>
        )}
        {links.inHand && (
          <Link href={href(links.inHand)} className="text-press hover:underline">
            {t("thisMonth")}
          </Link>
        )}
      </div>
      <table className="w-full table-fixed border-collapse bg-white text-sm shadow-sm">
        <thead>
          <tr>
            {t("weekdays")
              .split(",")
              .map((d) => (
                <th key={d} scope="col" className="border-b border-stone-300 py-1.5 text-xs font-normal text-stone-500">
                  {d}
                </th>
              ))}
          </tr>
        </thead>
        <tbody>
          {monthWeeks(month).map((week, w) => (
            <tr key={w}>
              {week.map((date, d) => {
                const e = date ? byDate.get(date) : undefined;
                const isToday = date === today;
                return (
                  <td
                    key={d}
                    data-testid={e ? "calendar-edition" : undefined}
                    data-date={date ?? undefined}
                    className={`h-16 border border-stone-100 p-1 align-top md:h-24 md:p-1.5 ${date ? "" : "bg-stone-50"} ${date === inHandDate ? "bg-amber-50" : ""}`}
                  >
                    {date && (
                      <div className="flex h-full flex-col gap-0.5 overflow-hidden">
                        <span className="flex items-center gap-1">
                          <span
                            className={`inline-flex h-6 min-w-6 items-center justify-center rounded-full text-xs tabular-nums ${isToday ? "bg-press font-bold text-white" : e ? "font-bold" : "text-stone-500"}`}
                            title={isToday ? t("today") : undefined}
                          >
                            {Number(date.slice(8))}
                          </span>
                          {date === inHandDate && <span className="hidden rounded bg-press px-1 text-[10px] text-white md:inline">{t("inHand")}</span>}
                        </span>
                        {e && (
                          <Link href={`/editions/${e.date}`} className="flex min-w-0 flex-col gap-0.5 text-[11px] leading-tight hover:underline md:text-xs">
                            <span className="truncate md:hidden">
                              <PagesSigned pages={e.pages} short />
                            </span>
                            <span className="hidden truncate md:block">
                              <PagesSigned pages={e.pages} />
                            </span>
                            <span className="hidden truncate md:block">
                              <StoryCounts summary={e} compact />
                            </span>
                            <span className="hidden md:block">
                              <ReleasedBadge released={e.released} />
                            </span>
                            <span className={`md:hidden ${e.released ? "text-stone-800" : "text-stone-500"}`} aria-hidden="true">
                              {e.released ? "●" : "○"}
                            </span>
                          </Link>
                        )}
                      </div>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {editions.length === 0 && <p className="mt-2 text-sm text-stone-500">{t("noEditionsInMonth")}</p>}
    </section>
  );
}
