import { eq } from "drizzle-orm";
import { autoPlace, type FixedBox, type PlacementItem } from "@/lib/copyfit/auto-place";
import { DomainError } from "@/lib/errors";
import type { AutoLayoutBody } from "@/lib/api/page-schemas";
import type { PageState } from "@/lib/page-states";
import type { Message } from "@/lib/i18n/translate";
import type { Db } from "../client";
import { pageElements, pages } from "../schema";
import { copyfitStoryOf } from "@/lib/copyfit/story-input";
import { gridOf } from "../queries/page-fits";
import { getStoryById } from "../queries/stories";
import { loadPageForLayout, writeLayout, type LayoutElementInput } from "./save-page-layout";

/** The POST /api/pages/:id/auto-layout body (storyIds in reading order: the first is the lead). */
export type AutoLayoutRequest = AutoLayoutBody & { pageId: number; actor: { id: number } };

export interface AutoLayoutResult {
  version: number;
  state: PageState;
  placed: number[];
  /** Why each story found no room: a message (error.setting.*), rendered in the caller's language by the route. */
  unplaced: { id: number; reason: Message }[];
}

/**
 * "Auto-lay-out": places the chosen stories into the page's free area so that each one fits, keeping
 * every box already on the page (ads, furniture, locked and unlocked boxes) where it is; saves the
 * result like a layout save and reports the stories that found no room, with the reason.
 */
export function autoLayoutPage(db: Db, req: AutoLayoutRequest): AutoLayoutResult {
  return db.transaction((tx) => {
    const page = loadPageForLayout(tx, req.pageId, req.baseVersion);
    if (new Set(req.storyIds).size !== req.storyIds.length) throw new DomainError("unprocessable", "autoLayout.storyTwice");
    const items: PlacementItem[] = req.storyIds.map((id) => {
      const story = getStoryById(tx, { id });
      if (!story) throw new DomainError("unprocessable", "autoLayout.storyMissing", { id });
      if (story.editionId !== page.editionId) throw new DomainError("unprocessable", "autoLayout.storyOfOtherEdition", { id });
      if (story.status === "spiked") throw new DomainError("unprocessable", "autoLayout.storySpiked", { id });
      const box = tx
        .select({ number: pages.number })
        .from(pageElements)
        .innerJoin(pages, eq(pages.id, pageElements.pageId))
        .where(eq(pageElements.storyId, id))
        .get();
      if (box) throw new DomainError("unprocessable", "autoLayout.storyOnOtherPage", { id, number: box.number });
      return { id: String(id), kind: story.kind === "photo" ? "photo" : "story", story: { ...copyfitStoryOf(story), jumpLines: story.continues ? 1 : 0 } };
    });

    const existing = tx.select().from(pageElements).where(eq(pageElements.pageId, page.id)).all();
    const fixed: FixedBox[] = existing.map((e) => ({ id: `element-${e.id}`, rect: e, kind: e.kind === "ad" ? "ad" : "furniture" }));
    const { placed, unplaced } = autoPlace(items, fixed, gridOf(page));
    const unplacedOut = unplaced.map((u) => ({ id: Number(u.id), reason: u.reason }));
    if (placed.length === 0) return { version: page.version, state: page.state, placed: [], unplaced: unplacedOut };

    const kept: LayoutElementInput[] = existing.map(({ pageId: _pageId, ...e }) => e);
    const added: LayoutElementInput[] = placed.map((p) => ({
      kind: items.find((i) => i.id === p.id)!.kind,
      storyId: Number(p.id),
      ...p.rect,
      textColumnSpan: p.setting.textColumnSpan ?? 1,
      headlineSize: p.setting.headlineSize ?? "medium",
    }));
    const saved = writeLayout(tx, page, [...kept, ...added], req.actor.id, "auto-layout");
    return { ...saved, placed: placed.map((p) => Number(p.id)), unplaced: unplacedOut };
  });
}
