import type { Db } from "@/db/client";
import { lastNotificationId, notifiedUserIdsAfter, pageEditionDate, storyEditionDate } from "@/db/queries/live-targets";
import { EventHub } from "@/lib/live/event-hub";
import type { LiveEvent } from "@/lib/live/live-events";

// One hub per server process, on globalThis: route bundles that each import this module share it.
const globalForHub = globalThis as unknown as { newsdeskEventHub?: EventHub };

export function eventHub(): EventHub {
  if (!globalForHub.newsdeskEventHub) globalForHub.newsdeskEventHub = new EventHub();
  return globalForHub.newsdeskEventHub;
}

/**
 * Runs one write — a synchronous command, its own transaction — and only once it has returned (the
 * transaction committed) tells the open streams what changed: `changed(result)`, plus a `notification`
 * event for each user the write notified. A write that throws (rolled back) publishes nothing.
 *
 * Notifications are found as the rows above the newest id read just before: better-sqlite3 is
 * synchronous, so no other request runs between that read, the write and the read after it.
 */
export function publishing<T>(db: Db, write: () => T, changed: (result: T) => (LiveEvent | null)[] = () => []): T {
  const before = lastNotificationId(db);
  const result = write();
  if (result instanceof Promise) throw new Error("publishing() takes a synchronous write");
  const notified = notifiedUserIdsAfter(db, { afterId: before }).map((userId): LiveEvent => ({ type: "notification", userId }));
  eventHub().publish([...changed(result).filter((e): e is LiveEvent => e !== null), ...notified]);
  return result;
}

/** "This story changed", with its edition (null when the story is gone). */
export function storyChanged(db: Db, id: number): LiveEvent | null {
  const editionDate = storyEditionDate(db, { id });
  return editionDate ? { type: "story", id, editionDate } : null;
}

/** "This page changed", with its edition; for a deleted page, give the date read before the delete. */
export function pageChanged(db: Db, id: number, editionDate = pageEditionDate(db, { id })): LiveEvent | null {
  return editionDate ? { type: "page", id, editionDate } : null;
}
