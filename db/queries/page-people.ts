import { and, eq, inArray, isNotNull } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { pageElements, people, storyAssignees, storyBylines } from "../schema";

/** The users the stories in a page's boxes concern (byline staff and assignees): who 付印 of the page is told. */
export function pageStoryPeopleUserIds(tx: DbOrTx, { pageId }: { pageId: number }): number[] {
  const storyIds = tx
    .selectDistinct({ id: pageElements.storyId })
    .from(pageElements)
    .where(and(eq(pageElements.pageId, pageId), isNotNull(pageElements.storyId), inArray(pageElements.kind, ["story", "photo"])))
    .all()
    .flatMap((r) => (r.id === null ? [] : [r.id]));
  if (storyIds.length === 0) return [];
  const assignees = tx.select({ id: storyAssignees.userId }).from(storyAssignees).where(inArray(storyAssignees.storyId, storyIds)).all();
  const bylines = tx
    .select({ id: people.userId })
    .from(storyBylines)
    .innerJoin(people, eq(people.id, storyBylines.personId))
    .where(and(inArray(storyBylines.storyId, storyIds), isNotNull(people.userId)))
    .all();
  return [...new Set([...assignees, ...bylines].flatMap((r) => (r.id === null ? [] : [r.id])))];
}
