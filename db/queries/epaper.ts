/**
 * The public e-paper's reads (数字报). Only released pages exist here, and only the stories in a box of a
 * released page: every query below has `pages.state = 'released'` in its where clause, so a draft, a
 * signed-but-unreleased page or a guessed id is simply not found (404), never fetched and then checked.
 */
import { and, asc, desc, eq, gt, gte, inArray, isNotNull, lt, lte } from "drizzle-orm";
import { NEWSROOM_TIME_ZONE } from "@/lib/i18n/catalogue";
import { hotAreaOf } from "@/lib/epaper/sheet-geometry";
import { pageKeyOf, type EpaperArchiveView, type EpaperArticleView, type EpaperPageRef, type EpaperPageView } from "@/lib/epaper/epaper-view";
import type { DbOrTx } from "../client";
import { editions, pageElements, pages, publications, stories, storyCorrections, users } from "../schema";
import { getStoryById } from "./stories";

const released = eq(pages.state, "released");

const pageRef = { id: pages.id, number: pages.number, name: pages.name, snapshotHash: pages.snapshotHash, version: pages.version };
const refOf = (p: { number: number; name: string; snapshotHash: string | null; id: number; version: number }): EpaperPageRef => ({ number: p.number, name: p.name, key: pageKeyOf(p) });

/** Dates that have a released page, oldest first (within `from`..`to` when given). */
export function listReleasedEditionDates(db: DbOrTx, { from, to }: { from?: string; to?: string } = {}): string[] {
  const where = [released, ...(from ? [gte(editions.date, from)] : []), ...(to ? [lte(editions.date, to)] : [])];
  return db
    .selectDistinct({ date: editions.date })
    .from(pages)
    .innerJoin(editions, eq(editions.id, pages.editionId))
    .where(and(...where))
    .orderBy(asc(editions.date))
    .all()
    .map((r) => r.date);
}

/** The newest date with a released page and its first released page number: where /epaper opens. */
export function getNewestReleasedPage(db: DbOrTx): { date: string; number: number } | undefined {
  return db
    .select({ date: editions.date, number: pages.number })
    .from(pages)
    .innerJoin(editions, eq(editions.id, pages.editionId))
    .where(released)
    .orderBy(desc(editions.date), asc(pages.number))
    .limit(1)
    .get();
}

/** The first released page of a date, if any. */
export function getFirstReleasedPage(db: DbOrTx, { date }: { date: string }): number | undefined {
  return db
    .select({ number: pages.number })
    .from(pages)
    .innerJoin(editions, eq(editions.id, pages.editionId))
    .where(and(eq(editions.date, date), released))
    .orderBy(asc(pages.number))
    .limit(1)
    .get()?.number;
}

function neighbourDate(db: DbOrTx, date: string, direction: "before" | "after"): string | null {
  const row = db
    .select({ date: editions.date })
    .from(pages)
    .innerJoin(editions, eq(editions.id, pages.editionId))
    .where(and(released, direction === "before" ? lt(editions.date, date) : gt(editions.date, date)))
    .orderBy(direction === "before" ? desc(editions.date) : asc(editions.date))
    .limit(1)
    .get();
  return row?.date ?? null;
}

function releasedPagesOf(db: DbOrTx, date: string) {
  return db
    .select(pageRef)
    .from(pages)
    .innerJoin(editions, eq(editions.id, pages.editionId))
    .where(and(eq(editions.date, date), released))
    .orderBy(asc(pages.number))
    .all();
}

/** A released page as the pictures renderer needs it: where it is and the key of its pictures. */
export function getReleasedPageRef(db: DbOrTx, { date, number }: { date: string; number: number }) {
  const row = db
    .select(pageRef)
    .from(pages)
    .innerJoin(editions, eq(editions.id, pages.editionId))
    .where(and(eq(editions.date, date), eq(pages.number, number), released))
    .get();
  return row && { id: row.id, date, number: row.number, key: pageKeyOf(row) };
}
export type ReleasedPageRef = NonNullable<ReturnType<typeof getReleasedPageRef>>;

/** Every released page of these dates (the export, and pages still without pictures). */
export function listReleasedPageRefs(db: DbOrTx, { dates }: { dates: string[] }): ReleasedPageRef[] {
  if (dates.length === 0) return [];
  return db
    .select({ ...pageRef, date: editions.date })
    .from(pages)
    .innerJoin(editions, eq(editions.id, pages.editionId))
    .where(and(inArray(editions.date, dates), released))
    .orderBy(asc(editions.date), asc(pages.number))
    .all()
    .map((r) => ({ id: r.id, date: r.date, number: r.number, key: pageKeyOf(r) }));
}

