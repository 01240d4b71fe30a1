import { and, asc, eq, inArray, isNotNull, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { renderMessage } from "@/lib/i18n/translate";
import type { Role } from "@/lib/roles";
import { allowedPageActions, pageWarnings, proofBlockers, submitBlockers, type PageAction } from "@/lib/workflow/page-workflow";
import { pageFitSummary } from "@/lib/page-fit";
import type { DbOrTx } from "../client";
import { editions, pageElements, pages, publications, stories, users, type PageElement } from "../schema";
import { editionIdOn } from "./edition-id";
import { boxesOfStories, fitPageElements, gridOf } from "./page-fits";
import { getStoriesByIds, listBudget } from "./stories";
import { proofProgressOf } from "./proofing";

const signer = alias(users, "signer");

/** Who looks at the page: what they may do, and the language the submit blockers are written in. */
export type PageViewer = { role: Role; locale?: Locale };

function pageHeaders(db: DbOrTx, where: SQL) {
  return db
    .select({
      page: pages,
      editionDate: editions.date,
      publication: publications.name,
      responsibleEditor: users.name,
      signedBy: signer.name,
    })
    .from(pages)
    .innerJoin(editions, eq(editions.id, pages.editionId))
    .innerJoin(publications, eq(publications.id, editions.publicationId))
    .leftJoin(users, eq(users.id, pages.responsibleEditorId))
    .leftJoin(signer, eq(signer.id, pages.signedById))
    .where(where)
    .orderBy(asc(pages.number))
    .all();
}

/** Stories of the edition in no box on any page, planned for this page or for none (spiked ones left out). */
function unplacedStoriesOf(db: DbOrTx, page: { editionDate: string; number: number }) {
  const inBoxes = new Set(
    db
      .select({ storyId: pageElements.storyId })
      .from(pageElements)
      .innerJoin(stories, eq(stories.id, pageElements.storyId))
      .innerJoin(editions, eq(editions.id, stories.editionId))
      .where(and(eq(editions.date, page.editionDate), isNotNull(pageElements.storyId)))
      .all()
      .map((r) => r.storyId),
  );
  return listBudget(db, { editionDate: page.editionDate })
    .filter((s) => !inBoxes.has(s.id) && s.status !== "spiked" && s.status !== "published" && (s.pageNumber === null || s.pageNumber === page.number))
    .map((s) => ({ id: s.id, headline: s.headline, slug: s.slug, status: s.status, kind: s.kind, length: s.length }));
}

/**
 * Pages with everything the layout editor, the renderer and the API need: grid, elements with their
 * fit (the same pure copyfit the browser runs), 转版 flow and jump page numbers, the stories in the boxes,
 * the edition's unplaced stories (a single page only), what the viewer may do and why submit would be
 * refused (as messages, and rendered in the viewer's language for the client). A fixed number of queries
 * whatever the number of pages: the flatplan reads all 16 pages of an edition at once.
 */
function pageDetails(db: DbOrTx, where: SQL, viewer?: PageViewer, opts: { unplaced?: boolean; proof?: boolean } = {}) {
  const headers = pageHeaders(db, where);
  if (headers.length === 0) return [];
  const elementsByPage = new Map<number, PageElement[]>();
  const allElements = db
    .select()
    .from(pageElements)
    .where(inArray(pageElements.pageId, headers.map((h) => h.page.id)))
    .orderBy(asc(pageElements.id))
    .all();
  for (const e of allElements) elementsByPage.set(e.pageId, [...(elementsByPage.get(e.pageId) ?? []), e]);
  const storiesById = getStoriesByIds(db, { ids: allElements.flatMap((e) => (e.storyId === null ? [] : [e.storyId])) });
  const boxes = boxesOfStories(db, [...storiesById.keys()]);
  return headers.map((header) => {
    const { page } = header;
    const elements = elementsByPage.get(page.id) ?? [];
    const fits = fitPageElements(db, elements, storiesById, boxes);
    const placed = elements.map((e) => ({ ...e, ...fits.get(e.id)!, story: e.storyId === null ? null : (storiesById.get(e.storyId) ?? null) }));
    const onPage = [...new Set(elements.flatMap((e) => (e.storyId !== null && storiesById.has(e.storyId) ? [storiesById.get(e.storyId)!] : [])))];
    const grid = gridOf(page);
    const fit = pageFitSummary(
      placed.flatMap((e) => (e.story && e.fit ? [{ ...e, name: e.story.headline ?? e.story.slug }] : [])),
      grid,
      placed,
    );
    const check = {
      overset: fit.overset,
      storyStates: onPage.map((s) => ({ headline: s.headline ?? s.slug, status: s.status })),
      responsibleEditorId: page.responsibleEditorId,
      fit,
    };
    const blockers = submitBlockers(check);
    const warnings = pageWarnings(check);
    const locale = viewer?.locale ?? DEFAULT_LOCALE;
    return {
      ...page,
      editionDate: header.editionDate,
      publication: header.publication,
      responsibleEditor: header.responsibleEditor,
      signedBy: header.signedBy,
      grid,
      elements: placed,
      unplacedStories: opts.unplaced === false ? [] : unplacedStoriesOf(db, { editionDate: header.editionDate, number: page.number }),
      allowedActions: viewer ? allowedPageActions(page.state, viewer.role) : ([] as PageAction[]),
      submitBlockers: blockers.map((b) => renderMessage(locale, b)),
      submitBlockerMessages: blockers,
      /** What the 提交签版 / 签版 / 付印 confirmation warns about (lib/workflow/page-workflow.ts pageWarnings). */
      pageWarnings: warnings.map((w) => renderMessage(locale, w)),
      /** Why 签版 must still wait for 三校 (rounds not signed, marks open): a submitted page read on its own, else none. */
      proofBlockers: opts.proof && page.state === "submitted" ? proofBlockers(proofProgressOf(db, page.id)).map((b) => renderMessage(locale, b)) : [],
      /** Box lines over and short, summed (lib/page-fit.ts). */
      oversetLines: fit.oversetLines,
      undersetLines: fit.undersetLines,
    };
  });
}
export type PageDetail = ReturnType<typeof pageDetails>[number];
/** The renderer's name for a page with its boxes. */
export type EditionPage = PageDetail;
export type PageDetailElement = PageDetail["elements"][number];

/** A page by id (GET /api/pages/:id). */
export function getPageDetail(db: DbOrTx, { id, viewer }: { id: number; viewer?: PageViewer }): PageDetail | undefined {
  return pageDetails(db, eq(pages.id, id), viewer, { proof: true })[0];
}

/** A page of an edition by number, with its grid, elements (and their fit) and the stories in its boxes. */
export function getEditionPage(db: DbOrTx, { date, number, viewer }: { date: string; number: number; viewer?: PageViewer }): PageDetail | undefined {
  return pageDetails(db, and(eq(editions.date, date), eq(pages.number, number))!, viewer, { proof: true })[0];
}

/**
 * Every page of the edition in order, each with its boxes and fit, for the flatplan's thumbnails: one read per
 * request (no unplaced list, which only the layout editor needs).
 */
export function listEditionPageDetails(db: DbOrTx, { date }: { date: string }): PageDetail[] {
  return pageDetails(db, eq(pages.editionId, editionIdOn(date)), undefined, { unplaced: false });
}

/** A page as the flatplan lists it: state, sign-off, overset total and box count. */
export function pageSummaryOf(page: PageDetail) {
  return {
    id: page.id,
    number: page.number,
    name: page.name,
    state: page.state,
    version: page.version,
    responsibleEditor: page.responsibleEditor,
    signedBy: page.signedBy,
    signedAt: page.signedAt,
    oversetLines: page.oversetLines,
    elementCount: page.elements.length,
  };
}

/** The edition's pages in order, for the flatplan: state, sign-off, overset total and box count. */
export function listEditionPages(db: DbOrTx, { date }: { date: string }) {
  return listEditionPageDetails(db, { date }).map(pageSummaryOf);
}

/** The edition's page numbers and names, for links (nothing laid out or fitted). */
export function listEditionPageLinks(db: DbOrTx, { date }: { date: string }) {
  return db
    .select({ id: pages.id, number: pages.number, name: pages.name })
    .from(pages)
    .where(eq(pages.editionId, editionIdOn(date)))
    .orderBy(asc(pages.number))
    .all();
}
export type EditionPageSummary = ReturnType<typeof listEditionPages>[number];

/** The pages (id, number, state) holding boxes that these elements continue from or continue into. */
export function linkedPagesOf(db: DbOrTx, { elementIds }: { elementIds: number[] }) {
  if (elementIds.length === 0) return [];
  const into = db
    .select({ elementId: pageElements.continuedFromElementId, linkedId: pageElements.id, pageId: pages.id, number: pages.number, state: pages.state })
    .from(pageElements)
    .innerJoin(pages, eq(pages.id, pageElements.pageId))
    .where(inArray(pageElements.continuedFromElementId, elementIds))
    .all();
  const source = alias(pageElements, "source");
  const from = db
    .select({ elementId: pageElements.id, linkedId: source.id, pageId: pages.id, number: pages.number, state: pages.state })
    .from(pageElements)
    .innerJoin(source, eq(source.id, pageElements.continuedFromElementId))
    .innerJoin(pages, eq(pages.id, source.pageId))
    .where(inArray(pageElements.id, elementIds))
    .all();
  return [...into.map((r) => ({ ...r, elementId: r.elementId!, direction: "continued-by" as const })), ...from.map((r) => ({ ...r, direction: "continues" as const }))];
}

/** These pages with their boxes and fit (no unplaced list), in page-number order: the desks' queues read at most a screenful. */
export function listPageDetailsByIds(db: DbOrTx, { ids }: { ids: readonly number[] }): PageDetail[] {
  if (ids.length === 0) return [];
  return pageDetails(db, inArray(pages.id, [...ids]), undefined, { unplaced: false });
}
