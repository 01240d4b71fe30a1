import { and, asc, eq, exists, inArray, type SQL } from "drizzle-orm";
import type { StoryState } from "@/lib/story-kinds";
import type { DbOrTx } from "../client";
import { editions, pages, people, sidebars, stories, storyAssignees, storyBylines } from "../schema";

export interface BylineEntry {
  personId: number;
  name: string;
  role: (typeof storyBylines.$inferSelect)["role"];
}

function bylinesFor(db: DbOrTx, storyIds: number[]): Map<number, BylineEntry[]> {
  const map = new Map<number, BylineEntry[]>();
  if (storyIds.length === 0) return map;
  const rows = db
    .select({ storyId: storyBylines.storyId, personId: people.id, name: people.name, role: storyBylines.role })
    .from(storyBylines)
    .innerJoin(people, eq(people.id, storyBylines.personId))
    .where(inArray(storyBylines.storyId, storyIds))
    .orderBy(storyBylines.storyId, storyBylines.position)
    .all();
  for (const { storyId, ...entry } of rows) map.set(storyId, [...(map.get(storyId) ?? []), entry]);
  return map;
}

function sidebarsFor(db: DbOrTx, storyIds: number[]) {
  const map = new Map<number, { title: string; paragraphs: string[] }[]>();
  if (storyIds.length === 0) return map;
  const rows = db.select().from(sidebars).where(inArray(sidebars.storyId, storyIds)).orderBy(sidebars.storyId, sidebars.position).all();
  for (const s of rows) map.set(s.storyId, [...(map.get(s.storyId) ?? []), { title: s.title, paragraphs: s.paragraphs }]);
  return map;
}

export interface BudgetFilter {
  editionDate: string;
  status?: StoryState;
  personId?: number;
}

/** The edition's story budget in reading order, with bylines, 字数 (stored with the text: no body is read), status and page. */
export function listBudget(db: DbOrTx, filter: BudgetFilter) {
  const where: SQL[] = [eq(editions.date, filter.editionDate)];
  if (filter.status) where.push(eq(stories.status, filter.status));
  if (filter.personId !== undefined) {
    const byline = and(eq(storyBylines.storyId, stories.id), eq(storyBylines.personId, filter.personId));
    where.push(exists(db.select({ one: storyBylines.position }).from(storyBylines).where(byline)));
  }
  const rows = db
    .select({
      id: stories.id,
      position: stories.position,
      slug: stories.slug,
      kind: stories.kind,
      status: stories.status,
      kicker: stories.kicker,
      headline: stories.headline,
      length: stories.zi,
      targetLength: stories.targetLength,
      deadline: stories.deadline,
      continues: stories.continues,
      version: stories.version,
      pageNumber: pages.number,
      pageName: pages.name,
    })
    .from(stories)
    .innerJoin(editions, eq(editions.id, stories.editionId))
    .leftJoin(pages, eq(pages.id, stories.pageId))
    .where(and(...where))
    .orderBy(asc(stories.position), asc(stories.id))
    .all();
  const bylines = bylinesFor(db, rows.map((r) => r.id));
  return rows.map(({ length, ...r }) => ({ ...r, bylines: bylines.get(r.id) ?? [], length }));
}
export type BudgetItem = ReturnType<typeof listBudget>[number];

/** One story with everything the read view needs. */
export function getStoryById(db: DbOrTx, { id }: { id: number }) {
  const story = db
    .select({
      story: stories,
      editionDate: editions.date,
      pageNumber: pages.number,
      pageName: pages.name,
    })
    .from(stories)
    .innerJoin(editions, eq(editions.id, stories.editionId))
    .leftJoin(pages, eq(pages.id, stories.pageId))
    .where(eq(stories.id, id))
    .get();
  if (!story) return undefined;
  const { zi, ...fields } = story.story;
  return {
    ...fields,
    editionDate: story.editionDate,
    page: story.pageNumber === null ? null : { number: story.pageNumber, name: story.pageName },
    sidebars: sidebarsFor(db, [id]).get(id) ?? [],
    bylines: bylinesFor(db, [id]).get(id) ?? [],
    length: zi,
  };
}
export type StoryDetail = NonNullable<ReturnType<typeof getStoryById>>;

/** Stories the user wrote (is in the byline of, through their person) or is assigned to. */
export function listStoriesOfUser(db: DbOrTx, { userId }: { userId: number }) {
  const mine = db
    .select({ id: stories.id })
    .from(stories)
    .innerJoin(storyBylines, eq(storyBylines.storyId, stories.id))
    .innerJoin(people, eq(people.id, storyBylines.personId))
    .where(eq(people.userId, userId))
    .all()
    .map((r) => r.id);
  const assigned = db
    .select({ id: storyAssignees.storyId })
    .from(storyAssignees)
    .where(eq(storyAssignees.userId, userId))
    .all()
    .map((r) => r.id);
  const ids = [...new Set([...mine, ...assigned])];
  if (ids.length === 0) return { stories: [], assignments: [] };
  const rows = db
    .select({
      id: stories.id,
      headline: stories.headline,
      slug: stories.slug,
      status: stories.status,
      kind: stories.kind,
      deadline: stories.deadline,
      editionDate: editions.date,
    })
    .from(stories)
    .innerJoin(editions, eq(editions.id, stories.editionId))
    .where(inArray(stories.id, ids))
    .orderBy(asc(editions.date), asc(stories.position))
    .all();
  return {
    stories: rows.filter((r) => mine.includes(r.id)),
    assignments: rows.filter((r) => assigned.includes(r.id) && (r.status === "assigned" || r.status === "returned")),
  };
}
