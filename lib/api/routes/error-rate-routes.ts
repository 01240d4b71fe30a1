import { errorRateAnswer, errorRateExportQuery, errorRateQuery } from "../error-rate-schemas";
import type { ApiRoute } from "../route-registry";

const what =
  "What counts: published stories on a page of an edition dated in the range (docs/ERROR-RATE.md). 字数 = their stories' 字数; caught = " +
  "proof marks accepted; 见报差错 = the errors the corrections (更正) after release correct (each says how many); a rate above 3 per 10,000 字 is flagged. At most 12 calendar months.";

/** Issue #12 三校: the 差错率 report and its exports. */
export const ERROR_RATE_ROUTES: ApiRoute[] = [
  {
    operationId: "getErrorRateReport",
    method: "GET",
    path: "/api/reports/error-rate",
    tag: "editions",
    summary: "差错率: errors per 10,000 字 by edition, page, reporter, page editor or month, one page of groups and the range's sum",
    description: what,
    access: "editor",
    query: errorRateQuery,
    ok: { status: 200, description: "the groups and the sum", body: errorRateAnswer },
  },
  {
    operationId: "exportErrorRateCsv",
    method: "GET",
    path: "/api/reports/error-rate.csv",
    tag: "editions",
    summary: "The 差错率 report of one grouping as CSV (UTF-8 with BOM), every group of the range",
    description: what,
    access: "editor",
    query: errorRateExportQuery,
    ok: { status: 200, description: "the CSV, as an attachment", contentType: "text/csv" },
  },
  {
    operationId: "exportErrorRateXlsx",
    method: "GET",
    path: "/api/reports/error-rate.xlsx",
    tag: "editions",
    summary: "The 差错率 report as an Excel workbook: a sheet per grouping (the chosen one first), numbers as numbers, flagged rows marked",
    description: what,
    access: "editor",
    query: errorRateExportQuery,
    ok: { status: 200, description: "the workbook, as an attachment", contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
  },
];
