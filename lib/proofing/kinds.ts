/**
 * 三校 (#12): the kinds of a proofreader's mark on the page proof (大样) and the life of a mark.
 * Shared by the proofing commands, the 差错率 report and the UI.
 */
/** 错字, 标点, 数字用法, 格式, 事实存疑, 其他 */
export const PROOF_MARK_TYPES = ["typo", "punctuation", "number", "format", "fact", "other"] as const;
export type ProofMarkType = (typeof PROOF_MARK_TYPES)[number];

/** open → accepted (the correction applied to the story: a revision) | rejected (with a reason). */
export const PROOF_MARK_STATES = ["open", "accepted", "rejected"] as const;
export type ProofMarkState = (typeof PROOF_MARK_STATES)[number];

/** How many review levels (三审) a publication runs: 初审 + 终审, or 初审 + 复审 + 终审. */
export const REVIEW_LEVEL_CHOICES = [2, 3] as const;
export type ReviewLevels = (typeof REVIEW_LEVEL_CHOICES)[number];
export const DEFAULT_REVIEW_LEVELS: ReviewLevels = 2;

/** Proofreading rounds (一校 二校 三校) a page goes through before 签版. */
export const MAX_PROOF_ROUNDS = 3;
export const DEFAULT_PROOF_ROUNDS = 3;
