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
