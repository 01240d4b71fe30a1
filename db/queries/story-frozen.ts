import { and, eq, inArray } from "drizzle-orm";
import { FROZEN_PAGE_STATES } from "@/lib/page-states";
import type { DbOrTx } from "../client";
import { pageElements, pages, stories } from "../schema";

/** A story is frozen while its page, or any page with a box of it, is signed or released. */
export function isStoryFrozen(tx: DbOrTx, storyId: number): boolean {
  const onPage = tx
    .select({ id: pages.id })
    .from(stories)
    .innerJoin(pages, eq(pages.id, stories.pageId))
    .where(and(eq(stories.id, storyId), inArray(pages.state, FROZEN_PAGE_STATES)))
    .get();
  if (onPage) return true;
  const inBox = tx
    .select({ id: pages.id })
    .from(pageElements)
    .innerJoin(pages, eq(pages.id, pageElements.pageId))
    .where(and(eq(pageElements.storyId, storyId), inArray(pages.state, FROZEN_PAGE_STATES)))
    .get();
  return inBox !== undefined;
}
