/** What a story item is (DESIGN.md "Stories": kind). */
export const STORY_KINDS = ["article", "photo", "brief", "notice"] as const;
export type StoryKind = (typeof STORY_KINDS)[number];

/** Workflow states of a story (DESIGN.md state diagram). The transition rules live in story-workflow. */
export const STORY_STATES = [
  "assigned",
  "draft",
  "filed",
  "edited",
  /** 已复审: passed 复审, awaiting 终审 — only in an edition with three review levels (lib/review/review-levels.ts) */
  "reviewed",
  "approved",
  "returned",
  "spiked",
  "published",
] as const;
export type StoryState = (typeof STORY_STATES)[number];

/** Roles a byline person can have on a story. */
export const BYLINE_ROLES = ["reporter", "correspondent", "photographer", "credit"] as const;
export type BylineRole = (typeof BYLINE_ROLES)[number];
