import { and, eq, inArray } from "drizzle-orm";
import type { LayoutElementInput } from "@/lib/api/page-schemas";
import { findOverlaps, rectInsideGrid } from "@/lib/copyfit/grid";
import { EDITION_LIMITS } from "@/lib/edition-limits";
import { DomainError } from "@/lib/errors";
import { messageList, type Message } from "@/lib/i18n/translate";
import type { ElementKind, PageState } from "@/lib/page-states";
import { isPageFrozen } from "@/lib/workflow/page-workflow";
import type { Db, DbOrTx } from "../client";
import { pageElements, pages, stories, type Page, type PageElement } from "../schema";
import { gridOf } from "../queries/page-fits";
import { recordAudit } from "./record-audit";

/** One box as the layout editor sends it (the request schema's type); `id` keeps an existing box. */
export type { LayoutElementInput };

export interface LayoutSave {
  pageId: number;
  baseVersion: number;
  elements: LayoutElementInput[];
  actor: { id: number };
}

/** The page, if it may take a layout write at `baseVersion`: 404 unknown, 409 signed/released, 409 stale. */
export function loadPageForLayout(tx: DbOrTx, pageId: number, baseVersion: number): Page {
  const page = tx.select().from(pages).where(eq(pages.id, pageId)).get();
  if (!page) throw new DomainError("not_found", "page.notFound", { id: pageId });
  if (isPageFrozen(page.state)) throw new DomainError("conflict", "page.frozen", {}, { state: page.state });
  if (page.version !== baseVersion) {
    throw new DomainError("conflict", "page.stale", { version: page.version, baseVersion }, { version: page.version });
  }
  return page;
}

const isTextKind = (kind: ElementKind) => kind === "story" || kind === "photo";

function unprocessable(problem: Message, index: number): DomainError {
  return new DomainError("unprocessable", "layout.box", { n: index + 1, problem: messageList([problem]) }, { index });
}

/** Geometry: every box whole and on the grid, no two sharing a cell (422 with the request indexes). */
function checkGeometry(elements: LayoutElementInput[], page: Page): void {
  const grid = gridOf(page);
  const outside = elements.flatMap((e, i) => (rectInsideGrid(e, grid) ? [] : [i]));
  const overlaps = findOverlaps(elements.map((e, i) => ({ id: String(i), rect: e }))).map(([a, b]) => [Number(a), Number(b)]);
  if (outside.length === 0 && overlaps.length === 0) return;
  const parts: Message[] = [
    ...(outside.length ? [{ key: "layout.outsideGrid", params: { count: outside.length } } as const] : []),
    ...(overlaps.length ? [{ key: "layout.overlapping", params: { count: overlaps.length } } as const] : []),
  ];
  throw new DomainError("unprocessable", "layout.problems", { problems: messageList(parts) }, { outside, overlaps });
}

/** Kinds, text columns and element ids (each existing box of this page at most once). */
function checkSettings(elements: LayoutElementInput[], existing: Map<number, PageElement>): void {
  const seenIds = new Set<number>();
  elements.forEach((e, i) => {
    const span = e.textColumnSpan ?? 1;
    if (e.columnSpan % span !== 0) throw unprocessable({ key: "layout.textColumnsDivide", params: { span, columns: e.columnSpan } }, i);
    if (e.kind === "story" && e.storyId == null) throw unprocessable({ key: "layout.storyBoxNeedsStory" }, i);
    if (!isTextKind(e.kind) && (e.storyId != null || e.continuedFromElementId != null)) {
      throw unprocessable({ key: "layout.noStoryInAdOrFurniture" }, i);
    }
    if (e.continuedFromElementId != null && e.storyId == null) throw unprocessable({ key: "layout.continuedBoxNeedsStory" }, i);
    if (e.id === undefined) return;
    if (!existing.has(e.id)) throw unprocessable({ key: "layout.elementNotOnPage", params: { id: e.id } }, i);
    if (seenIds.has(e.id)) throw unprocessable({ key: "layout.elementTwice", params: { id: e.id } }, i);
    seenIds.add(e.id);
  });
}

interface StoryBox {
  id: number;
  pageId: number;
  pageNumber: number;
  pageState: PageState;
  storyId: number | null;
  continuedFromElementId: number | null;
}

/** Every story/photo box of these stories on any page, with its page. */
function boxesOfStories(tx: DbOrTx, storyIds: number[]): Map<number, StoryBox> {
  if (storyIds.length === 0) return new Map();
  const rows = tx
    .select({
      id: pageElements.id,
      pageId: pageElements.pageId,
      pageNumber: pages.number,
      pageState: pages.state,
      storyId: pageElements.storyId,
      continuedFromElementId: pageElements.continuedFromElementId,
    })
    .from(pageElements)
    .innerJoin(pages, eq(pages.id, pageElements.pageId))
    .where(inArray(pageElements.storyId, storyIds))
    .all();
  return new Map(rows.map((r) => [r.id, r]));
}

