import { z } from "zod";
import { errorKey } from "./i18n/error-key";
import { STORY_KINDS } from "@/lib/story-kinds";
import { STORY_TEXT_LIMITS } from "./story-text";

/** Limits on what a story may hold (stated in docs/API.md). */
export const LIMITS = {
  ...STORY_TEXT_LIMITS,
  comment: 5_000,
  reason: 1_000,
} as const;

export const storyMetaSchema = z.object({
  slug: z.string().trim().min(1, errorKey("validation.slugRequired")).max(80),
  kind: z.enum(STORY_KINDS),
  brief: z.string().max(2_000).nullable(),
  section: z.string().max(40).nullable(),
  targetLength: z.number().int().min(1).max(LIMITS.bodyZi).nullable(),
  deadline: z.iso.datetime({ offset: true }).nullable(),
});
export type StoryMeta = z.infer<typeof storyMetaSchema>;

