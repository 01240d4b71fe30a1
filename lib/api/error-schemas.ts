import { z } from "zod";
import { ERROR_STATUS, type ErrorCode } from "@/lib/errors";
import { PAGE_ACTIONS } from "@/lib/workflow/page-workflow";
import { PAGE_STATES } from "@/lib/page-states";
import { STORY_ACTIONS } from "@/lib/workflow/story-workflow";
import { STORY_STATES } from "@/lib/story-kinds";
import { revisionContent, storyLock } from "./story-responses";

const ERROR_CODES = Object.keys(ERROR_STATUS) as [ErrorCode, ...ErrorCode[]];

/**
 * Every error answer: `{ error: { code, message, details? } }`. When `details` is an object its fields are
 * also lifted to the top level (app/_server/route.ts `jsonError`), so a 409 reads `{ version, error }`.
 */
export const apiError = z.object({
  error: z.object({
    code: z.enum(ERROR_CODES),
    message: z.string().describe("in the caller's language where the server has it"),
    details: z.unknown().optional().describe("what the client needs to act on the error (see the 409 and 422 bodies)"),
  }),
});

/** 409 on PATCH /api/stories/:id with a stale baseVersion: the server copy, to merge against. */
export const staleStoryConflict = apiError.extend({
  version: z.number().int().describe("the story's current version: send it as baseVersion after merging"),
  current: revisionContent
    .extend({ slug: z.string(), status: z.enum(STORY_STATES) })
    .describe("the server's text (bylines as names and roles), slug and status"),
});

/** 409 when someone else holds the story's editing lease (PATCH also sends the server copy and version). */
export const storyLockedConflict = apiError.extend({
  lock: storyLock,
  current: revisionContent.optional(),
  version: z.number().int().optional(),
});

/** 409 when a transition is not allowed from the current state. */
export const storyStateConflict = apiError.extend({
  action: z.enum(STORY_ACTIONS),
  from: z.enum(STORY_STATES),
  allowedFrom: z.array(z.enum(STORY_STATES)).optional(),
});

export const pageStateConflict = apiError.extend({
  action: z.enum(PAGE_ACTIONS),
  from: z.enum(PAGE_STATES),
  allowedFrom: z.array(z.enum(PAGE_STATES)),
});

/** 409 on a page write or a restore with a stale baseVersion: `{ version }` (also in error.details.version). */
export const staleVersionConflict = apiError.extend({
  version: z.number().int().describe("the current version"),
});

/** 409 on a write to a signed or released page. */
export const frozenPageConflict = apiError.extend({ state: z.enum(PAGE_STATES).optional() });

/** 409 when submit or sign is refused: error.details is the list of reasons (as submitBlockers). */
export const pageRefusedConflict = z.object({
  error: apiError.shape.error.extend({ details: z.array(z.string()) }),
});

/** 422 on a layout write: indexes into the request's elements. */
export const layoutRejected = z.union([
  apiError.extend({ outside: z.array(z.number().int()), overlaps: z.array(z.tuple([z.number().int(), z.number().int()])) }),
  apiError.extend({ index: z.number().int() }),
]);
