import { and, asc, count, desc, eq, inArray, isNotNull, lt, or, sql, type SQL } from "drizzle-orm";
import type { DeskQueues, QueuePage, QueueStory, ReturnedStory } from "@/lib/api/queue-schemas";
import type { PageState } from "@/lib/page-states";
import { hasEditorialRole, type Role } from "@/lib/roles";
import type { StoryState } from "@/lib/story-kinds";
import type { DbOrTx } from "../client";
import { auditEvents, editions, pages, people, stories, storyAssignees, storyBylines, users } from "../schema";
import { listPageDetailsByIds } from "./pages";
import { proofingQueuePageIds, proofProgressOf } from "./proofing";

/** Each queue lists at most this many (its count says how many wait in all). */
export const QUEUE_LIMIT = 20;
/** A reporter's own assignments are their whole to-do list: as many as the dashboard listed before the queues. */
export const OWN_ASSIGNMENTS_LIMIT = 50;

/** Copy still owed (an assignment past its deadline is overdue in these states; lib/deadline.ts says the same). */
const OWED_STATES = ["assigned", "draft", "returned"] as const satisfies readonly StoryState[];

const queueStoryColumns = {
  id: stories.id,
  headline: stories.headline,
  slug: stories.slug,
  status: stories.status,
  editionDate: editions.date,
  deadline: stories.deadline,
  brief: stories.brief,
  targetLength: stories.targetLength,
  zi: stories.zi,
};

// Every queue is driven from stories_queue_idx (status, deadline) or pages_state_idx (state, updated_at):
// it reads the open work in one state, never the archive.
// Work handed over waits first come, first served; among a reporter's assignments without a deadline the newest comes first.
const byDeadline = [sql`${stories.deadline} is null`, asc(stories.deadline), asc(stories.id)];
const byDeadlineNewestFirst = [sql`${stories.deadline} is null`, asc(stories.deadline), desc(stories.id)];

function storyQueue(db: DbOrTx, where: SQL, limit: number, order = byDeadline): { count: number; items: QueueStory[] } {
  const items = db.select(queueStoryColumns).from(stories).innerJoin(editions, eq(editions.id, stories.editionId)).where(where).orderBy(...order).limit(limit).all();
  const n = items.length < limit ? items.length : db.select({ n: count() }).from(stories).where(where).get()!.n;
  return { count: n, items };
}

/** Stories in these states that the user is assigned to or in the byline of. */
function mine(userId: number): SQL {
  const personId = sql`(select ${people.id} from ${people} where ${people.userId} = ${userId})`;
  return or(
    sql`exists (select 1 from ${storyAssignees} where ${storyAssignees.storyId} = ${stories.id} and ${storyAssignees.userId} = ${userId})`,
    sql`exists (select 1 from ${storyBylines} where ${storyBylines.storyId} = ${stories.id} and ${storyBylines.personId} = ${personId})`,
  )!;
}

/** The reporter's assignments not yet filed (assigned, or started as a draft), with brief, deadline and target 字数. */
export function assignmentsQueue(db: DbOrTx, { userId, limit = OWN_ASSIGNMENTS_LIMIT }: { userId: number; limit?: number }) {
  const assigned = sql`exists (select 1 from ${storyAssignees} where ${storyAssignees.storyId} = ${stories.id} and ${storyAssignees.userId} = ${userId})`;
  return storyQueue(db, and(inArray(stories.status, ["assigned", "draft"]), assigned)!, limit, byDeadlineNewestFirst);
}

/** The reporter's stories returned to them, each with the latest return: who, when, why. */
export function returnedQueue(db: DbOrTx, { userId, limit = QUEUE_LIMIT }: { userId: number; limit?: number }): { count: number; items: ReturnedStory[] } {
  const { count: n, items } = storyQueue(db, and(eq(stories.status, "returned"), mine(userId))!, limit);
  if (items.length === 0) return { count: n, items: [] };
  const returns = db
    .select({ storyId: auditEvents.entityId, reason: auditEvents.reason, at: auditEvents.createdAt, by: users.name })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(and(eq(auditEvents.entityType, "story"), inArray(auditEvents.entityId, items.map((s) => s.id)), eq(auditEvents.action, "return")))
    .orderBy(desc(auditEvents.id))
    .all();
  const latest = new Map<number, (typeof returns)[number]>();
  for (const r of returns) if (!latest.has(r.storyId)) latest.set(r.storyId, r);
  return {
    count: n,
    items: items.map((s) => {
      const r = latest.get(s.id);
      return { ...s, returnedBy: r?.by ?? null, returnedAt: r?.at ?? null, reason: r?.reason ?? null };
    }),
  };
}

/** Stories in one state, across editions, by deadline (filed → waiting for 初审; edited → waiting for 终审). */
export function storiesInStateQueue(db: DbOrTx, { status, limit = QUEUE_LIMIT }: { status: StoryState; limit?: number }) {
  return storyQueue(db, eq(stories.status, status), limit);
}

/** 待复审: stories passed 初审 in editions with three review levels (三审). */
export function secondReviewQueue(db: DbOrTx, { limit = QUEUE_LIMIT }: { limit?: number } = {}) {
  return storyQueue(db, and(eq(stories.status, "edited"), inEditionWithLevels(3))!, limit);
}

