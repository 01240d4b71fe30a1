import { formatByline, type BylinePerson } from "../byline";
import type { CopyfitStory } from "./copyfit";

/** The parts of a story the copyfit reads, whatever holds them (a stored story, a parsed item). */
export interface StoryText {
  kicker: string | null;
  headline: string | null;
  subheadline: string | null;
  dateline: string | null;
  body: string[];
  sidebars: { title: string; paragraphs: string[] }[];
  bylines: BylinePerson[];
}

/** A story as the copyfit sees it: the byline counted in printed lines (jump lines are set per box). */
export function copyfitStoryOf(story: StoryText): CopyfitStory {
  return {
    kicker: story.kicker,
    headline: story.headline,
    subheadline: story.subheadline,
    bylineLines: formatByline(story.bylines).length,
    dateline: story.dateline,
    paragraphs: story.body,
    sidebars: story.sidebars,
  };
}
