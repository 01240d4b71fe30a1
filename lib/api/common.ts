import { z } from "zod";

/** Route params and query fields shared by several routes. */
export const idParam = z.object({ id: z.coerce.number().int().positive("id must be a positive integer") });

export const editionDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "date must be YYYY-MM-DD")
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)), "not a real date");

export const dateParam = z.object({ date: editionDate });

export const positiveId = z.number().int().positive();

/** ISO 8601 timestamps as the database stores them (responses only). */
export const timestamp = z.string().describe("ISO 8601 date-time");
