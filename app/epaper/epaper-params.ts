import { z } from "zod";
import { editionDate } from "@/app/_server/schemas";

/** Route params of the e-paper: anything malformed is simply not there (404), never a 400. */
export const pageParams = z.object({ date: editionDate, page: z.coerce.number().int().min(1).max(200) });
export const articleParams = z.object({ date: editionDate, id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) });
export const monthParam = z.object({ month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/) });

export async function parsed<T>(schema: z.ZodType<T>, params: Promise<unknown>): Promise<T | null> {
  const result = schema.safeParse(await params);
  return result.success ? result.data : null;
}
