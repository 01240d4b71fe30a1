import { and, desc, eq } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { storyRevisions } from "../schema";
import type { StoryText } from "@/lib/story-text";

/** Autosaves by the same person within this window coalesce into one revision. */
export const COALESCE_MS = 5 * 60_000;

/**
 * Records the story's content after a change. An "edit" by the same author within COALESCE_MS of
 * their last "edit" revision (with nothing else in between) updates that revision instead of adding
 * one; every other cause (a transition, a restore) always cuts a new revision.
 */
export function writeRevision(
  tx: DbOrTx,
  { storyId, storyVersion, authorId, cause, content, now = new Date() }: { storyId: number; storyVersion: number; authorId: number | null; cause: string; content: StoryText; now?: Date },
): number {
  const last = tx.select().from(storyRevisions).where(eq(storyRevisions.storyId, storyId)).orderBy(desc(storyRevisions.number)).limit(1).get();
  const coalesce =
    last !== undefined &&
    cause === "edit" &&
    last.cause === "edit" &&
    last.authorId === authorId &&
    now.getTime() - Date.parse(last.createdAt) < COALESCE_MS;
  if (coalesce) {
    tx.update(storyRevisions)
      .set({ content, storyVersion })
      .where(and(eq(storyRevisions.storyId, storyId), eq(storyRevisions.number, last.number)))
      .run();
    return last.number;
  }
  const number = (last?.number ?? 0) + 1;
  tx.insert(storyRevisions).values({ storyId, number, storyVersion, authorId, cause, content, createdAt: now.toISOString() }).run();
  return number;
}
