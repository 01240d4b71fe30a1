import { z } from "zod";
import { errorKey } from "@/lib/i18n/zod-issues";
import { countZi } from "@/lib/cjk/count-zi";
import { BYLINE_ROLES, STORY_KINDS } from "@/lib/story-kinds";

/** Limits on what a story may hold (stated in docs/API.md). */
export const LIMITS = {
  headlineZi: 200,
  bodyZi: 50_000,
  paragraphs: 2_000,
  sidebars: 10,
  bylines: 20,
  comment: 5_000,
  reason: 1_000,
} as const;

const line = (max: number = LIMITS.headlineZi) =>
  z
    .string()
    .max(max * 4, errorKey("validation.lineTooLong"))
    .refine((s) => countZi(s) <= max, { error: errorKey("validation.lineMaxZi"), params: { max } })
    .refine((s) => !s.includes("\n"), errorKey("validation.oneLine"))
    .nullable();

const paragraphs = z.array(z.string().max(LIMITS.bodyZi * 4)).max(LIMITS.paragraphs, errorKey("validation.tooManyParagraphs"));

export const bylineInput = z.object({
  personId: z.number().int().positive().optional(),
  /** a new person (e.g. a correspondent) is created when no personId is given */
  name: z.string().trim().min(1).max(40),
  role: z.enum(BYLINE_ROLES),
});

export const storyContentSchema = z
  .object({
    kicker: line(),
    headline: line(),
    subheadline: line(),
    dateline: line(20),
    body: paragraphs,
    sidebars: z
      .array(z.object({ title: z.string().trim().min(1).max(40), paragraphs }))
      .max(LIMITS.sidebars, errorKey("validation.tooManySidebars")),
    bylines: z.array(bylineInput).max(LIMITS.bylines),
  })
  .refine(
    (c) => [...c.body, ...c.sidebars.flatMap((s) => s.paragraphs)].reduce((n, p) => n + countZi(p), 0) <= LIMITS.bodyZi,
    { error: errorKey("validation.bodyMaxZi"), params: { max: LIMITS.bodyZi }, path: ["body"] },
  );
export type StoryContent = z.infer<typeof storyContentSchema>;

export const storyMetaSchema = z.object({
  slug: z.string().trim().min(1, errorKey("validation.slugRequired")).max(80),
  kind: z.enum(STORY_KINDS),
  brief: z.string().max(2_000).nullable(),
  section: z.string().max(40).nullable(),
  targetLength: z.number().int().min(1).max(LIMITS.bodyZi).nullable(),
  deadline: z.iso.datetime({ offset: true }).nullable(),
});
export type StoryMeta = z.infer<typeof storyMetaSchema>;

/** What a revision stores: the content with bylines as names and roles (people may be renamed later). */
export interface RevisionContent {
  kicker: string | null;
  headline: string | null;
  subheadline: string | null;
  dateline: string | null;
  body: string[];
  sidebars: { title: string; paragraphs: string[] }[];
  bylines: { name: string; role: string }[];
}

export function sameContent(a: RevisionContent, b: RevisionContent): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