/** 第N版 of a date, released: its picture key, the edition's released pages, its stories with hot areas. */
export function getEpaperPage(db: DbOrTx, { date, number }: { date: string; number: number }): EpaperPageView | undefined {
  const page = db
    .select({
      ...pageRef,
      publication: publications.name,
      responsibleEditor: users.name,
      grid: { columns: pages.gridColumns, charsPerColumn: pages.charsPerColumn, gutterChars: pages.gutterChars, linesPerColumn: pages.linesPerColumn },
    })
    .from(pages)
    .innerJoin(editions, eq(editions.id, pages.editionId))
    .innerJoin(publications, eq(publications.id, editions.publicationId))
    .leftJoin(users, eq(users.id, pages.responsibleEditorId))
    .where(and(eq(editions.date, date), eq(pages.number, number), released))
    .get();
  if (!page) return undefined;
  const boxes = db
    .select({
      storyId: stories.id,
      kind: stories.kind,
      kicker: stories.kicker,
      headline: stories.headline,
      subheadline: stories.subheadline,
      slug: stories.slug,
      position: stories.position,
      firstColumn: pageElements.firstColumn,
      columnSpan: pageElements.columnSpan,
      topLine: pageElements.topLine,
      heightLines: pageElements.heightLines,
    })
    .from(pageElements)
    .innerJoin(stories, eq(stories.id, pageElements.storyId))
    .where(and(eq(pageElements.pageId, page.id), isNotNull(pageElements.storyId)))
    .orderBy(asc(pageElements.topLine), asc(pageElements.firstColumn))
    .all();
  const byStory = new Map<number, EpaperPageView["stories"][number] & { position: number }>();
  for (const b of boxes) {
    const area = hotAreaOf(page.grid, b);
    const known = byStory.get(b.storyId);
    if (known) known.areas.push(area);
    else
      byStory.set(b.storyId, {
        id: b.storyId,
        kind: b.kind,
        kicker: b.kicker,
        headline: b.headline ?? b.slug,
        subheadline: b.subheadline,
        position: b.position,
        areas: [area],
      });
  }
  const month = date.slice(0, 7);
  return {
    publication: page.publication,
    date,
    page: { ...refOf(page), responsibleEditor: page.responsibleEditor },
    pages: releasedPagesOf(db, date).map(refOf),
    // 标题导航 in the budget's reading order (the boxes were read top to bottom for the areas).
    stories: [...byStory.values()].sort((a, b) => a.position - b.position || a.id - b.id).map(({ position: _position, ...s }) => s),
    previousEdition: neighbourDate(db, date, "before"),
    nextEdition: neighbourDate(db, date, "after"),
    monthDates: monthDatesOf(db, month),
  };
}

function monthDatesOf(db: DbOrTx, month: string): string[] {
  return db
    .selectDistinct({ date: editions.date })
    .from(pages)
    .innerJoin(editions, eq(editions.id, pages.editionId))
    .where(and(released, gte(editions.date, `${month}-01`), lte(editions.date, `${month}-31`)))
    .orderBy(asc(editions.date))
    .all()
    .map((r) => r.date);
}

/** 往期回顾 of a month: its dates with an edition, and the nearest months before and after that have one. */
export function getEpaperArchive(db: DbOrTx, { month }: { month: string }): EpaperArchiveView | undefined {
  const publication = db.select({ name: publications.name }).from(publications).orderBy(asc(publications.id)).limit(1).get()?.name;
  if (!publication) return undefined;
  const before = neighbourDate(db, `${month}-00`, "before");
  const after = neighbourDate(db, `${month}-99`, "after");
  return { publication, month, dates: monthDatesOf(db, month), previousMonth: before?.slice(0, 7) ?? null, nextMonth: after?.slice(0, 7) ?? null };
}

/** A date in the publication's time zone (YYYY-MM-DD) from a stored UTC time. */
function dayInNewsroom(iso: string): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: NEWSROOM_TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date(iso));
}

/**
 * A story of that date's edition, whole, when it sits in a box of a released page of it: the released
 * pages it is on (both, for a 转版 story printed on two), and its corrections. Anything else: undefined.
 */
export function getEpaperArticle(db: DbOrTx, { date, storyId }: { date: string; storyId: number }): EpaperArticleView | undefined {
  const on = db
    .selectDistinct(pageRef)
    .from(pageElements)
    .innerJoin(pages, eq(pages.id, pageElements.pageId))
    .innerJoin(editions, eq(editions.id, pages.editionId))
    .where(and(eq(pageElements.storyId, storyId), eq(editions.date, date), released))
    .orderBy(asc(pages.number))
    .all();
  if (on.length === 0) return undefined;
  const story = getStoryById(db, { id: storyId });
  if (!story) return undefined;
  const publication = db
    .select({ name: publications.name })
    .from(editions)
    .innerJoin(publications, eq(publications.id, editions.publicationId))
    .where(eq(editions.date, date))
    .get()!.name;
  const corrections = db
    .select({ note: storyCorrections.note, createdAt: storyCorrections.createdAt })
    .from(storyCorrections)
    .where(eq(storyCorrections.storyId, storyId))
    .orderBy(asc(storyCorrections.id))
    .all();
  return {
    publication,
    date,
    story: {
      id: story.id,
      kind: story.kind,
      kicker: story.kicker,
      headline: story.headline ?? story.slug,
      subheadline: story.subheadline,
      dateline: story.dateline,
      bylines: story.bylines.map((b) => ({ name: b.name, role: b.role })),
      body: story.body,
      sidebars: story.sidebars,
    },
    pages: on.map(refOf),
    corrections: corrections.map((c) => ({ note: c.note, date: dayInNewsroom(c.createdAt) })),
  };
}
