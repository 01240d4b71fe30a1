/**
 * 三校 (docs/PROOFING.md): the proofreading rounds of a page's proof and the life of a mark, as pure rules.
 *
 * ```
 * page submitted: round 1 (一校) → round 2 (二校) → … → round N (N = the edition's proof_rounds), each signed by a proofreader
 * mark: open --accept (the correction becomes a story revision)--> accepted
 *       open --reject(reason)--> rejected
 * ```
 * - Marks are added and rounds signed only while the page is submitted for sign-off; a mark belongs to the
 *   round in progress (the first one not signed). A round may be signed with marks still open (the 责任编辑
 *   deals with them before the next round reads the page again); 签版 needs them all dealt with
 *   (page-workflow.ts `proofBlockers`).
 * - Round k is signed only after round k − 1, once.
 * - 退回重排 (reject) and 撤签 (withdraw) take the page back to layout: its signed rounds are cleared, so the page
 *   is proofread again from 一校 when it comes back (`clearsProofRounds`).
 */
import { DomainError } from "../errors";
import { label } from "../i18n/translate";
import type { PageState } from "../page-states";
import type { ProofMarkState } from "../proofing/kinds";
import type { PageAction } from "./page-workflow";

/** The round in progress: the first of 1..rounds not signed, or null when every round is signed. */
export function currentProofRound(rounds: number, signedRounds: readonly number[]): number | null {
  const signed = new Set(signedRounds);
  for (let round = 1; round <= rounds; round++) if (!signed.has(round)) return round;
  return null;
}

function refuseUnlessSubmitted(pageState: PageState): void {
  if (pageState !== "submitted") throw new DomainError("conflict", "proofing.pageNotSubmitted", { state: label("pageState", pageState) });
}

export interface RoundSignInput {
  pageState: PageState;
  /** the edition's number of rounds */
  rounds: number;
  signedRounds: readonly number[];
  round: number;
}

/** 校对签字 of `round`, or a DomainError: the page not submitted, no such round, already signed, or the round before not signed (409). */
export function decideRoundSign({ pageState, rounds, signedRounds, round }: RoundSignInput): void {
  refuseUnlessSubmitted(pageState);
  if (round < 1 || round > rounds) throw new DomainError("conflict", "proofing.roundOutOfRange", { round, rounds });
  if (signedRounds.includes(round)) throw new DomainError("conflict", "proofing.roundSigned", { round });
  const current = currentProofRound(rounds, signedRounds);
  if (current !== round) throw new DomainError("conflict", "proofing.roundOutOfOrder", { round, previous: round - 1 }, { current });
}

/** The round a new mark belongs to, or a DomainError: the page not submitted, or every round already signed (409). */
export function decideMarkRound({ pageState, rounds, signedRounds }: Omit<RoundSignInput, "round">): number {
  refuseUnlessSubmitted(pageState);
  const current = currentProofRound(rounds, signedRounds);
  if (current === null) throw new DomainError("conflict", "proofing.allRoundsSigned");
  return current;
}

export interface MarkResolveInput {
  action: "accept" | "reject";
  state: ProofMarkState;
  version: number;
  baseVersion: number;
  reason?: string | null;
}

/** Accept or reject an open mark based on the version read; rejecting needs a reason (400); a handled mark 409, a stale one 409. */
export function decideMarkResolve({ action, state, version, baseVersion, reason }: MarkResolveInput): void {
  if (state !== "open") throw new DomainError("conflict", "proofing.markResolved", {}, { state });
  if (version !== baseVersion) throw new DomainError("conflict", "proofing.markStale", {}, { version });
  if (action === "reject" && (reason ?? "").trim() === "") throw new DomainError("bad_request", "proofing.rejectReasonRequired");
}

/** 退回重排 and 撤签 send the page back to layout: what was proofread is no longer what will be printed. */
export function clearsProofRounds(action: PageAction): boolean {
  return action === "reject" || action === "withdraw";
}
