import { asc, eq } from "drizzle-orm";
import type { CheckCounts } from "@/lib/check-desk/finding-status";
import type { Db } from "../client";
import { pages, stories, storyCheckCounts } from "../schema";
import { recordStoryCheckCounts } from "../commands/record-story-check-counts";
import { currentCheckLists } from "./check-desk-lists";
import { editionIdOn } from "./edition-id";

export interface StoryCheckSummary extends CheckCounts {
  id: number;
  slug: string;
  headline: string | null;
  status: (typeof stories.$inferSelect)["status"];
  pageNumber: number | null;
}

export interface EditionCheckSummary {
  listsVersion: string;
  stories: StoryCheckSummary[];
  totals: CheckCounts;
  /** stories recounted for this answer (their text or the lists changed since they were counted) */
  recounted: number;
}

const ZERO: CheckCounts = { blockOpen: 0, warnOpen: 0, blockOverridden: 0, warnDismissed: 0 };

/**
 * The machine check of an edition, per story (in budget order): block and warning findings open, overridden and
 * dismissed. Reads the counts kept per story (story_check_counts); only a story whose text or whose lists changed
 * since it was counted is checked again (its body read once, the counts written back), so the work is bounded by
 * the edition's stories (EDITION_LIMITS) and, once counted, by none of their bodies.
 */
export function editionCheckSummary(db: Db, date: string): EditionCheckSummary {
  const lists = currentCheckLists(db);
  const rows = db
    .select({
      id: stories.id,
      slug: stories.slug,
      headline: stories.headline,
      status: stories.status,
      version: stories.version,
      pageNumber: pages.number,
      countedVersion: storyCheckCounts.storyVersion,
      countedLists: storyCheckCounts.listsVersion,
      blockOpen: storyCheckCounts.blockOpen,
      warnOpen: storyCheckCounts.warnOpen,
      blockOverridden: storyCheckCounts.blockOverridden,
      warnDismissed: storyCheckCounts.warnDismissed,
    })
    .from(stories)
    .leftJoin(pages, eq(pages.id, stories.pageId))
    .leftJoin(storyCheckCounts, eq(storyCheckCounts.storyId, stories.id))
    .where(eq(stories.editionId, editionIdOn(date)))
    .orderBy(asc(stories.position), asc(stories.id))
    .all();
  const stale = rows.filter((r) => r.countedVersion !== r.version || r.countedLists !== lists.version);
  const fresh = new Map<number, CheckCounts>();
  if (stale.length > 0) {
    db.transaction((tx) => {
      for (const r of stale) fresh.set(r.id, recordStoryCheckCounts(tx, r.id, lists) ?? ZERO);
    });
  }
  const summary = rows.map((r): StoryCheckSummary => {
    const counts = fresh.get(r.id) ?? { blockOpen: r.blockOpen ?? 0, warnOpen: r.warnOpen ?? 0, blockOverridden: r.blockOverridden ?? 0, warnDismissed: r.warnDismissed ?? 0 };
    return { id: r.id, slug: r.slug, headline: r.headline, status: r.status, pageNumber: r.pageNumber, ...counts };
  });
  const totals = summary.reduce<CheckCounts>(
    (t, s) => ({ blockOpen: t.blockOpen + s.blockOpen, warnOpen: t.warnOpen + s.warnOpen, blockOverridden: t.blockOverridden + s.blockOverridden, warnDismissed: t.warnDismissed + s.warnDismissed }),
    ZERO,
  );
  return { listsVersion: lists.version, stories: summary, totals, recounted: stale.length };
}
