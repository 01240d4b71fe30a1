import type { StoryState } from "./story-kinds";

/** Unfinished work a new edition may take over from earlier ones (DESIGN.md "Editions and pages"). */
export const CARRY_OVER_STATES = ["assigned", "draft", "filed", "returned", "edited", "reviewed"] as const satisfies readonly StoryState[];

/**
 * The states as an SQL list of literals, `('assigned', …)`: the partial index of unfinished stories
 * (db/schema.ts) and the query that reads it must say the same constants (SQLite uses a partial index only
 * for a WHERE term identical to its own, and a bound parameter is not).
 */
export const CARRY_OVER_STATES_SQL_LIST = `(${CARRY_OVER_STATES.map((s) => `'${s}'`).join(", ")})`;

export function isCarryOverState(status: StoryState): boolean {
  return (CARRY_OVER_STATES as readonly StoryState[]).includes(status);
}

/** How many stories one page of the carry-over list shows. */
export const CARRY_OVER_PAGE_SIZE = 50;
