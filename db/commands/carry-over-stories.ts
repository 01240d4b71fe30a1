import { and, count, eq, inArray, max } from "drizzle-orm";
import { isCarryOverState } from "@/lib/carry-over";
import { EDITION_LIMITS } from "@/lib/edition-limits";
import { DomainError } from "@/lib/errors";
import { label } from "@/lib/i18n/translate";
import type { DbOrTx } from "../client";
import { editions, pageElements, pages, stories } from "../schema";
import { isStoryFrozen } from "../queries/story-frozen";
import { recordAudit } from "./record-audit";

export interface CarryOver {
  storyIds: readonly number[];
  toEditionId: number;
  actor: { id: number | null };
}

export interface CarriedStories {
  /** each story moved, with the date of the edition it left */
  stories: { id: number; fromDate: string }[];
  /** pages of the old editions that lost the stories' boxes (their version moved on) */
  pageIds: number[];
}

/**
 * Moves unfinished stories of earlier editions into the edition `toEditionId` (inside the caller's
 * transaction): the story row changes edition — its revisions, comments, bylines, assignees and audit stay
 * with it, nothing is copied — and joins the end of the new budget, unplaced. Its boxes on the old pages
 * (story, photo and 转版 boxes) are taken off, as a layout edit would, and those pages' versions move on so
 * an open layout editor reloads rather than saving the box back. Refused, before anything is written: an id
 * given twice or unknown (422), a story no longer unfinished (409), one of an edition not earlier than the
 * new one (422), one held by a signed or released page (409). Each move is audited on the story
 * (`carry-over`, from → to date) and each page on the page.
 */
export function carryOverStories(tx: DbOrTx, { storyIds, toEditionId, actor }: CarryOver): CarriedStories {
  if (storyIds.length === 0) return { stories: [], pageIds: [] };
  const twice = storyIds.find((id, i) => storyIds.indexOf(id) !== i);
  if (twice !== undefined) throw new DomainError("unprocessable", "carryOver.twice", { id: twice });
  const target = tx.select({ id: editions.id, date: editions.date }).from(editions).where(eq(editions.id, toEditionId)).get();
  if (!target) throw new DomainError("not_found", "carryOver.noEdition", { id: toEditionId });

  const rows = tx
    .select({ id: stories.id, slug: stories.slug, headline: stories.headline, status: stories.status, editionId: stories.editionId, editionDate: editions.date })
    .from(stories)
    .innerJoin(editions, eq(editions.id, stories.editionId))
    .where(inArray(stories.id, [...storyIds]))
    .all();
  const byId = new Map(rows.map((r) => [r.id, r]));
  const ordered = storyIds.map((id) => {
    const story = byId.get(id);
    if (!story) throw new DomainError("unprocessable", "carryOver.storyMissing", { id });
    const name = story.headline ?? story.slug;
    if (!isCarryOverState(story.status)) throw new DomainError("conflict", "carryOver.notUnfinished", { story: name, status: label("status", story.status) }, { storyId: id });
    if (story.editionDate >= target.date) throw new DomainError("unprocessable", "carryOver.notEarlier", { story: name, date: story.editionDate, target: target.date }, { storyId: id });
    if (isStoryFrozen(tx, id)) throw new DomainError("conflict", "carryOver.onSignedPage", { story: name }, { storyId: id });
    return story;
  });

  const inTarget = tx.select({ stories: count(), last: max(stories.position) }).from(stories).where(eq(stories.editionId, target.id)).get()!;
  if (inTarget.stories + ordered.length > EDITION_LIMITS.storiesPerEdition) {
    throw new DomainError("conflict", "edition.tooManyStories", { max: EDITION_LIMITS.storiesPerEdition });
  }

  // Boxes of these stories on the old pages: taken off (a story box needs its story), pages bumped.
  const ids = ordered.map((s) => s.id);
  const boxes = tx.select({ id: pageElements.id, pageId: pageElements.pageId }).from(pageElements).where(inArray(pageElements.storyId, ids)).all();
  const pageIds = [...new Set(boxes.map((b) => b.pageId))];
  if (boxes.length) tx.delete(pageElements).where(inArray(pageElements.id, boxes.map((b) => b.id))).run();
  const now = new Date().toISOString();
  for (const pageId of pageIds) {
    const page = tx.select({ version: pages.version, state: pages.state }).from(pages).where(eq(pages.id, pageId)).get()!;
    tx.update(pages).set({ version: page.version + 1, updatedAt: now }).where(eq(pages.id, pageId)).run();
    const taken = boxes.filter((b) => b.pageId === pageId).length;
    recordAudit(tx, { actorId: actor.id, entityType: "page", entityId: pageId, action: "carry-over", fromState: page.state, toState: page.state, reason: `${taken} 个版块随稿件转入 ${target.date} (${taken} boxes carried over)` });
  }

  let position = Math.max(inTarget.last ?? 0, 0);
  for (const story of ordered) {
    position += 1;
    const moved = tx
      .update(stories)
      .set({ editionId: target.id, pageId: null, position, updatedAt: now })
      .where(and(eq(stories.id, story.id), eq(stories.editionId, story.editionId), eq(stories.status, story.status)))
      .run();
    if (moved.changes !== 1) throw new DomainError("conflict", "carryOver.changed", { story: story.headline ?? story.slug });
    recordAudit(tx, { actorId: actor.id, entityType: "story", entityId: story.id, action: "carry-over", fromState: story.status, toState: story.status, reason: `${story.editionDate} → ${target.date}` });
  }
  return { stories: ordered.map((s) => ({ id: s.id, fromDate: s.editionDate })), pageIds };
}
