import { z } from "zod";
import { errorKey } from "../i18n/error-key";

/** Route params and query fields shared by several routes. */
export const idParam = z.object({ id: z.coerce.number().int().positive(errorKey("validation.idPositive")) });

export const editionDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, errorKey("validation.dateFormat"))
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)), errorKey("validation.notRealDate"));

export const dateParam = z.object({ date: editionDate });

export const positiveId = z.number().int().positive();

/** ISO 8601 timestamps as the database stores them (responses only). */
export const timestamp = z.string().describe("ISO 8601 date-time");

/** How many rows one answer of a history list (revisions, audit) holds; `next` continues it. */
export const HISTORY_PAGE_SIZE = 100;

/** Keyset cursors of the history lists: rows before (newest-first lists) or after (oldest-first) this one. */
export const beforeQuery = z.object({
  before: z.coerce.number().int().positive(errorKey("validation.idPositive")).optional().describe("continue below this (the previous answer's `next`)"),
});
export const afterQuery = z.object({
  after: z.coerce.number().int().positive(errorKey("validation.idPositive")).optional().describe("continue above this (the previous answer's `next`)"),
});
/** The cursor of the next page: the last row's, when the page is full. */
export const nextCursor = z.number().int().nullable().describe(`where the next page starts (pass it back); null on the last page. ${HISTORY_PAGE_SIZE} rows a page`);
