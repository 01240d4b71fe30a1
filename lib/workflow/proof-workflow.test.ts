import { describe, expect, it } from "vitest";
import { DomainError } from "../errors";
import { renderMessage } from "../i18n/translate";
import { PAGE_ACTIONS } from "./page-workflow";
import { clearsProofRounds, currentProofRound, decideMarkResolve, decideMarkRound, decideRoundSign, type MarkResolveInput, type RoundSignInput } from "./proof-workflow";

function outcome(fn: () => unknown): string {
  try {
    const value = fn();
    return value === undefined ? "ok" : `ok:${String(value)}`;
  } catch (e) {
    if (e instanceof DomainError) return `${e.code}:${e.key}`;
    throw e;
  }
}

describe("currentProofRound", () => {
  it.each([
    { rounds: 3, signed: [], want: 1 },
    { rounds: 3, signed: [1], want: 2 },
    { rounds: 3, signed: [1, 2], want: 3 },
    { rounds: 3, signed: [1, 2, 3], want: null },
    { rounds: 1, signed: [1], want: null },
    { rounds: 2, signed: [2], want: 1 },
  ])("$rounds rounds, signed $signed → $want", ({ rounds, signed, want }) => expect(currentProofRound(rounds, signed)).toBe(want));
});

describe("decideRoundSign: 校对签字 of round k only after k − 1", () => {
  const cases: (Partial<RoundSignInput> & { round: number; want: string })[] = [
    { round: 1, want: "ok" },
    { round: 2, signedRounds: [1], want: "ok" },
    { round: 3, signedRounds: [1, 2], want: "ok" },
    { round: 2, want: "conflict:proofing.roundOutOfOrder" },
    { round: 3, signedRounds: [1], want: "conflict:proofing.roundOutOfOrder" },
    { round: 1, signedRounds: [1], want: "conflict:proofing.roundSigned" },
    { round: 4, signedRounds: [1, 2, 3], want: "conflict:proofing.roundOutOfRange" },
    { round: 0, want: "conflict:proofing.roundOutOfRange" },
    { round: 2, rounds: 1, signedRounds: [1], want: "conflict:proofing.roundOutOfRange" },
    { round: 1, pageState: "layout", want: "conflict:proofing.pageNotSubmitted" },
    { round: 1, pageState: "signed", want: "conflict:proofing.pageNotSubmitted" },
  ];
  it.each(cases)("round $round after $signedRounds (page $pageState) → $want", ({ want, ...input }) => {
    expect(outcome(() => decideRoundSign({ pageState: "submitted", rounds: 3, signedRounds: [], ...input }))).toBe(want);
  });

  it("says which round comes first, in the reader's language", () => {
    const e = (() => {
      try {
        decideRoundSign({ pageState: "submitted", rounds: 3, signedRounds: [1], round: 3 });
      } catch (err) {
        return err as DomainError;
      }
    })()!;
    expect(renderMessage("zh-CN", e.reason)).toBe("须先签二校，才能签三校");
  });
});

describe("decideMarkRound: a mark belongs to the round in progress", () => {
  it.each([
    { pageState: "submitted", signedRounds: [], want: "ok:1" },
    { pageState: "submitted", signedRounds: [1], want: "ok:2" },
    { pageState: "submitted", signedRounds: [1, 2, 3], want: "conflict:proofing.allRoundsSigned" },
    { pageState: "layout", signedRounds: [], want: "conflict:proofing.pageNotSubmitted" },
    { pageState: "released", signedRounds: [1, 2, 3], want: "conflict:proofing.pageNotSubmitted" },
  ] as const)("page $pageState, signed $signedRounds → $want", ({ want, ...input }) => {
    expect(outcome(() => decideMarkRound({ rounds: 3, ...input }))).toBe(want);
  });
});

describe("decideMarkResolve", () => {
  const cases: (Partial<MarkResolveInput> & { want: string })[] = [
    { action: "accept", want: "ok" },
    { action: "reject", reason: "原文无误", want: "ok" },
    { action: "reject", reason: "  ", want: "bad_request:proofing.rejectReasonRequired" },
    { action: "reject", reason: null, want: "bad_request:proofing.rejectReasonRequired" },
    { action: "accept", state: "accepted", want: "conflict:proofing.markResolved" },
    { action: "reject", state: "rejected", reason: "x", want: "conflict:proofing.markResolved" },
    { action: "accept", baseVersion: 1, version: 2, want: "conflict:proofing.markStale" },
  ];
  it.each(cases)("$action a $state mark → $want", ({ want, ...input }) => {
    expect(outcome(() => decideMarkResolve({ action: "accept", state: "open", version: 1, baseVersion: 1, ...input }))).toBe(want);
  });
});

describe("clearsProofRounds: 退回重排 and 撤签 send the page to be proofread again", () => {
  it.each(PAGE_ACTIONS.map((a) => ({ action: a, want: a === "reject" || a === "withdraw" })))("$action → $want", ({ action, want }) => expect(clearsProofRounds(action)).toBe(want));
});
