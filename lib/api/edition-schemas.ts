import { z } from "zod";
import { errorKey } from "../i18n/error-key";
import type { ReviewLevels } from "../proofing/kinds";
import { carryOverIds } from "./carry-over-schemas";
import { editionDate, positiveId } from "./common";
import { MAX_PROOF_ROUNDS } from "../proofing/kinds";

/** 三审: how many review levels — 2 or 3. */
export const reviewLevels = z
  .number()
  .int()
  .refine((n) => n === 2 || n === 3, errorKey("review.badLevels"))
  .transform((n) => n as ReviewLevels);

// `Date.parse` rolls 2019-02-30 over to March: a new edition needs a date that exists on the calendar.
const calendarDate = editionDate.refine((d) => {
  const time = Date.parse(`${d}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === d;
}, errorKey("validation.notRealDate"));

/** POST /api/editions: an edition of the publication on that date, laid out from the page template (with stories carried over, if any). */
export const newEdition = z
  .object({
    date: calendarDate,
    template: z.boolean().default(true).describe("lay out the pages of that weekday's template; false: an empty edition"),
    override: z.boolean().default(false).describe("allow a day the paper does not appear (an extra edition)"),
    carryOver: carryOverIds.optional(),
    reviewLevels: reviewLevels.optional().describe("三审: 2 (初审, 终审) or 3 (初审, 复审, 终审); the publication's setting when left out; only the chief may choose"),
    proofRounds: z.number().int().min(1).max(MAX_PROOF_ROUNDS).optional().describe("三校: proofreading rounds of this edition's pages (chief only); default the publication's"),
  })
  .strict();
export type NewEditionBody = z.infer<typeof newEdition>;

export const edition = z
  .object({
    id: positiveId,
    date: editionDate,
    totalNumber: z.number().int().nullable().describe("总第N期"),
    yearNumber: z.number().int().nullable().describe("第N期 of the year"),
    reviewLevels: z.number().int().describe("三审: the review levels of its stories (2 or 3)"),
    proofRounds: z.number().int().describe("三校: proofreading rounds this edition's pages go through"),
  })
  .loose();
