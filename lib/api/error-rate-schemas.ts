import { z } from "zod";
import { errorKey } from "../i18n/error-key";
import { ERROR_RATE_GROUPINGS, ERROR_RATE_LIMIT, ERROR_RATE_MAX_MONTHS, rangeAllowed } from "@/lib/error-rate";
import { editionDate } from "./common";

/** Rows an answer holds by default and at most (the exports take every row of the range). */
export const ERROR_RATE_PAGE_SIZE = 100;
export const ERROR_RATE_PAGE_SIZE_MAX = 500;

const range = {
  from: editionDate.describe("editions dated on or after this day (YYYY-MM-DD)"),
  to: editionDate.describe(`editions dated on or before this day; at most ${ERROR_RATE_MAX_MONTHS} calendar months after \`from\``),
  by: z.enum(ERROR_RATE_GROUPINGS).default("edition").describe("edition 期 · page 版 · reporter 记者 (byline person) · editor 责任编辑 (the page's) · month 月"),
};

type Range = { from: string; to: string };
const fromBeforeTo = (v: Range) => v.from <= v.to;
/** at most 12 calendar months (a backwards range is the other refinement's) */
const atMostAYear = (v: Range) => v.from > v.to || rangeAllowed(v.from, v.to);

/** GET /api/reports/error-rate */
export const errorRateQuery = z
  .object({
    ...range,
    p: z.coerce.number().int().min(1).default(1).describe("the page of rows, from 1"),
    limit: z.coerce.number().int().min(1).max(ERROR_RATE_PAGE_SIZE_MAX).default(ERROR_RATE_PAGE_SIZE),
  })
  .refine(fromBeforeTo, { message: errorKey("errorRate.dateRange"), path: ["from"] })
  .refine(atMostAYear, { message: errorKey("errorRate.rangeTooLong"), path: ["to"] });
export type ErrorRateQuery = z.infer<typeof errorRateQuery>;

/** GET /api/reports/error-rate.csv and .xlsx: every row of the range in one file. */
export const errorRateExportQuery = z
  .object(range)
  .refine(fromBeforeTo, { message: errorKey("errorRate.dateRange"), path: ["from"] })
  .refine(atMostAYear, { message: errorKey("errorRate.rangeTooLong"), path: ["to"] });

const rate = z.number().nullable().describe("per 10,000 字 (万分之), two decimals; null when nothing was printed");
const figures = {
  stories: z.number().int().describe("published stories counted"),
  zi: z.number().int().describe("字数 printed (body and sidebars)"),
  caught: z.number().int().describe("proof marks accepted: errors caught before print"),
  corrections: z.number().int().describe("corrections (更正) after release: the notices"),
  published: z.number().int().describe("见报差错: the errors those corrections correct (the sum of their errorCount)"),
  caughtRate: rate,
  publishedRate: rate,
  flagged: z.boolean().describe(`见报差错率 above 万分之${ERROR_RATE_LIMIT}`),
};

export const errorRateRow = z.object({
  date: editionDate.optional().describe("edition, page"),
  month: z.string().optional().describe("month: YYYY-MM"),
  pageNumber: z.number().int().optional(),
  pageName: z.string().optional(),
  editorId: z.number().int().nullable().optional().describe("page, editor: the page's 责任编辑 (null: none set)"),
  editorName: z.string().nullable().optional(),
  personId: z.number().int().optional().describe("reporter: the byline person"),
  personName: z.string().optional(),
  ...figures,
});

export const errorRateAnswer = z.object({
  by: z.enum(ERROR_RATE_GROUPINGS),
  from: editionDate,
  to: editionDate,
  limitPer10k: z.number().describe("the limit: 3 per 10,000 字 (《报纸期刊质量管理规定》)"),
  total: z.number().int().describe("groups in the range"),
  page: z.number().int(),
  pageSize: z.number().int(),
  rows: z.array(errorRateRow),
  sum: z.object(figures).describe("the whole range, each story once"),
});
export type ErrorRateAnswer = z.infer<typeof errorRateAnswer>;
