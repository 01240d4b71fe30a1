import type { DbOrTx } from "../client";
import { notifications } from "../schema";
import type { Notice } from "@/lib/notifications";

/**
 * In-app notifications, written in the same transaction as the change they announce (worded when read).
 * A notification links to a story or to a page (`pageId`, for the page hand-overs).
 */
export function notify(
  tx: DbOrTx,
  { userIds, storyId, pageId = null, notice, exceptUserId }: { userIds: number[]; storyId: number | null; pageId?: number | null; notice: Notice; exceptUserId?: number },
): void {
  for (const userId of new Set(userIds)) {
    if (userId === exceptUserId) continue;
    tx.insert(notifications).values({ userId, storyId, pageId, kind: notice.kind, params: notice.params }).run();
  }
}
