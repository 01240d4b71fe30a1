import { and, asc, desc, eq, exists, inArray, lt, ne, or, type SQL } from "drizzle-orm";
import type { StoryState } from "@/lib/story-kinds";
import type { DbOrTx } from "../client";
import { editionIdOn } from "./edition-id";
import { editions, pages, people, sidebars, stories, storyAssignees, storyBylines, type Story } from "../schema";

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
  const where: SQL[] = [eq(stories.editionId, editionIdOn(filter.editionDate))];
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
    .leftJoin(pages, eq(pages.id, stories.pageId))
    .where(and(...where))
    .orderBy(asc(stories.position), asc(stories.id))
    .all();
  const bylines = bylinesFor(db, rows.map((r) => r.id));
  return rows.map(({ length, ...r }) => ({ ...r, bylines: bylines.get(r.id) ?? [], length }));
}
export type BudgetItem = ReturnType<typeof listBudget>[number];

/** One story with everything the read view needs. */
/** Stories by id with edition date, page, sidebars, bylines and stored 字数: three queries whatever the count. */
export function getStoriesByIds(db: DbOrTx, { ids }: { ids: readonly number[] }) {
  const unique = [...new Set(ids)];
  const result = new Map<number, StoryDetail>();
  if (unique.length === 0) return result;
  const rows = db
    .select({
      story: stories,
      editionDate: editions.date,
      pageNumber: pages.number,
      pageName: pages.name,
    })
    .from(stories)
    .innerJoin(editions, eq(editions.id, stories.editionId))
    .leftJoin(pages, eq(pages.id, stories.pageId))
    .where(inArray(stories.id, unique))
    .all();
  const found = rows.map((r) => r.story.id);
  const sidebarsById = sidebarsFor(db, found);
  const bylinesById = bylinesFor(db, found);
  for (const row of rows) {
    const { zi, ...fields } = row.story;
    result.set(fields.id, {
      ...fields,
      editionDate: row.editionDate,
      page: row.pageNumber === null ? null : { number: row.pageNumber, name: row.pageName },
      sidebars: sidebarsById.get(fields.id) ?? [],
      bylines: bylinesById.get(fields.id) ?? [],
      length: zi,
    });
  }
  return result;
}

export function getStoryById(db: DbOrTx, { id }: { id: number }): StoryDetail | undefined {
  return getStoriesByIds(db, { ids: [id] }).get(id);
}

export type StoryDetail = Omit<Story, "zi"> & {
  editionDate: string;
  page: { number: number; name: string | null } | null;
  sidebars: { title: string; paragraphs: string[] }[];
  bylines: BylineEntry[];
  length: number;
};

const storyListItem = {
  id: stories.id,
  headline: stories.headline,
  slug: stories.slug,
  status: stories.status,
  kind: stories.kind,
  deadline: stories.deadline,
  editionDate: editions.date,
};
export type StoryListItem = { id: number; headline: string | null; slug: string; status: StoryState; kind: Story["kind"]; deadline: string | null; editionDate: string };

/** The person a user signs as in bylines (one per login). */
function personOfUser(db: DbOrTx, userId: number): number | undefined {
  return db.select({ id: people.id }).from(people).where(eq(people.userId, userId)).get()?.id;
}

/** The user's stories (in their byline) in one edition, in budget order: the reporter's work of the day. */
export function listStoriesOfUserInEdition(db: DbOrTx, { userId, editionId }: { userId: number; editionId: number }): StoryListItem[] {
  const personId = personOfUser(db, userId);
  if (personId === undefined) return [];
  return db
    .select(storyListItem)
    .from(stories)
    .innerJoin(editions, eq(editions.id, stories.editionId))
    .where(and(eq(stories.editionId, editionId), exists(db.select({ one: storyBylines.position }).from(storyBylines).where(and(eq(storyBylines.storyId, stories.id), eq(storyBylines.personId, personId))))))
    .orderBy(asc(stories.position), asc(stories.id))
    .all();
}

/**
 * The user's other stories (in their byline, outside `exceptEditionId`), newest first, one page at a time:
 * `before` is the story id to continue below, `next` the one to pass for the page after (null at the end).
 */
export function listEarlierStoriesOfUser(
  db: DbOrTx,
  { userId, exceptEditionId, before, limit = 20 }: { userId: number; exceptEditionId?: number; before?: number; limit?: number },
): { stories: StoryListItem[]; next: number | null } {
  const personId = personOfUser(db, userId);
  if (personId === undefined) return { stories: [], next: null };
  const where: SQL[] = [eq(storyBylines.personId, personId)];
  if (before !== undefined) where.push(lt(storyBylines.storyId, before));
  if (exceptEditionId !== undefined) where.push(ne(stories.editionId, exceptEditionId));
  const rows = db
    .select(storyListItem)
    .from(storyBylines)
    .innerJoin(stories, eq(stories.id, storyBylines.storyId))
    .innerJoin(editions, eq(editions.id, stories.editionId))
    .where(and(...where))
    .orderBy(desc(storyBylines.storyId))
    .limit(limit + 1)
    .all();
  return { stories: rows.slice(0, limit), next: rows.length > limit ? rows[limit - 1].id : null };
}

/** Assignments still waiting for the user's copy (assigned or returned), in edition and budget order, at most `limit`. */
export function listOpenAssignmentsOfUser(db: DbOrTx, { userId, limit = 50 }: { userId: number; limit?: number }): StoryListItem[] {
  return db
    .select(storyListItem)
    .from(storyAssignees)
    .innerJoin(stories, eq(stories.id, storyAssignees.storyId))
    .innerJoin(editions, eq(editions.id, stories.editionId))
    .where(and(eq(storyAssignees.userId, userId), or(eq(stories.status, "assigned"), eq(stories.status, "returned"))))
    .orderBy(asc(editions.date), asc(stories.position))
    .limit(limit)
    .all();
}
