import { z } from "zod";
import { errorKey } from "../i18n/error-key";
import { PROOF_FIELDS } from "../proofing/anchor";
import { MAX_PROOF_ROUNDS, PROOF_MARK_STATES, PROOF_MARK_TYPES } from "../proofing/kinds";
import { afterQuery, beforeQuery, nextCursor, positiveId, timestamp } from "./common";

/** 三校 (docs/PROOFING.md): the requests and answers of the proofreading routes. */

const version = z.number().int().positive(errorKey("validation.baseVersionPositive"));

/** POST /api/pages/:id/proof-marks: a span of a story's current text, the kind of error, the correction, a note. */
export const proofMarkPost = z
  .object({
    storyId: positiveId,
    field: z.enum(PROOF_FIELDS).default("body").describe("body (with paragraph), kicker, headline or subheadline"),
    paragraph: z.number().int().min(0).max(10_000).default(0).describe("index in the body paragraphs (0 for a head field)"),
    offset: z.number().int().min(0).max(1_000_000).describe("UTF-16 offset of the marked text in that paragraph or field"),
    marked: z.string().min(1).max(200).describe("the marked text, exactly as it is there"),
    type: z.enum(PROOF_MARK_TYPES).describe("typo 错字, punctuation 标点, number 数字用法, format 格式, fact 事实存疑, other 其他"),
    correction: z.string().max(200).default("").describe("what it should read (empty: delete it)"),
    note: z.string().trim().max(500).default(""),
  })
  .strict();
export type ProofMarkPostBody = z.infer<typeof proofMarkPost>;

/** POST /api/pages/:id/proof-rounds: 校对签字 of one round. */
export const proofRoundPost = z.object({ round: z.number().int().min(1).max(MAX_PROOF_ROUNDS) }).strict();

/** POST /api/proof-marks/:id/accept, based on the mark's version read. */
export const proofMarkAccept = z.object({ baseVersion: version }).strict();
/** POST /api/proof-marks/:id/reject: the reason is required. */
export const proofMarkReject = z.object({ baseVersion: version, reason: z.string().trim().min(1, errorKey("proofing.rejectReasonRequired")).max(500) }).strict();

export const proofMarksQuery = afterQuery;
export const storyProofMarksQuery = beforeQuery;

export const proofMark = z.object({
  id: positiveId,
  pageId: positiveId,
  storyId: positiveId,
  round: z.number().int(),
  type: z.enum(PROOF_MARK_TYPES),
  field: z.string(),
  paragraph: z.number().int(),
  offset: z.number().int(),
  marked: z.string(),
  correction: z.string(),
  note: z.string(),
  state: z.enum(PROOF_MARK_STATES),
  createdBy: z.string(),
  createdAt: timestamp,
  resolvedBy: z.string().nullable(),
  resolvedAt: timestamp.nullable(),
  resolveReason: z.string().nullable(),
  revisionNumber: z.number().int().nullable().describe("the story revision an accepted correction made"),
  version: z.number().int(),
  headline: z.string().nullable(),
  slug: z.string(),
});

export const proofMarkList = z.object({
  marks: z.array(proofMark).describe("the anchor as made; re-anchor against the story's current text (docs/PROOFING.md)"),
  next: nextCursor,
});

export const pageProofing = z.object({
  rounds: z.number().int().describe("the rounds this page's edition requires"),
  signedRounds: z.array(z.number().int()),
  openMarks: z.number().int(),
  current: z.number().int().nullable().describe("the round in progress; null when every round is signed"),
  signed: z.array(z.object({ round: z.number().int(), signedBy: z.string(), signedAt: timestamp })),
});

export const proofMarkAnswer = z.object({ mark: proofMark, proofing: pageProofing });
