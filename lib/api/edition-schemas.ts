import { z } from "zod";
import { errorKey } from "../i18n/error-key";
import { carryOverIds } from "./carry-over-schemas";
import { editionDate, positiveId } from "./common";

// `Date.parse` rolls 2019-02-30 over to March: a new edition needs a date that exists on the calendar.
const calendarDate = editionDate.refine((d) => {
  const time = Date.parse(`${d}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === d;
}, errorKey("validation.notRealDate"));

/** POST /api/editions: an empty edition of the publication on that date (with stories carried over, if any). */
export const newEdition = z.object({ date: calendarDate, carryOver: carryOverIds.optional() }).strict();
export type NewEditionBody = z.infer<typeof newEdition>;

export const edition = z.object({ id: positiveId, date: editionDate }).loose();
