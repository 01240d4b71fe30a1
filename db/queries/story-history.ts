import { and, asc, desc, eq, gt, inArray, isNull, lt } from "drizzle-orm";
import { editionIdOn } from "./edition-id";
import { HISTORY_PAGE_SIZE } from "@/lib/api/common";
import type { DbOrTx } from "../client";
import { auditEvents, comments, editions, notifications, stories, storyRevisions, users } from "../schema";
import type { StoryText } from "@/lib/story-text";

/** A history page: at most `limit` rows past the cursor (a full page means there may be more). */
export type HistoryPage = { before?: number; after?: number; limit?: number };

/** The cursor of the page after `rows`: the last row's key when the page is full, else null. */
export function nextCursorOf<T>(rows: T[], key: (row: T) => number, limit = HISTORY_PAGE_SIZE): number | null {
  return rows.length >= limit && rows.length > 0 ? key(rows[rows.length - 1]) : null;
}

/** Revisions newest first, a page at a time (`before` = a revision number). */
export function listRevisions(db: DbOrTx, { storyId, before, limit = HISTORY_PAGE_SIZE }: { storyId: number } & HistoryPage) {
  return db
    .select({
      number: storyRevisions.number,
      storyVersion: storyRevisions.storyVersion,
      cause: storyRevisions.cause,
      createdAt: storyRevisions.createdAt,
      author: users.name,
    })
    .from(storyRevisions)
    .leftJoin(users, eq(users.id, storyRevisions.authorId))
    .where(before === undefined ? eq(storyRevisions.storyId, storyId) : and(eq(storyRevisions.storyId, storyId), lt(storyRevisions.number, before)))
    .orderBy(desc(storyRevisions.number))
    .limit(limit)
    .all();
}

export function getRevision(db: DbOrTx, { storyId, number }: { storyId: number; number: number }) {
  const row = db
    .select({
      number: storyRevisions.number,
      storyVersion: storyRevisions.storyVersion,
      cause: storyRevisions.cause,
      createdAt: storyRevisions.createdAt,
      author: users.name,
      content: storyRevisions.content,
    })
    .from(storyRevisions)
    .leftJoin(users, eq(users.id, storyRevisions.authorId))
    .where(and(eq(storyRevisions.storyId, storyId), eq(storyRevisions.number, number)))
    .get();
  return row ? { ...row, content: row.content as StoryText } : undefined;
}

export function listComments(db: DbOrTx, { storyId }: { storyId: number }) {
  return db
    .select({
      id: comments.id,
      parentId: comments.parentId,
      body: comments.body,
      resolvedAt: comments.resolvedAt,
      createdAt: comments.createdAt,
      author: users.name,
      authorId: comments.authorId,
    })
    .from(comments)
    .innerJoin(users, eq(users.id, comments.authorId))
    .where(eq(comments.storyId, storyId))
    .orderBy(asc(comments.id))
    .all();
}

/** The story's audit trail oldest first, a page at a time (`after` = an event id). */
export function listStoryAudit(db: DbOrTx, { storyId, after, limit = HISTORY_PAGE_SIZE }: { storyId: number } & HistoryPage) {
  return db
    .select({
      id: auditEvents.id,
      action: auditEvents.action,
      fromState: auditEvents.fromState,
      toState: auditEvents.toState,
      reason: auditEvents.reason,
      createdAt: auditEvents.createdAt,
      actor: users.name,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(and(eq(auditEvents.entityType, "story"), eq(auditEvents.entityId, storyId), after === undefined ? undefined : gt(auditEvents.id, after)))
    .orderBy(asc(auditEvents.id))
    .limit(limit)
    .all();
}

/** The whole edition's story audit trail (the chief's view), newest first, a page at a time (`before` = an event id). */
export function listEditionAudit(db: DbOrTx, { date, before, limit = HISTORY_PAGE_SIZE }: { date: string } & HistoryPage) {
  return db
    .select({
      id: auditEvents.id,
      storyId: stories.id,
      headline: stories.headline,
      slug: stories.slug,
      action: auditEvents.action,
      fromState: auditEvents.fromState,
      toState: auditEvents.toState,
      reason: auditEvents.reason,
      createdAt: auditEvents.createdAt,
      actor: users.name,
    })
    .from(auditEvents)
    .innerJoin(stories, eq(stories.id, auditEvents.entityId))
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    // driven from the edition's stories (an index search per story), never from every story event ever
    .where(
      and(
        eq(auditEvents.entityType, "story"),
        inArray(auditEvents.entityId, db.select({ id: stories.id }).from(stories).where(eq(stories.editionId, editionIdOn(date)))),
        before === undefined ? undefined : lt(auditEvents.id, before),
      ),
    )
    .orderBy(desc(auditEvents.id))
    .limit(limit)
    .all();
}

export function listNotifications(db: DbOrTx, { userId, unreadOnly = false }: { userId: number; unreadOnly?: boolean }) {
  return db
    .select()
    .from(notifications)
    .where(unreadOnly ? and(eq(notifications.userId, userId), isNull(notifications.readAt)) : eq(notifications.userId, userId))
    .orderBy(desc(notifications.id))
    .limit(50)
    .all();
}
