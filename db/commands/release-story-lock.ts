import { eq } from "drizzle-orm";
import type { Db } from "../client";
import { storyLocks } from "../schema";

/** Gives the lease back (only the holder's own lease; anything else is a no-op). */
export function releaseStoryLock(db: Db, { storyId, actorId }: { storyId: number; actorId: number }): void {
  const lock = db.select().from(storyLocks).where(eq(storyLocks.storyId, storyId)).get();
  if (lock && lock.holderId === actorId) db.delete(storyLocks).where(eq(storyLocks.storyId, storyId)).run();
}
