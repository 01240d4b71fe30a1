/**
 * 三审 (#12): the review levels a story goes through and the one-person-one-level rule
 * (任何两个环节的审稿工作不能同时由一人担任). Pure; the story state machine (lib/workflow/story-workflow.ts) asks it
 * which level an action acts at and whether this person may act at it, and the review sheet (审稿单) lists
 * the acts it records.
 *
 * ```
 * two levels:   filed --pass 初审--> edited --approve 终审--> approved
 * three levels: filed --pass 初审--> edited --review 复审--> reviewed --approve 终审--> approved
 * every level may return (退回, with a reason): filed | edited | reviewed --return--> returned
 * ```
 *
 * Decisions:
 * - A person *holds* a level of a story once they passed it there, in any version: after a return and a
 *   new filing the same people take the same levels again, and nobody takes a second one — ever.
 * - A return is recorded on the sheet at the level the story stood at, but holds no level: sending a story
 *   back signs nothing, so the one who did 初审 may still return it from 终审 (as before #12).
 */
import type { ReviewLevels } from "../proofing/kinds";
import type { StoryState } from "../story-kinds";

/** 初审, 复审, 终审 — in order. */
export const REVIEW_LEVELS = ["first", "second", "final"] as const;
export type ReviewLevel = (typeof REVIEW_LEVELS)[number];

export const REVIEW_OUTCOMES = ["passed", "returned"] as const;
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];

/** The levels of a story in an edition with `count` review levels, in order. */
export function levelsOf(count: ReviewLevels): readonly ReviewLevel[] {
  return count === 3 ? REVIEW_LEVELS : ["first", "final"];
}

/** Narrow a stored count (an integer column) to 2 or 3; anything else is read as the default two. */
export function reviewLevelCount(value: number | null | undefined): ReviewLevels {
  return value === 3 ? 3 : 2;
}

/**
 * The level a review action acts at, or null when the action is not a review (start, file, spike …).
 * A return acts at the level the story awaits: 初审 from filed, 复审 (three levels) or 终审 (two) from edited,
 * 终审 from reviewed.
 */
export function reviewLevelOf(action: string, from: StoryState, count: ReviewLevels): ReviewLevel | null {
  switch (action) {
    case "pass":
      return "first";
    case "review":
      return "second";
    case "approve":
      return "final";
    case "return":
      if (from === "filed") return "first";
      if (from === "edited") return count === 3 ? "second" : "final";
      if (from === "reviewed") return "final";
      return null;
    default:
      return null;
  }
}

/** One recorded review act (a row of story_reviews) as the rule reads it. */
export interface ReviewAct {
  level: ReviewLevel;
  outcome: ReviewOutcome;
  reviewerId: number;
}

/**
 * The level this person already holds on the story other than `level` (the first found in level order), or
 * null when they may act at `level`. Returns hold nothing (see the decisions above).
 */
export function otherLevelHeld(acts: readonly ReviewAct[], reviewerId: number, level: ReviewLevel): ReviewLevel | null {
  const held = new Set(acts.filter((a) => a.reviewerId === reviewerId && a.outcome === "passed").map((a) => a.level));
  return REVIEW_LEVELS.find((l) => l !== level && held.has(l)) ?? null;
}

/** One line of a story's 审稿单: the level, passed or returned, who, when, the opinion, the 字数 and the revision then. */
export interface ReviewSheetEntry extends ReviewAct {
  reviewer: string;
  at: string;
  opinion: string | null;
  zi: number;
  revision: number;
}

/** The 审稿意见 rule: optional when passing, required (non-blank) when returning. */
export function opinionRequired(outcome: ReviewOutcome): boolean {
  return outcome === "returned";
}
