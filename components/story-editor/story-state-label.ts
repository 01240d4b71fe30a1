import { STORY_STATES, type StoryState } from "@/lib/story-kinds";

export function isStoryState(value: string): value is StoryState {
  return (STORY_STATES as readonly string[]).includes(value);
}
