import { describe, expect, it } from "vitest";
import { HANDOVER_RETRIES, HANDOVER_RETRY_MS, LEASE_MS, LEASE_RENEW_MS, LEASE_RETRY_MS, leaseOnOpen, leaseStateOf, nextLeaseRequest, untilLeaseEnds, type LockInfo } from "./lease-policy";

const mine: LockInfo = { holderId: 2, holderName: "李强", acquiredAt: "2019-01-09T08:00:00.000Z", expiresAt: 1 };
const theirs: LockInfo = { holderId: 3, holderName: "值班总编", acquiredAt: "2019-01-09T08:05:00.000Z", expiresAt: 2 };

describe("lease timings", () => {
  it("renews often enough that two missed renewals still keep the lease", () => {
    expect(LEASE_RENEW_MS * 3).toBeLessThanOrEqual(LEASE_MS);
  });
});

describe("leaseOnOpen: take the lease only when the story is at this person's step", () => {
  it("takes it for a reporter's own story and on the desk's turn, not otherwise", () => {
    expect(leaseOnOpen("reporter", "draft")).toBe(true);
    expect(leaseOnOpen("editor", "filed")).toBe(true);
    expect(leaseOnOpen("editor", "draft")).toBe(false);
    expect(leaseOnOpen("editor", "edited")).toBe(false);
    expect(leaseOnOpen("chief", "edited")).toBe(true);
    expect(leaseOnOpen("chief", "filed")).toBe(false);
    expect(leaseOnOpen("chief", "approved")).toBe(true);
    expect(leaseOnOpen("admin", "filed")).toBe(false);
    // 三审: the desk head's 复审 waits in edited, the chief's 终审 also in reviewed
    expect(leaseOnOpen("desk_head", "edited")).toBe(true);
    expect(leaseOnOpen("desk_head", "filed")).toBe(true);
    expect(leaseOnOpen("desk_head", "reviewed")).toBe(false);
    expect(leaseOnOpen("chief", "reviewed")).toBe(true);
    expect(leaseOnOpen("proofreader", "edited")).toBe(false);
  });
});

describe("nextLeaseRequest", () => {
  const base = { held: false, refusedByHolder: false, patient: false, timesHeld: 0, timesRefused: 0 };

  it("renews a held lease and retries after a network failure", () => {
    expect(nextLeaseRequest({ ...base, held: true, timesHeld: 4 })).toBe(LEASE_RENEW_MS);
    expect(nextLeaseRequest({ ...base, timesRefused: 9 })).toBe(LEASE_RETRY_MS);
  });

  it("waits a few quick rounds for a handover when patient, then stops asking", () => {
    const refused = { ...base, refusedByHolder: true, patient: true };
    expect(nextLeaseRequest({ ...refused, timesRefused: 1 })).toBe(HANDOVER_RETRY_MS);
    expect(nextLeaseRequest({ ...refused, timesRefused: HANDOVER_RETRIES })).toBe(HANDOVER_RETRY_MS);
    expect(nextLeaseRequest({ ...refused, timesRefused: HANDOVER_RETRIES + 1 })).toBe(false);
  });

  it("never grabs a freed story for an idle tab, nor after the lease was taken from us", () => {
    expect(nextLeaseRequest({ ...base, refusedByHolder: true, timesRefused: 1 })).toBe(false);
    expect(nextLeaseRequest({ ...base, refusedByHolder: true, patient: true, timesHeld: 3, timesRefused: 1 })).toBe(false);
  });
});

describe("leaseStateOf", () => {
  const on = { enabled: true, lock: undefined, refusedBy: null, errorMessage: "" };

  it("is off when not enabled and acquiring while the first request runs", () => {
    expect(leaseStateOf({ ...on, enabled: false, status: "success", lock: mine })).toEqual({ kind: "off" });
    expect(leaseStateOf({ ...on, status: "pending" })).toEqual({ kind: "acquiring" });
  });

  it("tells a lease someone holds (foreign) from one taken from us (lost)", () => {
    expect(leaseStateOf({ ...on, status: "error", refusedBy: theirs })).toEqual({ kind: "foreign", lock: theirs });
    expect(leaseStateOf({ ...on, status: "error", lock: mine, refusedBy: theirs })).toEqual({ kind: "lost", lock: theirs });
  });

  it("keeps a held lease through a renewal lost to the network; reports a first request that failed", () => {
    expect(leaseStateOf({ ...on, status: "error", lock: mine, errorMessage: "network" })).toEqual({ kind: "held", lock: mine });
    expect(leaseStateOf({ ...on, status: "error", errorMessage: "network" })).toEqual({ kind: "error", message: "network" });
    expect(leaseStateOf({ ...on, status: "success", lock: mine })).toEqual({ kind: "held", lock: mine });
  });
});

describe("untilLeaseEnds: a reader showing someone's lease asks again when it would run out", () => {
  it("just after the end, at least a second away, never without a lease", () => {
    expect(untilLeaseEnds({ expiresAt: 100_000 }, 40_000)).toBe(61_000);
    expect(untilLeaseEnds({ expiresAt: 100_000 }, 120_000)).toBe(1_000);
    expect(untilLeaseEnds(null, 0)).toBe(false);
  });
});
