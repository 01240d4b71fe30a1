import { and, eq, gt } from "drizzle-orm";
import { DomainError } from "@/lib/errors";
import type { DbOrTx } from "../client";
import { people, sidebars, stories, storyAssignees, storyBylines, storyLocks, users } from "../schema";
import type { StoryText } from "@/lib/story-text";

/** Everything a write needs to know about a story, read inside the write's transaction. */
export function loadStoryForWrite(tx: DbOrTx, storyId: number) {
  const story = tx.select().from(stories).where(eq(stories.id, storyId)).get();
  if (!story) throw new DomainError("not_found", "story.notFound", { id: storyId });
  const bylines = tx
    .select({ personId: people.id, name: people.name, userId: people.userId, role: storyBylines.role })
    .from(storyBylines)
    .innerJoin(people, eq(people.id, storyBylines.personId))
    .where(eq(storyBylines.storyId, storyId))
    .orderBy(storyBylines.position)
    .all();
  const assigneeIds = tx
    .select({ userId: storyAssignees.userId })
    .from(storyAssignees)
    .where(eq(storyAssignees.storyId, storyId))
    .all()
    .map((a) => a.userId);
  const storySidebars = tx
    .select({ title: sidebars.title, paragraphs: sidebars.paragraphs })
    .from(sidebars)
    .where(eq(sidebars.storyId, storyId))
    .orderBy(sidebars.position)
    .all();
  const content: StoryText = {
    kicker: story.kicker,
    headline: story.headline,
    subheadline: story.subheadline,
    dateline: story.dateline,
    body: story.body,
    sidebars: storySidebars,
    bylines: bylines.map((b) => ({ name: b.name, role: b.role })),
  };
  return { story, bylines, assigneeIds, content };
}
export type LoadedStory = ReturnType<typeof loadStoryForWrite>;

/** A reporter's "own" story: they are in its byline, among its assignees, or created it. */
export function isOwnStory(loaded: LoadedStory, userId: number): boolean {
  return (
    loaded.story.createdById === userId ||
    loaded.assigneeIds.includes(userId) ||
    loaded.bylines.some((b) => b.userId === userId)
  );
}

/** The users a story concerns: byline staff and assignees. */
export function storyPeopleUserIds(loaded: LoadedStory): number[] {
  const ids = [...loaded.assigneeIds, ...loaded.bylines.flatMap((b) => (b.userId === null ? [] : [b.userId]))];
  return [...new Set(ids)];
}

/** The current lease holder other than `userId`, if the lease is still running. */
export function foreignLock(tx: DbOrTx, storyId: number, userId: number, now = Date.now()) {
  const lock = currentLock(tx, storyId, now);
  return lock && lock.holderId !== userId ? lock : null;
}

/** The running lease on a story, whoever holds it. */
export function currentLock(tx: DbOrTx, storyId: number, now = Date.now()) {
  return tx
    .select({ holderId: storyLocks.holderId, holderName: users.name, acquiredAt: storyLocks.acquiredAt, expiresAt: storyLocks.expiresAt })
    .from(storyLocks)
    .innerJoin(users, eq(users.id, storyLocks.holderId))
    .where(and(eq(storyLocks.storyId, storyId), gt(storyLocks.expiresAt, now)))
    .get() ?? null;
}
