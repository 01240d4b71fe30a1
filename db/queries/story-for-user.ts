import { and, desc, eq, max } from "drizzle-orm";
import type { Locale } from "@/lib/i18n/locales";
import { renderMessage } from "@/lib/i18n/translate";
import type { Role } from "@/lib/roles";
import { actionChoices, allowedActions, canEditContent, type StoryAction } from "@/lib/workflow/story-workflow";
import type { DbOrTx } from "../client";
import { auditEvents, storyRevisions, users } from "../schema";
import { isStoryFrozen } from "./story-frozen";
import { currentLock, isOwnStory, loadStoryForWrite } from "./story-for-write";
import { receivedByOf } from "./story-received";
import { getStoryById } from "./stories";
import { reviewLevelsOfStory, reviewSheetOf } from "./story-reviews";
import { listCheckOverrides } from "./story-check";

/** A workflow button as this reader sees it: offered, or disabled with the rule's words in their language. */
export type StoryActionChoice = { action: StoryAction; allowed: true } | { action: StoryAction; allowed: false; reason: string };

/** Why a returned story came back: the latest 退回 in the audit (who, when, the reason). */
function lastReturn(db: DbOrTx, storyId: number): { by: string; at: string; reason: string } | null {
  const row = db
    .select({ by: users.name, at: auditEvents.createdAt, reason: auditEvents.reason })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(and(eq(auditEvents.entityType, "story"), eq(auditEvents.entityId, storyId), eq(auditEvents.action, "return")))
    .orderBy(desc(auditEvents.id))
    .limit(1)
    .get();
  return row ? { by: row.by ?? "—", at: row.at, reason: row.reason ?? "" } : null;
}

/** The story's latest revision number (修订 N): the same number the history lists. */
function latestRevision(db: DbOrTx, storyId: number): number {
  return db.select({ n: max(storyRevisions.number) }).from(storyRevisions).where(eq(storyRevisions.storyId, storyId)).get()?.n ?? 0;
}

/** The story as one user sees it: content, the running lease, and what they may do with it now. */
export function getStoryForUser(db: DbOrTx, { id, user, locale }: { id: number; user: { id: number; role: Role; locale?: Locale }; locale?: Locale }) {
  const story = getStoryById(db, { id });
  if (!story) return undefined;
  const loaded = loadStoryForWrite(db, id);
  const own = isOwnStory(loaded, user.id);
  const frozen = isStoryFrozen(db, id);
  const received = receivedByOf(db, story);
  const reviewSheet = reviewSheetOf(db, id);
  const reviewLevels = reviewLevelsOfStory(db, id);
  const context = { actorId: user.id, reviewLevels, reviews: reviewSheet, receivedBy: received };
  const lang = locale ?? user.locale ?? "zh-CN";
  const choices: StoryActionChoice[] = frozen
    ? []
    : actionChoices(story.status, user.role, own, context).map(({ action, refusal }) =>
        refusal ? { action, allowed: false, reason: renderMessage(lang, refusal.reason) } : { action, allowed: true },
      );
  return {
    ...story,
    assigneeIds: loaded.assigneeIds,
    lock: currentLock(db, id),
    frozen,
    /** 修订 N: the latest revision's number. */
    revision: latestRevision(db, id),
    /** 签收: who received the filed story for review. */
    received,
    /** While returned: who sent it back, when, why. */
    returned: story.status === "returned" ? lastReturn(db, id) : null,
    /** 三审: the edition's review levels (2 or 3) and the 审稿单, oldest act first. */
    reviewLevels,
    reviewSheet,
    checkOverrides: listCheckOverrides(db, id),
    permissions: {
      canEdit: !frozen && canEditContent(story.status, user.role, own),
      actions: frozen ? [] : allowedActions(story.status, user.role, own, context),
      choices,
    },
  };
}
export type StoryForUser = NonNullable<ReturnType<typeof getStoryForUser>>;