/** 待终审: stories passed 初审 in two-level editions, and stories passed 复审 (reviewed). */
export function finalReviewQueue(db: DbOrTx, { limit = QUEUE_LIMIT }: { limit?: number } = {}) {
  return storyQueue(db, or(and(eq(stories.status, "edited"), inEditionWithLevels(2)), eq(stories.status, "reviewed"))!, limit);
}

/** The story's edition has this many review levels (a correlated lookup by the edition's primary key). */
function inEditionWithLevels(n: 2 | 3): SQL {
  return sql`(select ${editions.reviewLevels} from ${editions} where ${editions.id} = ${stories.editionId}) = ${n}`;
}

/**
 * Assignments past their deadline with the copy still owed. Deadlines are stored with their offset, so the index
 * range takes every deadline written before a day from now and the exact comparison is made on the instant.
 */
export function overdueQueue(db: DbOrTx, { now = new Date(), limit = QUEUE_LIMIT }: { now?: Date; limit?: number } = {}) {
  const upper = new Date(now.getTime() + 86_400_000).toISOString();
  return storyQueue(
    db,
    and(inArray(stories.status, [...OWED_STATES]), isNotNull(stories.deadline), lt(stories.deadline, upper), sql`julianday(${stories.deadline}) < julianday(${now.toISOString()})`)!,
    limit,
  );
}

/**
 * Pages in one state, the latest handed over (or, in layout, changed) first — what just arrived is on top —
 * each with its overset (count of boxes over and lines over).
 */
export function pagesInStateQueue(db: DbOrTx, { state, limit = QUEUE_LIMIT }: { state: PageState; limit?: number }): { count: number; items: QueuePage[] } {
  const rows = db
    .select({ id: pages.id })
    .from(pages)
    .where(eq(pages.state, state))
    .orderBy(desc(pages.updatedAt), desc(pages.id))
    .limit(limit)
    .all();
  const n = rows.length < limit ? rows.length : db.select({ n: count() }).from(pages).where(eq(pages.state, state)).get()!.n;
  const order = new Map(rows.map((r, i) => [r.id, i]));
  const items = listPageDetailsByIds(db, { ids: rows.map((r) => r.id) })
    .map((p): QueuePage => {
      const over = p.elements.filter((e) => e.storyId !== null && e.fit?.status === "over");
      return {
        id: p.id,
        editionDate: p.editionDate,
        number: p.number,
        name: p.name,
        state: p.state,
        responsibleEditor: p.responsibleEditor,
        oversetBoxes: over.length,
        oversetLines: over.reduce((sum, e) => sum + (e.fit?.status === "over" ? e.fit.overLines : 0), 0),
        signedAt: p.signedAt,
      };
    })
    .sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  return { count: n, items };
}

/**
 * What waits for this user: a reporter their assignments and returned stories; an editor (and up) the filed stories,
 * the overdue assignments and the pages in layout; a desk head (部门主任) also the stories for 复审; a chief also those,
 * the stories for 终审 and the pages to sign and to release.
 */
export function listDeskQueues(db: DbOrTx, { user, now = new Date() }: { user: { id: number; role: Role }; now?: Date }): DeskQueues {
  if (user.role === "reporter") return { assignments: assignmentsQueue(db, { userId: user.id }), returned: returnedQueue(db, { userId: user.id }) };
  if (user.role === "proofreader") return { proofing: proofingQueue(db) };
  const queues: DeskQueues = {};
  if (hasEditorialRole(user.role, "desk_head")) queues.reviewing = secondReviewQueue(db);
  if (hasEditorialRole(user.role, "chief")) {
    queues.edited = finalReviewQueue(db);
    queues.submitted = pagesInStateQueue(db, { state: "submitted" });
    queues.signed = pagesInStateQueue(db, { state: "signed" });
  }
  if (hasEditorialRole(user.role, "editor")) {
    queues.filed = storiesInStateQueue(db, { status: "filed" });
    queues.overdue = overdueQueue(db, { now });
    queues.layout = pagesInStateQueue(db, { state: "layout" });
  }
  return queues;
}

/** 待校对: pages submitted for sign-off with proofreading rounds still to sign, the longest waiting first (三校, docs/PROOFING.md). */
export function proofingQueue(db: DbOrTx, { limit = QUEUE_LIMIT }: { limit?: number } = {}): { count: number; items: QueuePage[] } {
  const { ids, count: n } = proofingQueuePageIds(db, { limit });
  const order = new Map(ids.map((id, i) => [id, i]));
  const progress = new Map(ids.map((id) => [id, proofProgressOf(db, id)]));
  const items = listPageDetailsByIds(db, { ids })
    .map((p): QueuePage => {
      const proof = progress.get(p.id)!;
      return {
        id: p.id,
        editionDate: p.editionDate,
        number: p.number,
        name: p.name,
        state: p.state,
        responsibleEditor: p.responsibleEditor,
        oversetBoxes: 0,
        oversetLines: 0,
        signedAt: null,
        proofRounds: proof.rounds,
        proofSigned: proof.signedRounds.length,
      };
    })
    .sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  return { count: n, items };
}
