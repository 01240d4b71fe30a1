import { and, asc, desc, eq, isNull } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { auditEvents, comments, editions, notifications, stories, storyRevisions, users } from "../schema";
import type { StoryText } from "@/lib/story-text";

export function listRevisions(db: DbOrTx, { storyId }: { storyId: number }) {
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
    .where(eq(storyRevisions.storyId, storyId))
    .orderBy(desc(storyRevisions.number))
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

export function listStoryAudit(db: DbOrTx, { storyId }: { storyId: number }) {
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
    .where(and(eq(auditEvents.entityType, "story"), eq(auditEvents.entityId, storyId)))
    .orderBy(asc(auditEvents.id))
    .all();
}

/** The whole edition's story audit trail (the chief's view). */
export function listEditionAudit(db: DbOrTx, { date }: { date: string }) {
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
    .innerJoin(stories, and(eq(auditEvents.entityType, "story"), eq(stories.id, auditEvents.entityId)))
    .innerJoin(editions, eq(editions.id, stories.editionId))
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(eq(editions.date, date))
    .orderBy(desc(auditEvents.id))
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
