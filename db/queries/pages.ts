import { and, asc, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { editions, pageElements, pages, publications, stories, users } from "../schema";
import { getStoryById, type StoryDetail } from "./stories";

/** A page of an edition by number, with its grid, elements and the stories in its boxes. */
export function getEditionPage(db: DbOrTx, { date, number }: { date: string; number: number }) {
  const row = db
    .select({ page: pages, editionDate: editions.date, publication: publications.name, responsibleEditor: users.name })
    .from(pages)
    .innerJoin(editions, eq(editions.id, pages.editionId))
    .innerJoin(publications, eq(publications.id, editions.publicationId))
    .leftJoin(users, eq(users.id, pages.responsibleEditorId))
    .where(and(eq(editions.date, date), eq(pages.number, number)))
    .get();
  if (!row) return undefined;
  const elements = db.select().from(pageElements).where(eq(pageElements.pageId, row.page.id)).orderBy(asc(pageElements.id)).all();
  const storyIds = elements.flatMap((e) => (e.storyId === null ? [] : [e.storyId]));
  const storiesById = new Map<number, StoryDetail>();
  if (storyIds.length) {
    const present = db.select({ id: stories.id }).from(stories).where(inArray(stories.id, storyIds)).all();
    for (const { id } of present) {
      const detail = getStoryById(db, { id });
      if (detail) storiesById.set(id, detail);
    }
  }
  return {
    ...row.page,
    editionDate: row.editionDate,
    publication: row.publication,
    responsibleEditor: row.responsibleEditor,
    elements: elements.map((e) => ({ ...e, story: e.storyId === null ? null : (storiesById.get(e.storyId) ?? null) })),
  };
}
export type EditionPage = NonNullable<ReturnType<typeof getEditionPage>>;

export function listEditionPages(db: DbOrTx, { date }: { date: string }) {
  return db
    .select({ id: pages.id, number: pages.number, name: pages.name, state: pages.state })
    .from(pages)
    .innerJoin(editions, eq(editions.id, pages.editionId))
    .where(eq(editions.date, date))
    .orderBy(asc(pages.number))
    .all();
}
