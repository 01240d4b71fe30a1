import type { DbOrTx } from "@/db/client";
import { errorRateRows } from "@/db/queries/error-rate";
import { ERROR_RATE_GROUPINGS, type ErrorRateGrouping } from "@/lib/error-rate";
import { errorRateTable, type ErrorRateLabels, type ErrorRateTable } from "@/lib/error-rate-export";
import type { Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translate";

/** The table's words in the caller's language. */
export function errorRateLabels(locale: Locale): ErrorRateLabels {
  const t = translatorFor(locale, "errorRate");
  return {
    col: {
      date: t("col.date"),
      month: t("col.month"),
      page: t("col.page"),
      pageName: t("col.pageName"),
      editor: t("col.editor"),
      reporter: t("col.reporter"),
      stories: t("col.stories"),
      zi: t("col.zi"),
      caught: t("col.caught"),
      caughtRate: t("col.caughtRate"),
      corrections: t("col.corrections"),
      published: t("col.published"),
      publishedRate: t("col.publishedRate"),
      flag: t("col.flag"),
    },
    rateUnit: t("rateUnit"),
    over: t("over"),
    noEditor: t("noEditor"),
    sheet: { edition: t("sheet.edition"), page: t("sheet.page"), reporter: t("sheet.reporter"), editor: t("sheet.editor"), month: t("sheet.month") },
  };
}

/** Every row of the range in one grouping, as a table. */
export function errorRateTableOf(db: DbOrTx, q: { from: string; to: string; by: ErrorRateGrouping }, labels: ErrorRateLabels): ErrorRateTable {
  return errorRateTable(q.by, errorRateRows(db, q).rows, labels);
}

/** The workbook's tables: the chosen grouping first (the sheet it opens on), then the other four. */
export function errorRateWorkbookTables(db: DbOrTx, q: { from: string; to: string; by: ErrorRateGrouping }, labels: ErrorRateLabels): ErrorRateTable[] {
  return [q.by, ...ERROR_RATE_GROUPINGS.filter((g) => g !== q.by)].map((by) => errorRateTableOf(db, { ...q, by }, labels));
}

/** `error-rate-edition-2019-01-01-2019-03-31.csv`: ASCII, so every browser keeps it. */
export function errorRateFileName(q: { from: string; to: string; by: ErrorRateGrouping }, ext: "csv" | "xlsx"): string {
  return `error-rate-${q.by}-${q.from}-${q.to}.${ext}`;
}