/** Stories: of this edition, not spiked, once on the page, not already set on another page except as 转版. */
function checkStories(tx: DbOrTx, elements: LayoutElementInput[], page: Page, boxes: Map<number, StoryBox>): void {
  const ids = [...new Set(elements.flatMap((e) => (e.storyId == null ? [] : [e.storyId])))];
  const rows = ids.length ? tx.select({ id: stories.id, editionId: stories.editionId, status: stories.status }).from(stories).where(inArray(stories.id, ids)).all() : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const onPage = new Set<number>();
  elements.forEach((e, i) => {
    if (e.storyId == null) return;
    const story = byId.get(e.storyId);
    if (!story) throw unprocessable({ key: "layout.storyMissing", params: { id: e.storyId } }, i);
    if (story.editionId !== page.editionId) throw unprocessable({ key: "layout.storyOfOtherEdition", params: { id: e.storyId } }, i);
    if (story.status === "spiked") throw unprocessable({ key: "layout.storySpiked", params: { id: e.storyId } }, i);
    if (onPage.has(e.storyId)) throw unprocessable({ key: "layout.storyTwiceOnPage", params: { id: e.storyId } }, i);
    onPage.add(e.storyId);
    if (e.continuedFromElementId != null) return;
    const elsewhere = [...boxes.values()].find((b) => b.storyId === e.storyId && b.pageId !== page.id && b.continuedFromElementId === null);
    if (elsewhere) {
      throw unprocessable({ key: "layout.storyOnOtherPage", params: { id: e.storyId, number: elsewhere.pageNumber } }, i);
    }
  });
}

/** Which boxes continue which: source id → its continuation. */
function successorsOf(boxes: Map<number, StoryBox>): Map<number, StoryBox> {
  const next = new Map<number, StoryBox>();
  for (const b of [...boxes.values()].sort((x, y) => x.id - y.id)) {
    if (b.continuedFromElementId !== null && !next.has(b.continuedFromElementId)) next.set(b.continuedFromElementId, b);
  }
  return next;
}

/** 转版 links: to a box of the same story on another page of this edition, one continuation per box, no loops. */
function checkContinuations(tx: DbOrTx, elements: LayoutElementInput[], page: Page, existing: Map<number, PageElement>, boxes: Map<number, StoryBox>): void {
  const successors = successorsOf(boxes);
  elements.forEach((e, i) => {
    const sourceId = e.continuedFromElementId;
    if (sourceId == null) return;
    const source = tx
      .select({ el: pageElements, editionId: pages.editionId, number: pages.number, state: pages.state })
      .from(pageElements)
      .innerJoin(pages, eq(pages.id, pageElements.pageId))
      .where(eq(pageElements.id, sourceId))
      .get();
    if (!source) throw unprocessable({ key: "layout.sourceMissing", params: { id: sourceId } }, i);
    if (source.el.pageId === page.id) throw unprocessable({ key: "layout.continueOnOtherPage" }, i);
    if (source.editionId !== page.editionId) throw unprocessable({ key: "layout.continueInEdition" }, i);
    if (source.el.storyId !== e.storyId) throw unprocessable({ key: "layout.sourceHoldsOtherStory", params: { id: sourceId } }, i);
    const taken = successors.get(sourceId);
    if (taken && taken.id !== e.id) throw unprocessable({ key: "layout.sourceAlreadyContinues", params: { id: sourceId, number: taken.pageNumber } }, i);
    const seen = new Set<number>();
    for (let b = boxes.get(sourceId); b && !seen.has(b.id); b = b.continuedFromElementId === null ? undefined : boxes.get(b.continuedFromElementId)) {
      seen.add(b.id);
      if (b.pageId === page.id) throw unprocessable({ key: "layout.noLoopBack" }, i);
    }
    const linkIsNew = e.id === undefined || existing.get(e.id)?.continuedFromElementId !== sourceId;
    if (linkIsNew && isPageFrozen(source.state)) {
      throw new DomainError("conflict", "layout.sourcePageSigned", { number: source.number });
    }
  });
}

/**
 * Boxes tied to a signed page by 转版 must not change what that page prints: a box whose text flows on
 * into a signed page keeps its size and setting; a box continuing a signed page's box stays linked.
 */
function checkFrozenLinks(elements: LayoutElementInput[], existing: Map<number, PageElement>, boxes: Map<number, StoryBox>): void {
  const successors = successorsOf(boxes);
  const byId = new Map(elements.flatMap((e) => (e.id === undefined ? [] : [[e.id, e] as const])));
  for (const old of existing.values()) {
    const now = byId.get(old.id);
    const frozenDownstream = (() => {
      const seen = new Set<number>();
      for (let b = successors.get(old.id); b && !seen.has(b.id); b = successors.get(b.id)) {
        seen.add(b.id);
        if (isPageFrozen(b.pageState)) return b;
      }
      return undefined;
    })();
    if (frozenDownstream) {
      const same =
        now !== undefined &&
        now.kind === old.kind &&
        (now.storyId ?? null) === old.storyId &&
        now.columnSpan === old.columnSpan &&
        now.heightLines === old.heightLines &&
        (now.textColumnSpan ?? 1) === old.textColumnSpan &&
        (now.headlineSize ?? "medium") === old.headlineSize &&
        (now.continuedFromElementId ?? null) === old.continuedFromElementId;
      if (!same) {
        throw new DomainError("conflict", "layout.continuesOnSignedPage", { number: frozenDownstream.pageNumber }, { elementId: old.id });
      }
    }
    const source = old.continuedFromElementId === null ? undefined : boxes.get(old.continuedFromElementId);
    if (source && isPageFrozen(source.pageState) && (now === undefined || (now.continuedFromElementId ?? null) !== old.continuedFromElementId || (now.storyId ?? null) !== old.storyId)) {
      throw new DomainError("conflict", "layout.continuesSignedPage", { number: source.pageNumber }, { elementId: old.id });
    }
  }
}

