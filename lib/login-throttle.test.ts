import { describe, expect, it } from "vitest";
import { afterFailure, LOGIN_THRESHOLD, THROTTLE_BASE_LOCK_MS, THROTTLE_WINDOW_MS, type ThrottleState } from "./login-throttle";

function failTimes(n: number, key: string, now = 1_000_000): ThrottleState | undefined {
  let s: ThrottleState | undefined;
  for (let i = 0; i < n; i++) s = afterFailure(s, key, now);
  return s;
}

describe("login throttle", () => {
  it("does not lock before the threshold", () => {
    expect(failTimes(LOGIN_THRESHOLD - 1, "login:limeng")!.lockedUntil).toBe(0);
  });
  it("locks at the threshold and doubles the lock with each further failure", () => {
    const now = 1_000_000;
    expect(failTimes(LOGIN_THRESHOLD, "login:limeng", now)!.lockedUntil).toBe(now + THROTTLE_BASE_LOCK_MS);
    expect(failTimes(LOGIN_THRESHOLD + 1, "login:limeng", now)!.lockedUntil).toBe(now + 2 * THROTTLE_BASE_LOCK_MS);
  });
  it("lets an office address fail more often than one login", () => {
    expect(failTimes(LOGIN_THRESHOLD, "ip:10.0.0.1")!.lockedUntil).toBe(0);
  });
  it("starts a new window after the old one ends", () => {
    const s = failTimes(LOGIN_THRESHOLD - 1, "login:x")!;
    const later = afterFailure(s, "login:x", s.windowStartedAt + THROTTLE_WINDOW_MS + 1);
    expect(later.failures).toBe(1);
  });
});
