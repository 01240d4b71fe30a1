import { asc, eq } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { storyCorrections, users } from "../schema";

/** The most corrections one answer lists: a story has a handful; the bound keeps the read small whatever happens. */
export const STORY_CORRECTIONS_MAX = 200;

/** A story's 更正, oldest first: the note, the 差错 it corrects, who made it and when (story_corrections_story_idx). */
export function listStoryCorrections(db: DbOrTx, { storyId }: { storyId: number }) {
  return db
    .select({ id: storyCorrections.id, note: storyCorrections.note, errorCount: storyCorrections.errorCount, createdAt: storyCorrections.createdAt, author: users.name })
    .from(storyCorrections)
    .innerJoin(users, eq(users.id, storyCorrections.createdById))
    .where(eq(storyCorrections.storyId, storyId))
    .orderBy(asc(storyCorrections.id))
    .limit(STORY_CORRECTIONS_MAX)
    .all();
}
