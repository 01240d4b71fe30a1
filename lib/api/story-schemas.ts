import { z } from "zod";
import { errorKey } from "../i18n/error-key";
import { STORY_STATES } from "@/lib/story-kinds";
import { STORY_ACTIONS } from "@/lib/workflow/story-workflow";
import { editionDate, idParam, positiveId } from "./common";
import { LIMITS, storyMetaSchema } from "../story-meta";
import { storyTextSchema } from "../story-text";

/** Request schemas of the story routes (app/api/stories/**). */

export const budgetQuery = z.object({
  edition: editionDate,
  status: z.enum(STORY_STATES).optional(),
  person: z.coerce.number().int().positive().optional().describe("a person id: only stories with them in the byline"),
});

export const newStory = z
  .object({
    edition: editionDate,
    slug: storyMetaSchema.shape.slug,
    kind: storyMetaSchema.shape.kind.default("article"),
    brief: storyMetaSchema.shape.brief.optional(),
    assigneeIds: z.array(positiveId).max(10).optional().describe("users to assign (editors only); without it, a reporter's own story"),
    pageNumber: z.number().int().min(1).max(200).nullable().optional(),
    targetLength: storyMetaSchema.shape.targetLength.optional(),
    deadline: storyMetaSchema.shape.deadline.optional(),
  })
  .strict();
export type NewStoryBody = z.infer<typeof newStory>;

export const storyPatch = z
  .object({
    baseVersion: z.number().int().positive().describe("the version the client's copy is based on"),
    content: storyTextSchema.optional(),
    meta: storyMetaSchema.partial().strict().optional(),
  })
  .strict();
export type StoryPatchBody = z.infer<typeof storyPatch>;

/** Actions a client may ask for ("publish" happens only when the page is released). */
export const CLIENT_STORY_ACTIONS = STORY_ACTIONS.filter((a) => a !== "publish") as [Exclude<(typeof STORY_ACTIONS)[number], "publish">, ...Exclude<(typeof STORY_ACTIONS)[number], "publish">[]];

export const storyTransitionPost = z
  .object({
    action: z.enum(CLIENT_STORY_ACTIONS),
    reason: z.string().max(LIMITS.reason).nullable().optional().describe("required for return and spike"),
  })
  .strict();
export type StoryTransitionBody = z.infer<typeof storyTransitionPost>;

export const lockPost = z.object({ takeOver: z.boolean().optional().describe("editors: take the lease from its holder") }).strict();

export const newComment = z
  .object({
    body: z.string().trim().min(1, errorKey("validation.commentEmpty")).max(LIMITS.comment, errorKey("validation.commentTooLong")),
    parentId: positiveId.nullable().optional().describe("reply to this comment"),
  })
  .strict();
export type NewCommentBody = z.infer<typeof newComment>;

export const commentParams = idParam.extend({ commentId: z.coerce.number().int().positive() });
export const commentPatch = z.object({ resolved: z.boolean() }).strict();

export const revisionParams = idParam.extend({ n: z.coerce.number().int().positive(errorKey("validation.revisionPositive")) });
/** Restore answers a bad `n` with zod's own message (unlike GET of a revision). */
export const restoreParams = idParam.extend({ n: z.coerce.number().int().positive() });
export const restorePost = z.object({ baseVersion: z.number().int().positive() }).strict();