function rowOf(e: LayoutElementInput, pageId: number) {
  return {
    pageId,
    kind: e.kind,
    storyId: e.storyId ?? null,
    firstColumn: e.firstColumn,
    columnSpan: e.columnSpan,
    topLine: e.topLine,
    heightLines: e.heightLines,
    textColumnSpan: e.textColumnSpan ?? 1,
    headlineSize: e.headlineSize ?? "medium",
    locked: e.locked ?? false,
    text: e.text ?? null,
    label: e.label ?? null,
    caption: e.caption ?? null,
    continuedFromElementId: e.continuedFromElementId ?? null,
  };
}

/** Stories placed here (not as a continuation) belong to this page; those taken off it belong to none. */
function placeStories(tx: DbOrTx, page: Page, before: PageElement[], after: LayoutElementInput[]): void {
  const heads = (list: { storyId?: number | null; continuedFromElementId?: number | null }[]) =>
    new Set(list.flatMap((e) => (e.storyId != null && e.continuedFromElementId == null ? [e.storyId] : [])));
  const placed = heads(after);
  const removed = [...heads(before)].filter((id) => !placed.has(id) && !after.some((e) => e.storyId === id));
  if (placed.size) tx.update(stories).set({ pageId: page.id }).where(inArray(stories.id, [...placed])).run();
  if (removed.length) tx.update(stories).set({ pageId: null }).where(and(inArray(stories.id, removed), eq(stories.pageId, page.id))).run();
}

/**
 * Replaces the page's boxes with `elements` (inside the caller's transaction): validates geometry,
 * settings, stories and 转版 links, writes the boxes, places the stories, bumps the version (planning →
 * layout on the first save) and writes the audit row.
 */
export function writeLayout(tx: DbOrTx, page: Page, elements: LayoutElementInput[], actorId: number, action: "layout" | "auto-layout"): { version: number; state: PageState } {
  // the request schema caps a layout write; auto-layout adds boxes to the ones already there
  if (elements.length > EDITION_LIMITS.boxesPerPage) throw new DomainError("unprocessable", "layout.tooManyBoxes", { max: EDITION_LIMITS.boxesPerPage });
  checkGeometry(elements, page);
  const before = tx.select().from(pageElements).where(eq(pageElements.pageId, page.id)).all();
  const existing = new Map(before.map((e) => [e.id, e]));
  checkSettings(elements, existing);
  const storyIds = [...new Set([...before, ...elements].flatMap((e) => (e.storyId == null ? [] : [e.storyId])))];
  const boxes = boxesOfStories(tx, storyIds);
  checkStories(tx, elements, page, boxes);
  checkContinuations(tx, elements, page, existing, boxes);
  checkFrozenLinks(elements, existing, boxes);

  const kept = new Set(elements.flatMap((e) => (e.id === undefined ? [] : [e.id])));
  const removed = before.filter((e) => !kept.has(e.id)).map((e) => e.id);
  if (removed.length) tx.delete(pageElements).where(inArray(pageElements.id, removed)).run();
  for (const e of elements) {
    if (e.id === undefined) tx.insert(pageElements).values(rowOf(e, page.id)).run();
    else tx.update(pageElements).set(rowOf(e, page.id)).where(eq(pageElements.id, e.id)).run();
  }
  placeStories(tx, page, before, elements);

  const state: PageState = page.state === "planning" ? "layout" : page.state;
  const updated = tx
    .update(pages)
    .set({ version: page.version + 1, state, updatedAt: new Date().toISOString() })
    .where(and(eq(pages.id, page.id), eq(pages.version, page.version)))
    .returning({ version: pages.version })
    .get();
  if (!updated) throw new DomainError("conflict", "page.changedDuringSave", {}, { version: page.version });
  recordAudit(tx, {
    actorId,
    entityType: "page",
    entityId: page.id,
    action,
    fromState: page.state,
    toState: state,
    reason: `${elements.length} 个版块 (${elements.length} boxes)`,
  });
  return { version: updated.version, state };
}

/** PUT /api/pages/:id/layout: the page's boxes replaced in one transaction, version-checked. */
export function savePageLayout(db: Db, save: LayoutSave): { version: number; state: PageState } {
  return db.transaction((tx) => {
    const page = loadPageForLayout(tx, save.pageId, save.baseVersion);
    return writeLayout(tx, page, save.elements, save.actor.id, "layout");
  });
}
