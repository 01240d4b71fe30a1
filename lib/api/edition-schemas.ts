import { z } from "zod";
import { errorKey } from "../i18n/error-key";
import { carryOverIds } from "./carry-over-schemas";
import { editionDate, positiveId } from "./common";
import { MAX_PROOF_ROUNDS } from "../proofing/kinds";

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
    proofRounds: z.number().int().describe("三校: proofreading rounds this edition's pages go through"),
  })
  .loose();
