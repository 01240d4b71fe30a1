import type { CheckCounts } from "@/lib/check-desk/finding-status";
import type { DbOrTx } from "../client";
import { storyCheckCounts } from "../schema";
import type { DeskCheckLists } from "../queries/check-desk-lists";
import { checkStory } from "../queries/story-check";

/**
 * Counts the machine check's findings of a story's saved text and keeps them (story_check_counts), so the
 * edition's check summary reads counts, not bodies. Call it in the transaction that saved the text or a dismissal.
 */
export function recordStoryCheckCounts(tx: DbOrTx, storyId: number, lists?: DeskCheckLists): CheckCounts | null {
  const check = checkStory(tx, storyId, lists);
  if (!check) return null;
  const row = { storyVersion: check.storyVersion, listsVersion: check.listsVersion, ...check.counts, updatedAt: new Date().toISOString() };
  tx.insert(storyCheckCounts)
    .values({ storyId, ...row })
    .onConflictDoUpdate({ target: storyCheckCounts.storyId, set: row })
    .run();
  return check.counts;
}
