import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ErrorRateReport, ErrorRateRow } from "@/db/queries/error-rate";
import { formatRate, type ErrorRateGrouping } from "@/lib/error-rate";
import { Content } from "../content";

type Translate = Awaited<ReturnType<typeof getTranslations<"errorRate">>>;

/** The cells that say what a row is, per grouping (the same columns as the exports). */
function KeyCells({ by, row, t, dateLabel, monthLabel }: { by: ErrorRateGrouping; row: ErrorRateRow; t: Translate; dateLabel: (d: string) => string; monthLabel: (m: string) => string }) {
  const editor = row.editorName ? <Content>{row.editorName}</Content> : <span className="text-stone-500">{t("noEditor")}</span>;
  switch (by) {
    case "edition":
      return (
        <th scope="row" className="px-2 py-1.5 text-left font-normal">
          <Link href={`/editions/${row.date}`} className="hover:underline">
            {dateLabel(row.date!)}
          </Link>
        </th>
      );
    case "month":
      return (
        <th scope="row" className="px-2 py-1.5 text-left font-normal">
          {monthLabel(row.month!)}
        </th>
      );
    case "page":
      return (
        <>
          <th scope="row" className="px-2 py-1.5 text-left font-normal">
            <Link href={`/editions/${row.date}/pages/${row.pageNumber}`} className="hover:underline">
              {dateLabel(row.date!)} {t("pageNumber", { n: row.pageNumber! })}
            </Link>
          </th>
          <td className="px-2 py-1.5">
            <Content>{row.pageName}</Content>
          </td>
          <td className="px-2 py-1.5">{editor}</td>
        </>
      );
    case "editor":
      return (
        <th scope="row" className="px-2 py-1.5 text-left font-normal">
          {editor}
        </th>
      );
    case "reporter":
      return (
        <th scope="row" className="px-2 py-1.5 text-left font-normal">
          <Content>{row.personName}</Content>
        </th>
      );
  }
}

function keyHeaders(by: ErrorRateGrouping, t: Translate): string[] {
  switch (by) {
    case "edition":
      return [t("col.date")];
    case "month":
      return [t("col.month")];
    case "page":
      return [t("col.page"), t("col.pageName"), t("col.editor")];
    case "editor":
      return [t("col.editor")];
    case "reporter":
      return [t("col.reporter")];
  }
}

/** A rate as 万分之x.xx (— when nothing was printed). */
function Rate({ rate, t }: { rate: number | null; t: Translate }) {
  return <>{rate === null ? t("noRate") : t("rate", { rate: formatRate(rate) })}</>;
}

/** The flag in words and red: colour alone would not tell everyone. */
function Flag({ flagged, t }: { flagged: boolean; t: Translate }) {
  return flagged ? (
    <span className="inline-block rounded bg-red-100 px-1.5 font-bold text-red-800" data-testid="error-rate-flag">
      ⚠ {t("over")}
    </span>
  ) : (
    <span className="text-stone-500">{t("within")}</span>
  );
}

/** The report's table: one row per group, the range's sum at the foot. */
export async function ErrorRateTable({ report, dateLabel, monthLabel }: { report: ErrorRateReport; dateLabel: (d: string) => string; monthLabel: (m: string) => string }) {
  const t = await getTranslations("errorRate");
  const num = "px-2 py-1.5 text-right tabular-nums";
  const headers = [...keyHeaders(report.by, t), t("col.stories"), t("col.zi"), t("col.caught"), t("col.caughtRate"), t("col.corrections"), t("col.published"), t("col.publishedRate"), t("col.flag")];
  const keys = keyHeaders(report.by, t).length;
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[780px] border-collapse text-sm" data-testid="error-rate-table">
        <thead>
          <tr className="border-b-2 border-stone-800 text-left">
            {headers.map((h, i) => (
              <th key={h} scope="col" className={`px-2 py-1.5 font-medium ${i >= keys && i < headers.length - 1 ? "text-right" : ""}`}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {report.rows.map((row, i) => (
            <tr key={i} className={`border-b border-stone-200 ${row.flagged ? "bg-red-50" : ""}`} data-testid="error-rate-row" data-flagged={row.flagged ? "" : undefined}>
              <KeyCells by={report.by} row={row} t={t} dateLabel={dateLabel} monthLabel={monthLabel} />
              <td className={num}>{row.stories}</td>
              <td className={num}>{row.zi}</td>
              <td className={num}>{row.caught}</td>
              <td className={num}>
                <Rate rate={row.caughtRate} t={t} />
              </td>
              <td className={num}>{row.corrections}</td>
              <td className={num}>{row.published}</td>
              <td className={`${num} ${row.flagged ? "font-bold text-red-800" : ""}`}>
                <Rate rate={row.publishedRate} t={t} />
              </td>
              <td className="px-2 py-1.5">
                <Flag flagged={row.flagged} t={t} />
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="border-t-2 border-stone-800 font-medium" data-testid="error-rate-sum">
            <th scope="row" colSpan={keys} className="px-2 py-1.5 text-left">
              {t("sum")}
            </th>
            <td className={num}>{report.sum.stories}</td>
            <td className={num}>{report.sum.zi}</td>
            <td className={num}>{report.sum.caught}</td>
            <td className={num}>
              <Rate rate={report.sum.caughtRate} t={t} />
            </td>
            <td className={num}>{report.sum.corrections}</td>
            <td className={num}>{report.sum.published}</td>
            <td className={`${num} ${report.sum.flagged ? "font-bold text-red-800" : ""}`}>
              <Rate rate={report.sum.publishedRate} t={t} />
            </td>
            <td className="px-2 py-1.5">
              <Flag flagged={report.sum.flagged} t={t} />
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
