/**
 * Sign-in throttling policy (pure). Failures are counted per key ("login:x", "ip:y") inside a window;
 * past the threshold each further failure locks the key for twice as long, up to a cap.
 */
export const THROTTLE_WINDOW_MS = 15 * 60_000;
export const THROTTLE_MAX_LOCK_MS = 15 * 60_000;
export const THROTTLE_BASE_LOCK_MS = 30_000;
export const LOGIN_THRESHOLD = 5;
/** Higher than per-login: a newsroom shares one office address. */
export const IP_THRESHOLD = 30;

export interface ThrottleState {
  failures: number;
  windowStartedAt: number;
  lockedUntil: number;
}

export function thresholdFor(key: string): number {
  return key.startsWith("ip:") ? IP_THRESHOLD : LOGIN_THRESHOLD;
}

/** The state after one more failure at `now`. */
export function afterFailure(prev: ThrottleState | undefined, key: string, now: number): ThrottleState {
  const fresh = !prev || now - prev.windowStartedAt > THROTTLE_WINDOW_MS;
  const failures = fresh ? 1 : prev.failures + 1;
  const windowStartedAt = fresh ? now : prev.windowStartedAt;
  const over = failures - thresholdFor(key);
  const lockedUntil =
    over >= 0 ? now + Math.min(THROTTLE_BASE_LOCK_MS * 2 ** Math.min(over, 10), THROTTLE_MAX_LOCK_MS) : (prev?.lockedUntil ?? 0);
  return { failures, windowStartedAt, lockedUntil };
}
