import { z } from "zod";
import { ELEMENT_KINDS, PAGE_STATES } from "@/lib/page-states";
import { STORY_KINDS, STORY_STATES } from "@/lib/story-kinds";
import { PAGE_ACTIONS } from "@/lib/workflow/page-workflow";
import { editionDate, positiveId, timestamp } from "./common";
import { headlineSize } from "./page-schemas";
import { storyDetail } from "./story-responses";

/** The main answers of the page routes (the shape of db/queries/pages.ts; a type test keeps them equal). */

const flowPoint = z.object({ block: z.number().int(), offset: z.number().int() });

export const copyfitResult = z.object({
  status: z.enum(["fits", "over", "short"]),
  linesNeeded: z.number().int(),
  linesAvailable: z.number().int(),
  overLines: z.number().int(),
  overChars: z.number().int(),
  shortLines: z.number().int(),
  headLines: z.number().int(),
  overflowAt: z.object({ block: z.number().int(), offset: z.number().int() }).nullable(),
});

export const grid = z.object({
  columns: z.number().int(),
  charsPerColumn: z.number().int(),
  gutterChars: z.number().int(),
  linesPerColumn: z.number().int(),
});

export const pageElement = z.object({
  id: positiveId,
  pageId: positiveId,
  kind: z.enum(ELEMENT_KINDS),
  storyId: positiveId.nullable(),
  firstColumn: z.number().int(),
  columnSpan: z.number().int(),
  topLine: z.number().int(),
  heightLines: z.number().int(),
  textColumnSpan: z.number().int(),
  headlineSize,
  locked: z.boolean(),
  text: z.string().nullable(),
  label: z.string().nullable(),
  caption: z.string().nullable(),
  continuedFromElementId: positiveId.nullable(),
  fit: copyfitResult.nullable(),
  flowStart: flowPoint.nullable().describe("where a continued box's text starts in the story's body blocks; null = from the beginning"),
  jumpTo: z.number().int().nullable().describe("page number for （下转第N版）"),
  jumpFrom: z.number().int().nullable().describe("page number for （上接第N版）"),
  story: storyDetail.nullable(),
});

export const unplacedStory = z.object({
  id: positiveId,
  headline: z.string().nullable(),
  slug: z.string(),
  status: z.enum(STORY_STATES),
  kind: z.enum(STORY_KINDS),
  length: z.number().int(),
});

export const pageDetail = z.object({
  id: positiveId,
  editionId: positiveId,
  editionDate,
  publication: z.string(),
  number: z.number().int(),
  name: z.string(),
  state: z.enum(PAGE_STATES),
  version: z.number().int(),
  responsibleEditorId: positiveId.nullable(),
  responsibleEditor: z.string().nullable(),
  gridColumns: z.number().int(),
  charsPerColumn: z.number().int(),
  gutterChars: z.number().int(),
  linesPerColumn: z.number().int(),
  grid,
  signedById: positiveId.nullable(),
  signedBy: z.string().nullable(),
  signedAt: timestamp.nullable(),
  snapshotHash: z.string().nullable().describe("sha256 of the snapshot taken at 签版"),
  createdAt: timestamp,
  updatedAt: timestamp,
  elements: z.array(pageElement),
  unplacedStories: z.array(unplacedStory),
  allowedActions: z.array(z.enum(PAGE_ACTIONS)).describe("for the caller's role in the page's state"),
  submitBlockers: z.array(z.string()).describe("what would refuse submit now"),
  pageWarnings: z.array(z.string()).describe("what the submit / sign / release confirmation warns about (only 初审 stories, underset within the limit, empty area)"),
  proofBlockers: z.array(z.string()).describe("why 签版 must still wait for 三校: each round not signed, then the open marks (a submitted page; else empty)"),
  oversetLines: z.number().int().describe("box lines over, summed over the page's boxes"),
  undersetLines: z.number().int().describe("box lines short, summed over the page's boxes"),
});

/** A row of the flatplan (GET /api/editions/:date/pages). */
export const pageSummary = z.object({
  id: positiveId,
  number: z.number().int(),
  name: z.string(),
  state: z.enum(PAGE_STATES),
  version: z.number().int(),
  responsibleEditor: z.string().nullable(),
  signedBy: z.string().nullable(),
  signedAt: timestamp.nullable(),
  oversetLines: z.number().int(),
  elementCount: z.number().int(),
});

/** `{ page }`: the answer of GET /api/pages/:id and of most page writes. */
export const pageAnswer = z.object({ page: pageDetail });

export const autoLayoutResult = z.object({
  page: pageDetail,
  /** `reason`: why the story found no room, a sentence in the caller's language; `reasonKey`: its message key. */
  unplaced: z.array(z.object({ id: positiveId, reason: z.string(), reasonKey: z.string() })),
});
