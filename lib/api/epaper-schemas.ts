import { z } from "zod";
import { errorKey } from "../i18n/error-key";
import { CORRECTION_ERRORS_MAX, CORRECTION_ERRORS_MIN, isCorrectionErrorCount } from "../error-rate";
import { positiveId, timestamp } from "./common";

/** An integer 1–50, one message for every way of missing it (0, 51, 1.5, "3"). */
const correctionErrorCount = z
  .number({ error: errorKey("corrections.errorCount") })
  .refine(isCorrectionErrorCount, { message: errorKey("corrections.errorCount") });

/** The most a correction note may say. */
export const CORRECTION_MAX = 500;

export const correctionPost = z
  .object({
    note: z.string().trim().min(1, errorKey("epaper.noteEmpty")).max(CORRECTION_MAX, errorKey("epaper.noteTooLong")).describe("what was wrong and what is right, as the e-paper prints it"),
    errorCount: correctionErrorCount.default(1).describe(`the 差错 this notice corrects (${CORRECTION_ERRORS_MIN}–${CORRECTION_ERRORS_MAX}): the 差错率 counts errors, not notices`),
  })
  .strict();

export const correction = z.object({ id: positiveId, storyId: positiveId, note: z.string(), errorCount: z.number().int(), createdById: positiveId, createdAt: timestamp });

/** GET /api/stories/:id/corrections: one 更正 as the desk lists it. */
export const listedCorrection = z.object({
  id: positiveId,
  note: z.string(),
  errorCount: z.number().int().describe("the 差错 it corrects"),
  createdAt: timestamp,
  author: z.string().describe("who made it (the chief)"),
});
