import { eq } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { userSessions } from "../schema";

/** Notes that the session was used (called at most hourly per session; see lib/session-policy.ts). */
export function touchUserSession(db: DbOrTx, { sessionId, now }: { sessionId: string; now: number }): void {
  db.update(userSessions).set({ seenAt: now }).where(eq(userSessions.id, sessionId)).run();
}
