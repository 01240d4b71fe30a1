import { desc, eq } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { editions, notifications, pages } from "../schema";

/**
 * The user's latest 50 notifications, newest first, each with where it leads: the story, or the page of a page
 * hand-over (its edition date and number, for the link).
 */
export function listNotificationsWithLinks(db: DbOrTx, { userId }: { userId: number }) {
  const rows = db
    .select({ notification: notifications, pageDate: editions.date, pageNumber: pages.number })
    .from(notifications)
    .leftJoin(pages, eq(pages.id, notifications.pageId))
    .leftJoin(editions, eq(editions.id, pages.editionId))
    .where(eq(notifications.userId, userId))
    .orderBy(desc(notifications.id))
    .limit(50)
    .all();
  return rows.map(({ notification: n, pageDate, pageNumber }) => ({
    ...n,
    href: pageDate !== null && pageNumber !== null ? `/editions/${pageDate}/pages/${pageNumber}` : n.storyId !== null ? `/stories/${n.storyId}` : null,
  }));
}
