import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { notifications } from "../schema";

/** Marks one of the user's notifications read; false when the user has no such notification. */
export function markNotificationRead(db: DbOrTx, { userId, id }: { userId: number; id: number }): boolean {
  const row = db.select({ id: notifications.id, readAt: notifications.readAt }).from(notifications).where(and(eq(notifications.id, id), eq(notifications.userId, userId))).get();
  if (!row) return false;
  if (row.readAt === null) db.update(notifications).set({ readAt: new Date().toISOString() }).where(eq(notifications.id, id)).run();
  return true;
}
