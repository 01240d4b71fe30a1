import { z } from "zod";
import { errorKey } from "../i18n/error-key";
import { HEADLINE_SIZES } from "../page-states";
import { ELEMENT_KINDS } from "@/lib/page-states";
import { PAGE_ACTIONS } from "@/lib/workflow/page-workflow";
import { positiveId } from "./common";
import { LIMITS } from "../story-meta";
import { EDITION_LIMITS } from "../edition-limits";

/** Request schemas of the page routes (shape only: geometry and stories are checked by the commands → 422). */

const gridNumber = z.number().int(errorKey("validation.wholeGridNumber")).min(-1000).max(1000);

export const headlineSize = z.enum(HEADLINE_SIZES);

/** One box of PUT /api/pages/:id/layout: with `id` it keeps that box (and the 转版 links to it), without it is new. */
export const layoutElement = z
  .object({
    id: positiveId.optional(),
    kind: z.enum(ELEMENT_KINDS),
    storyId: positiveId.nullable().optional(),
    firstColumn: gridNumber.describe("1-based base column"),
    columnSpan: gridNumber,
    topLine: gridNumber.describe("1-based line"),
    heightLines: gridNumber,
    textColumnSpan: z.number().int().min(1).max(100).optional().describe("base columns per text column; default 1"),
    headlineSize: headlineSize.optional().describe("default medium"),
    locked: z.boolean().optional(),
    text: z.string().max(4000).nullable().optional(),
    label: z.string().max(40).nullable().optional(),
    caption: z.string().max(1000).nullable().optional(),
    continuedFromElementId: positiveId.nullable().optional().describe("转版: this box continues that box (on another page)"),
  })
  .strict();
export type LayoutElementInput = z.infer<typeof layoutElement>;

export const layoutPut = z
  .object({
    baseVersion: z.number().int().positive(),
    elements: z.array(layoutElement).max(EDITION_LIMITS.boxesPerPage, errorKey("validation.tooManyBoxes")),
  })
  .strict();
export type LayoutPutBody = z.infer<typeof layoutPut>;

export const autoLayoutPost = z
  .object({
    baseVersion: z.number().int().positive(),
    storyIds: z.array(positiveId).min(1, errorKey("validation.chooseStory")).max(50).describe("reading order: the first is the lead"),
  })
  .strict();
export type AutoLayoutBody = z.infer<typeof autoLayoutPost>;

export const pageTransitionPost = z
  .object({
    action: z.enum(PAGE_ACTIONS),
    reason: z.string().max(LIMITS.reason).nullable().optional().describe("required for reject and withdraw"),
  })
  .strict();
export type PageTransitionBody = z.infer<typeof pageTransitionPost>;

export const pageName = z.string().trim().min(1, errorKey("validation.pageNameEmpty")).max(20, errorKey("validation.pageNameTooLong"));
export const pageNumber = z.number().int().min(1).max(200);

export const newPage = z.object({ name: pageName, number: pageNumber.optional().describe("default: last + 1") }).strict();
export type NewPageBody = z.infer<typeof newPage>;

export const pagePatch = z
  .object({
    baseVersion: z.number().int().positive(),
    name: pageName.optional(),
    responsibleEditorId: positiveId.nullable().optional(),
    number: pageNumber.optional(),
  })
  .strict();
export type PagePatchBody = z.infer<typeof pagePatch>;

export const deletePageQuery = z.object({ baseVersion: z.coerce.number().int().positive(errorKey("validation.baseVersionPositive")) });
