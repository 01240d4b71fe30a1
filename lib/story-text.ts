/**
 * The text of a story (DESIGN.md "Stories"): 引题, 主标题, 副题, 电头, body paragraphs, sidebars and the
 * byline. One shape for every holder of it: the save a client sends (PATCH /api/stories/:id
 * `content`), a stored revision, the editor's draft, the page renderer, the copyfit and the seed.
 */
import { z } from "zod";
import { countZi } from "./cjk/count-zi";
import { errorKey } from "./i18n/error-key";
import { BYLINE_ROLES } from "./story-kinds";
import { storyZi } from "./story-zi";

/** Limits on what a story's text may hold (stated in docs/API.md). */
export const STORY_TEXT_LIMITS = {
  headlineZi: 200,
  bodyZi: 50_000,
  paragraphs: 2_000,
  sidebars: 10,
  bylines: 20,
} as const;

const line = (max: number = STORY_TEXT_LIMITS.headlineZi) =>
  z
    .string()
    .max(max * 4, errorKey("validation.lineTooLong"))
    .refine((s) => countZi(s) <= max, { error: errorKey("validation.lineMaxZi"), params: { max } })
    .refine((s) => !s.includes("\n"), errorKey("validation.oneLine"))
    .nullable();

const paragraphs = z.array(z.string().max(STORY_TEXT_LIMITS.bodyZi * 4)).max(STORY_TEXT_LIMITS.paragraphs, errorKey("validation.tooManyParagraphs"));

/** One person in the byline; a revision keeps name and role only (people may be renamed later). */
export const storyBylineSchema = z.object({
  personId: z.number().int().positive().optional(),
  /** a new person (e.g. a correspondent) is created when no personId is given */
  name: z.string().trim().min(1).max(40),
  role: z.enum(BYLINE_ROLES),
});
export type StoryByline = z.infer<typeof storyBylineSchema>;

export const storySidebarSchema = z.object({ title: z.string().trim().min(1).max(40), paragraphs });
export type StorySidebar = z.infer<typeof storySidebarSchema>;

export const storyTextSchema = z
  .object({
    kicker: line(),
    headline: line(),
    subheadline: line(),
    dateline: line(20),
    body: paragraphs,
    sidebars: z.array(storySidebarSchema).max(STORY_TEXT_LIMITS.sidebars, errorKey("validation.tooManySidebars")),
    bylines: z.array(storyBylineSchema).max(STORY_TEXT_LIMITS.bylines),
  })
  .refine((c) => storyZi(c) <= STORY_TEXT_LIMITS.bodyZi, { error: errorKey("validation.bodyMaxZi"), params: { max: STORY_TEXT_LIMITS.bodyZi }, path: ["body"] });
export type StoryText = z.infer<typeof storyTextSchema>;

/** The text as a revision keeps it: bylines by name and role, no person ids. */
export function revisionTextOf(text: StoryText): StoryText {
  return {
    kicker: text.kicker,
    headline: text.headline,
    subheadline: text.subheadline,
    dateline: text.dateline,
    body: text.body,
    sidebars: text.sidebars.map((s) => ({ title: s.title, paragraphs: s.paragraphs })),
    bylines: text.bylines.map((b) => ({ name: b.name, role: b.role })),
  };
}

/** Same text field by field, person ids included (compare `revisionTextOf`s to leave them out). */
export function sameStoryText(a: StoryText, b: StoryText): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** A story item the page-text parser read (lib/page-text) as story text. */
export function storyTextOfItem(item: {
  kicker: string | null;
  headline: string | null;
  subheadline: string | null;
  dateline: string | null;
  paragraphs: string[];
  sidebars: StorySidebar[];
  byline: { people: StoryByline[] } | null;
}): StoryText {
  return {
    kicker: item.kicker,
    headline: item.headline,
    subheadline: item.subheadline,
    dateline: item.dateline,
    body: item.paragraphs,
    sidebars: item.sidebars,
    bylines: item.byline?.people ?? [],
  };
}
