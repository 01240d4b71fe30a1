/**
 * What the ninjs documents are made of (lib/exchange/ninjs.ts): a story with its publication, for the
 * staff API; and, for the public e-paper, only what is released — a story through getEpaperArticle's
 * rule (it sits in a box of a released page of that date) and an edition's released pages.
 */
import { and, asc, eq, inArray, isNotNull } from "drizzle-orm";
import type { NinjsEditionSource, NinjsStorySource } from "@/lib/exchange/ninjs";
import type { DbOrTx } from "../client";
import { editions, pageElements, pages, publications, stories, storyCorrections } from "../schema";
import { getEpaperArticle } from "./epaper";
import { getStoriesByIds, type StoryDetail } from "./stories";

type Publication = { publicationId: number; publication: string; timeZone: string };

function publicationOfEdition(db: DbOrTx, editionId: number): Publication {
  return db
    .select({ publicationId: publications.id, publication: publications.name, timeZone: publications.timeZone })
    .from(editions)
    .innerJoin(publications, eq(publications.id, editions.publicationId))
    .where(eq(editions.id, editionId))
    .get()!;
}

type Corrections = NinjsStorySource["corrections"];

function correctionsOf(db: DbOrTx, ids: number[]): Map<number, Corrections> {
  const byStory = new Map<number, { note: string; createdAt: string }[]>();
  if (ids.length === 0) return byStory;
  const rows = db
    .select({ storyId: storyCorrections.storyId, note: storyCorrections.note, createdAt: storyCorrections.createdAt })
    .from(storyCorrections)
    .where(inArray(storyCorrections.storyId, ids))
    .orderBy(asc(storyCorrections.id))
    .all();
  for (const { storyId, ...c } of rows) byStory.set(storyId, [...(byStory.get(storyId) ?? []), c]);
  return byStory;
}

function sourceOf(story: StoryDetail, pub: Publication, corrections: Corrections): NinjsStorySource {
  return {
    id: story.id,
    ...pub,
    status: story.status,
    kind: story.kind,
    slug: story.slug,
    kicker: story.kicker,
    headline: story.headline,
    subheadline: story.subheadline,
    dateline: story.dateline,
    section: story.section,
    body: story.body,
    sidebars: story.sidebars,
    bylines: story.bylines.map((b) => ({ name: b.name, role: b.role })),
    version: story.version,
    createdAt: story.createdAt,
    updatedAt: story.updatedAt,
    corrections,
  };
}

/** Any story, whatever its state (the route decides what it may show), with its 字数 as stored. */
export function getNinjsStorySource(db: DbOrTx, { id }: { id: number }): (NinjsStorySource & { zi: number }) | undefined {
  const story = getStoriesByIds(db, { ids: [id] }).get(id);
  if (!story) return undefined;
  return { ...sourceOf(story, publicationOfEdition(db, story.editionId), correctionsOf(db, [id]).get(id) ?? []), zi: story.length };
}

/** A story of that date's edition when it is on a released page of it; anything else undefined. */
export function getReleasedNinjsStorySource(db: DbOrTx, { date, storyId }: { date: string; storyId: number }): NinjsStorySource | undefined {
  if (!getEpaperArticle(db, { date, storyId })) return undefined;
  const source = getNinjsStorySource(db, { id: storyId });
  if (!source) return undefined;
  const { zi: _zi, ...rest } = source;
  return rest;
}

/**
 * The edition of a date as its released pages, each with the stories in its boxes in reading order. A
 * story printed on two pages (转版) is listed once, under the first. Undefined when nothing is released.
 */
export function getReleasedNinjsEditionSource(db: DbOrTx, { date }: { date: string }): NinjsEditionSource | undefined {
  const rows = db
    .select({ editionId: editions.id, pageNumber: pages.number, pageName: pages.name, storyId: pageElements.storyId, position: stories.position })
    .from(pages)
    .innerJoin(editions, eq(editions.id, pages.editionId))
    .leftJoin(pageElements, and(eq(pageElements.pageId, pages.id), isNotNull(pageElements.storyId)))
    .leftJoin(stories, eq(stories.id, pageElements.storyId))
    .where(and(eq(editions.date, date), eq(pages.state, "released")))
    .orderBy(asc(pages.number), asc(stories.position), asc(stories.id))
    .all();
  if (rows.length === 0) return undefined;
  const pub = publicationOfEdition(db, rows[0].editionId);
  const ids = [...new Set(rows.flatMap((r) => (r.storyId === null ? [] : [r.storyId])))];
  const details = getStoriesByIds(db, { ids });
  const corrections = correctionsOf(db, ids);
  const seen = new Set<number>();
  const byPage = new Map<number, NinjsEditionSource["pages"][number]>();
  for (const r of rows) {
    const page = byPage.get(r.pageNumber) ?? { number: r.pageNumber, name: r.pageName, stories: [] };
    byPage.set(r.pageNumber, page);
    if (r.storyId === null || seen.has(r.storyId)) continue;
    seen.add(r.storyId);
    page.stories.push(sourceOf(details.get(r.storyId)!, pub, corrections.get(r.storyId) ?? []));
  }
  return { ...pub, date, pages: [...byPage.values()] };
}
