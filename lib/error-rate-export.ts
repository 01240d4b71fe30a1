/**
 * The 差错率 report as a table and as files (CSV, XLSX): the same columns the report page shows, numbers as
 * numbers, the flagged rows marked in words (and, in the workbook, in red). No db, no Next.
 */
import ExcelJS from "exceljs";
import type { ErrorRateGrouping } from "./error-rate";

/** A report row as db/queries/error-rate.ts gives it (only the fields the table reads). */
export interface ErrorRateTableRow {
  date?: string;
  month?: string;
  pageNumber?: number;
  pageName?: string;
  editorName?: string | null;
  personName?: string;
  stories: number;
  zi: number;
  caught: number;
  corrections: number;
  published: number;
  caughtRate: number | null;
  publishedRate: number | null;
  flagged: boolean;
}

/** The words of the table, in the reader's language (the `errorRate` messages). */
export interface ErrorRateLabels {
  col: Record<"date" | "month" | "page" | "pageName" | "editor" | "reporter" | "stories" | "zi" | "caught" | "caughtRate" | "corrections" | "published" | "publishedRate" | "flag", string>;
  /** appended to the two rate columns' headers: "（万分之）" */
  rateUnit: string;
  over: string;
  noEditor: string;
  /** the sheet's name per grouping */
  sheet: Record<ErrorRateGrouping, string>;
}

export type Cell = string | number | null;

export interface ErrorRateTable {
  by: ErrorRateGrouping;
  headers: string[];
  rows: Cell[][];
  /** which rows are over the limit (same index as `rows`) */
  flagged: boolean[];
}

/** The columns that say what a row is, per grouping. */
function keyColumns(by: ErrorRateGrouping, l: ErrorRateLabels): { headers: string[]; cells: (r: ErrorRateTableRow) => Cell[] } {
  switch (by) {
    case "edition":
      return { headers: [l.col.date], cells: (r) => [r.date ?? null] };
    case "month":
      return { headers: [l.col.month], cells: (r) => [r.month ?? null] };
    case "page":
      return { headers: [l.col.date, l.col.page, l.col.pageName, l.col.editor], cells: (r) => [r.date ?? null, r.pageNumber ?? null, r.pageName ?? null, r.editorName ?? l.noEditor] };
    case "editor":
      return { headers: [l.col.editor], cells: (r) => [r.editorName ?? l.noEditor] };
    case "reporter":
      return { headers: [l.col.reporter], cells: (r) => [r.personName ?? null] };
  }
}

export function errorRateTable(by: ErrorRateGrouping, rows: readonly ErrorRateTableRow[], l: ErrorRateLabels): ErrorRateTable {
  const key = keyColumns(by, l);
  return {
    by,
    headers: [...key.headers, l.col.stories, l.col.zi, l.col.caught, l.col.caughtRate + l.rateUnit, l.col.corrections, l.col.published, l.col.publishedRate + l.rateUnit, l.col.flag],
    rows: rows.map((r) => [...key.cells(r), r.stories, r.zi, r.caught, r.caughtRate, r.corrections, r.published, r.publishedRate, r.flagged ? l.over : ""]),
    flagged: rows.map((r) => r.flagged),
  };
}

/**
 * A text cell a spreadsheet would take for a formula (=, +, -, @, tab, CR at its start) gets a leading
 * apostrophe: names and page names are typed by people (OWASP "CSV injection").
 */
export function inertText(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function csvField(cell: Cell): string {
  if (cell === null) return "";
  if (typeof cell === "number") return String(cell);
  const text = inertText(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV (CRLF), with a UTF-8 byte order mark so Excel reads the Chinese as Chinese. */
export function errorRateCsv(table: ErrorRateTable): string {
  const lines = [table.headers, ...table.rows].map((row) => row.map(csvField).join(","));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

const FLAG_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFDE2E2" } };
const FLAG_FONT: Partial<ExcelJS.Font> = { color: { argb: "FFB91C1C" }, bold: true };

/** A workbook with one sheet per table (the first is the one opened): a bold header row, numbers as numbers, flagged rows red. */
export async function errorRateXlsx(tables: readonly ErrorRateTable[], labels: ErrorRateLabels): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = "Newsdesk";
  for (const table of tables) {
    const sheet = book.addWorksheet(labels.sheet[table.by], { views: [{ state: "frozen", ySplit: 1 }] });
    sheet.addRow(table.headers).font = { bold: true };
    table.rows.forEach((cells, i) => {
      const row = sheet.addRow(cells.map((c) => (typeof c === "string" ? inertText(c) : c)));
      if (table.flagged[i]) {
        row.eachCell((cell) => {
          cell.fill = FLAG_FILL;
          cell.font = FLAG_FONT;
        });
      }
    });
    table.headers.forEach((h, i) => {
      sheet.getColumn(i + 1).width = Math.max(8, [...h].length * 2 + 2);
    });
    const last = table.headers.length;
    // the two rates (caught: before 更正 and 见报差错; in print: before the flag): two decimals, as 万分之x.xx is written
    for (const col of [last - 4, last - 1]) sheet.getColumn(col).numFmt = "0.00";
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
