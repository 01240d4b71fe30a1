import { formatByline } from "../byline";
import type { StoryText } from "../story-text";
import type { CopyfitStory } from "./copyfit";

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
