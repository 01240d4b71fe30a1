import type { DbOrTx } from "../client";
import { NOTIFICATION_KINDS, notifications } from "../schema";

type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** In-app notifications, written in the same transaction as the change they announce. */
export function notify(
  tx: DbOrTx,
  { userIds, storyId, kind, message, exceptUserId }: { userIds: number[]; storyId: number | null; kind: NotificationKind; message: string; exceptUserId?: number },
): void {
  for (const userId of new Set(userIds)) {
    if (userId === exceptUserId) continue;
    tx.insert(notifications).values({ userId, storyId, kind, message }).run();
  }
}
