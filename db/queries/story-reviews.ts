import { asc, eq, inArray } from "drizzle-orm";
import { reviewLevelCount, type ReviewAct, type ReviewSheetEntry } from "@/lib/review/review-levels";
import type { ReviewLevels } from "@/lib/proofing/kinds";
import type { DbOrTx } from "../client";
import { editions, stories, storyReviews, users } from "../schema";

export type { ReviewSheetEntry };

/** Every review act of the story, oldest first, as the one-person-one-level rule reads them (all versions). */
export function reviewActsOf(db: DbOrTx, storyId: number): ReviewAct[] {
  return db
    .select({ level: storyReviews.level, outcome: storyReviews.outcome, reviewerId: storyReviews.reviewerId })
    .from(storyReviews)
    .where(eq(storyReviews.storyId, storyId))
    .orderBy(asc(storyReviews.id))
    .all();
}

/**
 * The 审稿单 of several stories at once (the signed page's snapshot), oldest act first, each with the reviewer's
 * name. A story's acts are few (a handful of levels, a return now and then), read through story_reviews_story_idx.
 */
export function reviewSheetsOf(db: DbOrTx, storyIds: readonly number[]): Map<number, ReviewSheetEntry[]> {
  const sheets = new Map<number, ReviewSheetEntry[]>(storyIds.map((id) => [id, []]));
  if (storyIds.length === 0) return sheets;
  const rows = db
    .select({
      storyId: storyReviews.storyId,
      level: storyReviews.level,
      outcome: storyReviews.outcome,
      reviewerId: storyReviews.reviewerId,
      reviewer: users.name,
      at: storyReviews.createdAt,
      opinion: storyReviews.opinion,
      zi: storyReviews.zi,
      revision: storyReviews.revision,
    })
    .from(storyReviews)
    .innerJoin(users, eq(users.id, storyReviews.reviewerId))
    .where(inArray(storyReviews.storyId, [...storyIds]))
    .orderBy(asc(storyReviews.storyId), asc(storyReviews.id))
    .all();
  for (const { storyId, ...entry } of rows) sheets.get(storyId)?.push(entry);
  return sheets;
}

/** One story's 审稿单, oldest act first. */
export function reviewSheetOf(db: DbOrTx, storyId: number): ReviewSheetEntry[] {
  return reviewSheetsOf(db, [storyId]).get(storyId) ?? [];
}

/** The review levels a story follows: its edition's (fixed when the edition was made). */
export function reviewLevelsOfStory(db: DbOrTx, storyId: number): ReviewLevels {
  const row = db.select({ n: editions.reviewLevels }).from(stories).innerJoin(editions, eq(editions.id, stories.editionId)).where(eq(stories.id, storyId)).get();
  return reviewLevelCount(row?.n);
}
