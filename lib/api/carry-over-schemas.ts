import { z } from "zod";
import { CARRY_OVER_PAGE_SIZE, CARRY_OVER_STATES } from "../carry-over";
import { EDITION_LIMITS } from "../edition-limits";
import { errorKey } from "../i18n/error-key";
import { STORY_KINDS } from "../story-kinds";
import { editionDate, positiveId } from "./common";

/** POST /api/editions `carryOver`: the stories of earlier editions to move into the new one, in budget order. */
export const carryOverIds = z
  .array(positiveId)
  .max(EDITION_LIMITS.storiesPerEdition)
  .describe("ids of unfinished stories (assigned, draft, filed, returned, edited) of earlier editions, each once; they move into the new edition");

/** The keyset cursor of the carry-over list: the last row's edition date and story id. */
const cursor = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}\.\d{1,15}$/, errorKey("carryOver.cursor"))
  .transform((c) => ({ date: c.slice(0, 10), id: Number(c.slice(11)) }));

/** GET /api/editions/carry-over */
export const carryOverQuery = z.object({
  date: editionDate.describe("the date of the edition being made: stories of editions before it"),
  from: editionDate.optional().describe("only the stories of the edition on this (earlier) date"),
  before: cursor.optional().describe("continue below this (the previous answer's `next`)"),
  limit: z.coerce.number().int().min(1).max(CARRY_OVER_PAGE_SIZE, errorKey("carryOver.listLimit")).optional().describe(`rows a page (at most ${CARRY_OVER_PAGE_SIZE}, the default)`),
});

export const carryOverCandidate = z.object({
  id: positiveId,
  slug: z.string(),
  headline: z.string().nullable(),
  kind: z.enum(STORY_KINDS),
  status: z.enum(CARRY_OVER_STATES),
  length: z.number().int().describe("字数"),
  targetLength: z.number().int().nullable(),
  editionDate: editionDate,
  pageNumber: z.number().int().nullable().describe("the page of its edition it is on, if any (never a signed one)"),
  bylines: z.array(z.string()).describe("names in the byline"),
  assignees: z.array(z.string()).describe("names of the people assigned"),
});

export const carryOverList = z.object({
  stories: z.array(carryOverCandidate),
  next: z.string().nullable().describe("where the next page starts (pass it back as `before`); null on the last page"),
});
