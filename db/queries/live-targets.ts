import { eq, gt, max } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { editions, notifications, pages, stories } from "../schema";

/** What a live event names besides the id (app/_server/live.ts): the edition a story or page is in. */
export function storyEditionDate(db: DbOrTx, { id }: { id: number }): string | undefined {
  return db.select({ date: editions.date }).from(stories).innerJoin(editions, eq(editions.id, stories.editionId)).where(eq(stories.id, id)).get()?.date;
}

export function pageEditionDate(db: DbOrTx, { id }: { id: number }): string | undefined {
  return db.select({ date: editions.date }).from(pages).innerJoin(editions, eq(editions.id, pages.editionId)).where(eq(pages.id, id)).get()?.date;
}

/** The newest notification's id (0 for none): read just before a write, to find the ones it added. */
export function lastNotificationId(db: DbOrTx): number {
  return db.select({ id: max(notifications.id) }).from(notifications).get()?.id ?? 0;
}

/** Who got a notification with an id above `afterId` (ids only grow: the table is AUTOINCREMENT). */
export function notifiedUserIdsAfter(db: DbOrTx, { afterId }: { afterId: number }): number[] {
  return db.selectDistinct({ userId: notifications.userId }).from(notifications).where(gt(notifications.id, afterId)).all().map((r) => r.userId);
}
