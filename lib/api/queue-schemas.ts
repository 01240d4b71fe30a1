import { z } from "zod";
import { PAGE_STATES } from "@/lib/page-states";
import { STORY_STATES } from "@/lib/story-kinds";
import { editionDate, positiveId, timestamp } from "./common";

/** A story waiting in a queue: what the list shows, never its text. */
export const queueStory = z.object({
  id: positiveId,
  headline: z.string().nullable(),
  slug: z.string(),
  status: z.enum(STORY_STATES),
  editionDate,
  deadline: z.string().nullable(),
  brief: z.string().nullable().describe("the assignment's brief (采访要求)"),
  targetLength: z.number().int().nullable().describe("target 字数"),
  zi: z.number().int().describe("字数 written so far"),
});
export type QueueStory = z.infer<typeof queueStory>;

/** A returned story with the return on top: who returned it, when, why. */
export const returnedStory = queueStory.extend({
  returnedBy: z.string().nullable(),
  returnedAt: timestamp.nullable(),
  reason: z.string().nullable(),
});
export type ReturnedStory = z.infer<typeof returnedStory>;

/** A page waiting in a queue, with its overset from the server's copyfit. */
export const queuePage = z.object({
  id: positiveId,
  editionDate,
  number: z.number().int(),
  name: z.string(),
  state: z.enum(PAGE_STATES),
  responsibleEditor: z.string().nullable(),
  oversetBoxes: z.number().int().describe("story boxes whose text does not fit"),
  oversetLines: z.number().int().describe("lines over, summed over those boxes"),
  signedAt: timestamp.nullable(),
  proofRounds: z.number().int().optional().describe("待校对: the rounds the page's edition requires"),
  proofSigned: z.number().int().optional().describe("待校对: the rounds signed so far"),
});
export type QueuePage = z.infer<typeof queuePage>;

const queue = <T extends z.ZodType>(item: T) => z.object({ count: z.number().int().describe("all items waiting (the list holds at most 20)"), items: z.array(item) });

/** The queues of the caller's dashboard: each present only for the roles it is for. */
export const deskQueues = z.object({
  assignments: queue(queueStory).optional().describe("reporter: my assignments not yet filed"),
  returned: queue(returnedStory).optional().describe("reporter: my stories returned to me"),
  filed: queue(queueStory).optional().describe("editor: filed stories waiting for 初审"),
  overdue: queue(queueStory).optional().describe("editor: assignments past their deadline"),
  layout: queue(queuePage).optional().describe("editor: pages in layout, with their overset"),
  reviewing: queue(queueStory).optional().describe("desk head and chief: stories of three-level editions waiting for 复审"),
  edited: queue(queueStory).optional().describe("chief: stories waiting for 终审 (edited in a two-level edition, or reviewed)"),
  submitted: queue(queuePage).optional().describe("chief: pages submitted for 签版"),
  signed: queue(queuePage).optional().describe("chief: signed pages waiting for 付印"),
  proofing: queue(queuePage).optional().describe("proofreader: submitted pages with proofreading rounds to sign (待校对)"),
});
export type DeskQueues = z.infer<typeof deskQueues>;
export type QueueName = keyof DeskQueues;
