import type { StoryState } from "./story-kinds";

/** Unfinished work a new edition may take over from earlier ones (DESIGN.md "Editions and pages"). */
export const CARRY_OVER_STATES = ["assigned", "draft", "filed", "returned", "edited"] as const satisfies readonly StoryState[];

export function isCarryOverState(status: StoryState): boolean {
  return (CARRY_OVER_STATES as readonly StoryState[]).includes(status);
}

/** How many stories one page of the carry-over list shows. */
export const CARRY_OVER_PAGE_SIZE = 50;
