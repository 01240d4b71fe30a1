import Link from "next/link";
import { useTranslations } from "next-intl";
import type { EditionSummary } from "@/db/queries/edition-list";
import { formatEditionDate } from "@/lib/i18n/edition-date";
import type { Locale } from "@/lib/i18n/locales";
import { PagesSigned, ReleasedBadge, StoryCounts } from "./edition-summary-parts";

/** The editions as rows, newest first: date and weekday, pages signed/total, stories by status, released or not. */
export function EditionRows({ editions, inHandDate, locale }: { editions: EditionSummary[]; inHandDate: string | null; locale: Locale }) {
  const t = useTranslations("editions");
  if (editions.length === 0) return <p className="bg-white px-3 py-6 text-center text-sm text-stone-500 shadow-sm">{t("empty")}</p>;
  return (
    <div className="bg-white text-sm shadow-sm">
      <div className="hidden grid-cols-[16rem_10rem_1fr_6rem] gap-3 border-b border-stone-300 px-3 py-2 text-xs text-stone-500 md:grid" aria-hidden="true">
        <span>{t("date")}</span>
        <span>{t("pages")}</span>
        <span>{t("stories")}</span>
        <span>{t("print")}</span>
      </div>
      <ul className="divide-y divide-stone-100">
        {editions.map((e) => (
          <li
            key={e.id}
            data-testid="edition-row"
            data-date={e.date}
            className={`grid grid-cols-[1fr_auto] items-center gap-x-3 gap-y-1 px-3 py-2 md:grid-cols-[16rem_10rem_1fr_6rem] ${e.date === inHandDate ? "bg-amber-50/60" : ""}`}
          >
            <span className="flex flex-wrap items-center gap-x-2 gap-y-0.5">
              <Link href={`/editions/${e.date}`} className="whitespace-nowrap font-bold hover:underline">
                {formatEditionDate(e.date, locale)}
              </Link>
              {e.date === inHandDate && <span className="whitespace-nowrap rounded bg-press px-1.5 py-0.5 text-xs text-white">{t("inHand")}</span>}
              {e.totalNumber !== null && e.yearNumber !== null && (
                <span className="basis-full whitespace-nowrap text-xs text-stone-500" data-testid="edition-numbers">
                  {t("issueNumbers", { total: e.totalNumber, year: e.yearNumber })}
                </span>
              )}
            </span>
            <span className="justify-self-end md:order-last md:justify-self-start">
              <ReleasedBadge released={e.released} />
            </span>
            <Link href={`/editions/${e.date}/pages`} className="text-stone-700 hover:underline" data-testid="edition-pages">
              <PagesSigned pages={e.pages} />
            </Link>
            <span className="col-span-2 md:col-span-1" data-testid="edition-stories">
              <StoryCounts summary={e} />
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
