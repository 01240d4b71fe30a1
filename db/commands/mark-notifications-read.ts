import { and, eq, isNull } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { notifications } from "../schema";

export function markNotificationsRead(db: DbOrTx, { userId }: { userId: number }): void {
  db.update(notifications)
    .set({ readAt: new Date().toISOString() })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
    .run();
}
