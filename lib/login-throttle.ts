/**
 * Sign-in throttling policy (pure). Failures are counted per key inside a window; past the key's threshold
 * each further failure locks the key for twice as long, up to a cap. Three keys per attempt:
 * - `login:<login>@<address>` (5): guessing one account from one address. Someone else's failures do not
 *   lock the account's owner out from their own address.
 * - `ip:<address>` (30): one address trying many accounts; bounds the bcrypt work one address can cause.
 * - `account:<login>` (50): one account guessed from many real addresses.
 * The address is the connection's (lib/client-address.ts): rotating X-Forwarded-For changes nothing.
 */
export const THROTTLE_WINDOW_MS = 15 * 60_000;
export const THROTTLE_MAX_LOCK_MS = 15 * 60_000;
export const THROTTLE_BASE_LOCK_MS = 30_000;
export const LOGIN_THRESHOLD = 5;
/** Higher than per-login: a newsroom shares one office address. */
export const IP_THRESHOLD = 30;
/** Failures on one account from all addresses together. */
export const ACCOUNT_THRESHOLD = 50;

/** The keys one sign-in attempt counts against (see above). */
export function throttleKeys(login: string, address: string): { loginFromAddress: string; address: string; account: string } {
  return { loginFromAddress: `login:${login}@${address}`, address: `ip:${address}`, account: `account:${login}` };
}

export interface ThrottleState {
  failures: number;
  windowStartedAt: number;
  lockedUntil: number;
}

export function thresholdFor(key: string): number {
  return key.startsWith("ip:") ? IP_THRESHOLD : key.startsWith("account:") ? ACCOUNT_THRESHOLD : LOGIN_THRESHOLD;
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
