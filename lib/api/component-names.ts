import type { z } from "zod";
import { edition, newEdition } from "./edition-schemas";
import * as errors from "./error-schemas";
import { autoLayoutPost, layoutElement, layoutPut, newPage, pagePatch, pageTransitionPost } from "./page-schemas";
import * as pages from "./page-responses";
import { newComment, newStory, storyPatch, storyTransitionPost } from "./story-schemas";
import * as stories from "./story-responses";
import { storyBylineSchema, storyTextSchema } from "../story-text";
import { createdUser, mePatch, newUserSchema, sessionUser, staffList } from "./user-schemas";

/**
 * Names under components/schemas for the schemas that several operations share (or that a reader looks
 * for by name). Every other body of an operation is named after it (`CreateStoryRequest`).
 */
export const COMPONENT_NAMES = new Map<z.ZodType, string>([
  [errors.apiError, "ApiError"],
  [errors.staleStoryConflict, "StaleStoryConflict"],
  [errors.storyLockedConflict, "StoryLockedConflict"],
  [errors.storyStateConflict, "StoryStateConflict"],
  [errors.pageStateConflict, "PageStateConflict"],
  [errors.staleVersionConflict, "StaleVersionConflict"],
  [errors.frozenPageConflict, "FrozenPageConflict"],
  [errors.pageRefusedConflict, "PageRefusedConflict"],
  [errors.layoutRejected, "LayoutRejected"],
  [storyTextSchema, "StoryText"],
  [storyBylineSchema, "StoryByline"],
  [stories.bylineEntry, "Byline"],
  [stories.budgetItem, "BudgetItem"],
  [stories.storyDetail, "StoryDetail"],
  [stories.storyForUser, "StoryForUser"],
  [stories.storyLock, "StoryLock"],
  [stories.revisionContent, "RevisionContent"],
  [stories.revisionSummary, "RevisionSummary"],
  [stories.revision, "Revision"],
  [stories.comment, "Comment"],
  [stories.listedComment, "ListedComment"],
  [stories.storyAuditEvent, "StoryAuditEvent"],
  [stories.editionAuditEvent, "EditionAuditEvent"],
  [stories.notification, "Notification"],
  [stories.saveResult, "SaveResult"],
  [pages.copyfitResult, "CopyfitResult"],
  [pages.grid, "Grid"],
  [pages.pageElement, "PageElement"],
  [pages.unplacedStory, "UnplacedStory"],
  [pages.pageDetail, "PageDetail"],
  [pages.pageSummary, "PageSummary"],
  [pages.pageAnswer, "PageAnswer"],
  [layoutElement, "LayoutElementInput"],
  [layoutPut, "LayoutPut"],
  [autoLayoutPost, "AutoLayoutRequest"],
  [pageTransitionPost, "PageTransitionRequest"],
  [newPage, "NewPage"],
  [pagePatch, "PagePatch"],
  [newStory, "NewStory"],
  [storyPatch, "StoryPatch"],
  [storyTransitionPost, "StoryTransitionRequest"],
  [newComment, "NewComment"],
  [newUserSchema, "NewUser"],
  [mePatch, "MePatch"],
  [sessionUser, "User"],
  [createdUser, "CreatedUser"],
  [staffList, "Staff"],
  [newEdition, "NewEdition"],
  [edition, "Edition"],
]);
