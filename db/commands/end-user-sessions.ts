import { and, eq, ne } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { userSessions } from "../schema";

/** Ends one session (signing out): a copy of its cookie is refused from now on. */
export function endUserSession(db: DbOrTx, { sessionId }: { sessionId: string }): void {
  db.delete(userSessions).where(eq(userSessions.id, sessionId)).run();
}

/** Ends every session of a user, or every one but `except` (the one that changed the password). */
export function endUserSessions(db: DbOrTx, { userId, except }: { userId: number; except?: string }): void {
  db.delete(userSessions)
    .where(except ? and(eq(userSessions.userId, userId), ne(userSessions.id, except)) : eq(userSessions.userId, userId))
    .run();
}
