import crypto from "node:crypto";
import { lt } from "drizzle-orm";
import { sessionRowsExpireBefore } from "@/lib/session-policy";
import type { DbOrTx } from "../client";
import { userSessions } from "../schema";

/** Records a new signed-in session and returns its id (carried in the JWT); clears rows of expired ones. */
export function startUserSession(db: DbOrTx, { userId, now = Date.now() }: { userId: number; now?: number }): string {
  const id = crypto.randomBytes(24).toString("base64url");
  db.delete(userSessions).where(lt(userSessions.seenAt, sessionRowsExpireBefore(now))).run();
  db.insert(userSessions).values({ id, userId, seenAt: now }).run();
  return id;
}
