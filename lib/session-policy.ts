/**
 * How long a signed-in session lives and how its server-side row is kept (db user_sessions). The JWT
 * carries the row's id; the row is what signing out, a password change or disabling the account removes.
 */

/** Twelve hours since the session was last refreshed (next-auth slides the JWT's expiry on use). */
export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

/** A session's `seen_at` is written at most this often (a write per request would be wasted work). */
export const SESSION_SEEN_REFRESH_MS = 60 * 60 * 1000;

/** Whether the row's `seen_at` is old enough to write again. */
export function sessionSeenIsStale(seenAt: number, now: number): boolean {
  return now - seenAt >= SESSION_SEEN_REFRESH_MS;
}

/** Rows last seen before this are of sessions whose JWT has expired: safe to delete. */
export function sessionRowsExpireBefore(now: number): number {
  return now - SESSION_MAX_AGE_SECONDS * 1000 - SESSION_SEEN_REFRESH_MS;
}
