import { z } from "zod";
import { errorKey } from "../i18n/error-key";
import { positiveId, timestamp } from "./common";

/** The most a correction note may say. */
export const CORRECTION_MAX = 500;

export const correctionPost = z
  .object({
    note: z.string().trim().min(1, errorKey("epaper.noteEmpty")).max(CORRECTION_MAX, errorKey("epaper.noteTooLong")).describe("what was wrong and what is right, as the e-paper prints it"),
  })
  .strict();

export const correction = z.object({ id: positiveId, storyId: positiveId, note: z.string(), createdById: positiveId, createdAt: timestamp });
