import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { errorRateCsv, errorRateTable, errorRateXlsx, inertText, type ErrorRateLabels } from "./error-rate-export";
import { errorRateZhCN } from "./i18n/messages/error-rate-zh-CN";

const labels: ErrorRateLabels = { col: errorRateZhCN.col, rateUnit: errorRateZhCN.rateUnit, over: errorRateZhCN.over, noEditor: errorRateZhCN.noEditor, sheet: errorRateZhCN.sheet };

const pageRows = [
  { date: "2019-01-09", pageNumber: 1, pageName: "聊城新闻", editorName: "李强", stories: 8, zi: 4_000, caught: 2, corrections: 0, published: 0, caughtRate: 5, publishedRate: 0, flagged: false },
  { date: "2019-01-10", pageNumber: 2, pageName: "社会, \"民生\"", editorName: null, stories: 1, zi: 3_000, caught: 0, corrections: 1, published: 2, caughtRate: 0, publishedRate: 6.67, flagged: true },
];

describe("the 差错率 table", () => {
  it("has the grouping's key columns, then the counts and rates as numbers and the flag in words", () => {
    const table = errorRateTable("page", pageRows, labels);
    expect(table.headers).toEqual(["出版日期", "版次", "版名", "责任编辑", "稿件", "字数", "校出差错", "校出差错率（万分之）", "更正（条）", "见报差错", "见报差错率（万分之）", "超标"]);
    // one 更正 of two errors: the notices and the errors side by side, the rate from the errors
    expect(table.rows[1]).toEqual(["2019-01-10", 2, "社会, \"民生\"", "未设责任编辑", 1, 3_000, 0, 0, 1, 2, 6.67, "超过万分之三"]);
    expect(table.rows[0].at(-1)).toBe("");
    expect(errorRateTable("reporter", [{ personName: "李梦", stories: 1, zi: 0, caught: 0, corrections: 0, published: 0, caughtRate: null, publishedRate: null, flagged: false }], labels).rows).toEqual([["李梦", 1, 0, 0, null, 0, 0, null, ""]]);
  });

  it("keeps a name that starts like a formula inert", () => {
    expect(inertText("=HYPERLINK(\"x\")")).toBe("'=HYPERLINK(\"x\")");
    expect(inertText("-1")).toBe("'-1");
    expect(inertText("李强")).toBe("李强");
  });
});

describe("the exports", () => {
  it("CSV: a byte order mark, CRLF lines, quoted fields with commas and quotes", () => {
    const csv = errorRateCsv(errorRateTable("page", pageRows, labels));
    expect(csv.startsWith("\uFEFF出版日期,版次,")).toBe(true);
    const lines = csv.slice(1).split("\r\n");
    expect(lines).toHaveLength(4); // header, 2 rows, the final newline
    expect(lines[2]).toBe('2019-01-10,2,"社会, ""民生""",未设责任编辑,1,3000,0,0,1,2,6.67,超过万分之三');
    expect(lines[3]).toBe("");
  });

  it("XLSX: a sheet per table, header row, numbers as numbers, the flagged row marked and red", async () => {
    const bytes = await errorRateXlsx([errorRateTable("page", pageRows, labels), errorRateTable("month", [{ month: "2019-01", ...pageRows[0] }], labels)], labels);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(["按版", "按月"]);
    const sheet = book.worksheets[0];
    expect(sheet.getRow(1).getCell(1).value).toBe("出版日期");
    expect(sheet.getRow(1).font?.bold).toBe(true);
    const flagged = sheet.getRow(3);
    expect(flagged.getCell(6).value).toBe(3_000);
    expect(flagged.getCell(10).value).toBe(2);
    expect(flagged.getCell(11).value).toBe(6.67);
    expect(flagged.getCell(12).value).toBe("超过万分之三");
    expect((flagged.getCell(1).fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFFDE2E2");
    expect(sheet.getRow(2).getCell(12).value).toBe("");
    expect(sheet.getColumn(8).numFmt).toBe("0.00");
    expect(sheet.getColumn(11).numFmt).toBe("0.00");
    expect(sheet.getColumn(10).numFmt).not.toBe("0.00");
    expect(book.worksheets[1].getRow(2).getCell(1).value).toBe("2019-01");
  });
});
