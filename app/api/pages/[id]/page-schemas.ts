import { z } from "zod";
import { errorKey } from "@/lib/i18n/zod-issues";
import { ELEMENT_KINDS } from "@/lib/page-states";
import { PAGE_ACTIONS } from "@/lib/workflow/page-workflow";
import { LIMITS } from "@/db/commands/story-content";

/** Request bodies of the page routes (shape only: geometry and stories are checked by the commands → 422). */
const gridNumber = z.number().int(errorKey("validation.wholeGridNumber")).min(-1000).max(1000);

export const layoutElement = z
  .object({
    id: z.number().int().positive().optional(),
    kind: z.enum(ELEMENT_KINDS),
    storyId: z.number().int().positive().nullable().optional(),
    firstColumn: gridNumber,
    columnSpan: gridNumber,
    topLine: gridNumber,
    heightLines: gridNumber,
    textColumnSpan: z.number().int().min(1).max(100).optional(),
    headlineSize: z.enum(["large", "medium", "small"]).optional(),
    locked: z.boolean().optional(),
    text: z.string().max(4000).nullable().optional(),
    label: z.string().max(40).nullable().optional(),
    caption: z.string().max(1000).nullable().optional(),
    continuedFromElementId: z.number().int().positive().nullable().optional(),
  })
  .strict();

export const layoutPut = z
  .object({
    baseVersion: z.number().int().positive(),
    elements: z.array(layoutElement).max(300, errorKey("validation.tooManyBoxes")),
  })
  .strict();

export const autoLayoutPost = z
  .object({
    baseVersion: z.number().int().positive(),
    storyIds: z.array(z.number().int().positive()).min(1, errorKey("validation.chooseStory")).max(50),
  })
  .strict();

export const pageTransitionPost = z
  .object({
    action: z.enum(PAGE_ACTIONS),
    reason: z.string().max(LIMITS.reason).nullable().optional(),
  })
  .strict();

export const pageName = z.string().trim().min(1, errorKey("validation.pageNameEmpty")).max(20, errorKey("validation.pageNameTooLong"));
export const pageNumber = z.number().int().min(1).max(200);
