import { z } from "zod";
import { NOTIFICATION_KINDS } from "../notifications";
import { BYLINE_ROLES, STORY_KINDS, STORY_STATES } from "@/lib/story-kinds";
import { STORY_ACTIONS } from "@/lib/workflow/story-workflow";
import { REVIEW_LEVELS, REVIEW_OUTCOMES } from "@/lib/review/review-levels";
import { editionDate, positiveId, timestamp } from "./common";

/** The main answers of the story routes (documentation: the routes send what db/queries return; a type test keeps them equal). */

export const bylineEntry = z.object({ personId: positiveId, name: z.string(), role: z.enum(BYLINE_ROLES) });

const sidebar = z.object({ title: z.string(), paragraphs: z.array(z.string()) });

export const budgetItem = z.object({
  id: positiveId,
  position: z.number().int(),
  slug: z.string(),
  kind: z.enum(STORY_KINDS),
  status: z.enum(STORY_STATES),
  kicker: z.string().nullable(),
  headline: z.string().nullable(),
  bylines: z.array(bylineEntry),
  length: z.number().int().describe("字数 of body and sidebars (docs/COPYFIT.md)"),
  targetLength: z.number().int().nullable(),
  deadline: z.string().nullable(),
  continues: z.boolean(),
  version: z.number().int(),
  pageNumber: z.number().int().nullable(),
  pageName: z.string().nullable(),
});

export const storyDetail = z.object({
  id: positiveId,
  editionId: positiveId,
  editionDate,
  pageId: positiveId.nullable(),
  page: z.object({ number: z.number().int(), name: z.string().nullable() }).nullable(),
  position: z.number().int(),
  slug: z.string(),
  kind: z.enum(STORY_KINDS),
  status: z.enum(STORY_STATES),
  statusBeforeSpike: z.enum(STORY_STATES).nullable(),
  kicker: z.string().nullable(),
  headline: z.string().nullable(),
  subheadline: z.string().nullable(),
  dateline: z.string().nullable(),
  body: z.array(z.string()),
  sidebars: z.array(sidebar),
  bylines: z.array(bylineEntry),
  continues: z.boolean(),
  section: z.string().nullable(),
  brief: z.string().nullable(),
  targetLength: z.number().int().nullable(),
  deadline: z.string().nullable(),
  length: z.number().int(),
  version: z.number().int(),
  passedById: positiveId.nullable(),
  receivedById: positiveId.nullable().describe("签收: the desk editor who received the filed story"),
  receivedAt: timestamp.nullable(),
  createdById: positiveId.nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
});

export const storyLock = z.object({
  holderId: positiveId,
  holderName: z.string(),
  acquiredAt: timestamp,
  expiresAt: z.number().int().describe("epoch milliseconds"),
});

/** One line of the 审稿单 (review sheet). */
export const reviewSheetEntry = z.object({
  level: z.enum(REVIEW_LEVELS).describe("first 初审, second 复审, final 终审"),
  outcome: z.enum(REVIEW_OUTCOMES),
  reviewerId: positiveId,
  reviewer: z.string(),
  at: timestamp,
  opinion: z.string().nullable().describe("审稿意见 (the reason when returned)"),
  zi: z.number().int().describe("the story's 字数 then"),
  revision: z.number().int().describe("the revision the act cut"),
});

/** A 机检 block the chief let through (放行), shown on the 审稿单. */
export const checkOverrideEntry = z.object({
  id: positiveId,
  rule: z.string().describe("the checker's rule (lib/check CheckRule)"),
  text: z.string().describe("the text as written when it was let through"),
  reason: z.string(),
  by: z.string(),
  at: timestamp,
});

export const storyForUser = storyDetail.extend({
  assigneeIds: z.array(positiveId),
  lock: storyLock.nullable(),
  frozen: z.boolean().describe("on a signed or released page"),
  revision: z.number().int().describe("修订 N: the latest revision's number, as the history lists it"),
  received: z.object({ name: z.string(), at: timestamp }).nullable().describe("签收: who received the filed story for review"),
  returned: z.object({ by: z.string(), at: timestamp, reason: z.string() }).nullable().describe("while returned: the latest 退回"),
  reviewLevels: z.union([z.literal(2), z.literal(3)]).describe("三审: the review levels of the story's edition"),
  reviewSheet: z.array(reviewSheetEntry).describe("审稿单: every review act, oldest first, all versions"),
  checkOverrides: z.array(checkOverrideEntry).describe("审稿单: the 机检 blocks the chief let through, oldest first"),
  permissions: z.object({
    canEdit: z.boolean(),
    actions: z.array(z.enum(STORY_ACTIONS)),
    choices: z
      .array(z.discriminatedUnion("allowed", [z.object({ action: z.enum(STORY_ACTIONS), allowed: z.literal(true) }), z.object({ action: z.enum(STORY_ACTIONS), allowed: z.literal(false), reason: z.string() })]))
      .describe("the buttons to show: offered, or disabled with the refusal in the reader's language"),
  }),
});

/** What a revision stores: the text with bylines as names and roles. */
export const revisionContent = z.object({
  kicker: z.string().nullable(),
  headline: z.string().nullable(),
  subheadline: z.string().nullable(),
  dateline: z.string().nullable(),
  body: z.array(z.string()),
  sidebars: z.array(sidebar),
  bylines: z.array(z.object({ name: z.string(), role: z.string() })),
});

export const revisionSummary = z.object({
  number: z.number().int(),
  storyVersion: z.number().int(),
  cause: z.string().describe("edit, a transition (file, pass …) or restore:n"),
  createdAt: timestamp,
  author: z.string().nullable(),
});

export const revision = revisionSummary.extend({ content: revisionContent });

export const comment = z.object({
  id: positiveId,
  storyId: positiveId,
  parentId: positiveId.nullable(),
  body: z.string(),
  resolvedAt: timestamp.nullable(),
  createdAt: timestamp,
  authorId: positiveId,
});

/** A comment as listed: without storyId, with the author's name. */
export const listedComment = comment.omit({ storyId: true }).extend({ author: z.string() });

export const storyAuditEvent = z.object({
  id: positiveId,
  action: z.string(),
  fromState: z.string().nullable(),
  toState: z.string().nullable(),
  reason: z.string().nullable(),
  createdAt: timestamp,
  actor: z.string().nullable(),
});

export const editionAuditEvent = storyAuditEvent.extend({ storyId: positiveId, headline: z.string().nullable(), slug: z.string() });

export const notification = z.object({
  id: positiveId,
  userId: positiveId,
  storyId: positiveId.nullable(),
  pageId: positiveId.nullable().describe("the page a page hand-over is about"),
  kind: z.enum(NOTIFICATION_KINDS),
  params: z.record(z.string(), z.union([z.string(), z.number()])).describe("what the text names (people, titles, reasons), as they were"),
  text: z.string().describe("the notification worded in the caller's language"),
  href: z.string().nullable().describe("where it leads: the story (/stories/:id) or the page (/editions/:date/pages/:n)"),
  readAt: timestamp.nullable(),
  createdAt: timestamp,
});

export const saveResult = z.object({
  version: z.number().int(),
  revision: z.number().int().nullable().describe("the revision written, null when the save coalesced into none"),
  changed: z.boolean(),
});

export const createdStory = z.object({ id: positiveId, status: z.string().describe("assigned (an assignment) or draft"), version: z.number().int() });
export const transitionResult = z.object({ status: z.string().describe("the new story state"), version: z.number().int() });
export const restoreResult = z.object({ version: z.number().int(), revision: z.number().int() });
