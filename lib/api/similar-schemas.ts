import { z } from "zod";
import { STORY_STATES } from "@/lib/story-kinds";
import { editionDate, positiveId } from "./common";

/** One earlier story like the one asked about (GET /api/stories/:id/similar; docs/SEARCH.md "Similar stories"). */
export const similarStory = z.object({
  id: positiveId,
  headline: z.string().nullable(),
  slug: z.string(),
  status: z.enum(STORY_STATES),
  zi: z.number().int().describe("字数"),
  editionDate,
  shared: z.number().int().describe("how many of the story's rare terms it shares"),
});

export const similarStories = z.object({
  stories: z.array(similarStory).max(5).describe("at most five, most similar first; empty when none"),
});
export type SimilarStories = z.infer<typeof similarStories>;
