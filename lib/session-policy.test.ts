import { describe, expect, it } from "vitest";
import { SESSION_MAX_AGE_SECONDS, sessionRowsExpireBefore, sessionSeenIsStale } from "./session-policy";

describe("the session row's upkeep", () => {
  it("writes seen_at again only after an hour", () => {
    const now = Date.UTC(2019, 0, 9, 8);
    expect(sessionSeenIsStale(now - 59 * 60_000, now)).toBe(false);
    expect(sessionSeenIsStale(now - 60 * 60_000, now)).toBe(true);
  });

  it("deletes a row only once its session's JWT cannot be valid any more", () => {
    const now = Date.UTC(2019, 0, 9, 8);
    expect(now - sessionRowsExpireBefore(now)).toBeGreaterThan(SESSION_MAX_AGE_SECONDS * 1000);
  });
});
