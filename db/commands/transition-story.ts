import { and, eq } from "drizzle-orm";
import { DomainError } from "@/lib/errors";
import type { Role } from "@/lib/roles";
import type { StoryTransitionBody } from "@/lib/api/story-schemas";
import { translator } from "@/lib/i18n/translate";
import { decideStoryTransition, type StoryAction } from "@/lib/workflow/story-workflow";
import { reviewLevelOf } from "@/lib/review/review-levels";
import type { Db } from "../client";
import { comments, stories, storyReviews } from "../schema";
import { notify } from "./notify";
import { recordAudit } from "./record-audit";
import { isStoryFrozen } from "../queries/story-frozen";
import { chiefUserIds, deskHeadUserIds, deskUserIds } from "../queries/users";
import { reviewActsOf, reviewLevelsOfStory } from "../queries/story-reviews";
import { isOwnStory, loadStoryForWrite, storyPeopleUserIds } from "../queries/story-for-write";
import { writeRevision } from "./write-revision";
import { receivedByOf } from "../queries/story-received";
import { refuseStoryCheckBlocks } from "../queries/check-gate";
import { isCheckGated } from "@/lib/check-desk/finding-status";

export type StoryTransitionRequest = StoryTransitionBody & { storyId: number; actor: { id: number; role: Role; name: string } };

/**
 * Moves a story through its workflow: decides with the pure state machine, then writes the new state
 * (guarded by the state it was read in), a revision, the review act on the 审稿单 (初审/复审/终审, passed or
 * returned, with the opinion, the 字数 and the revision), the audit row, the reason as a comment and the
 * notifications — all in one transaction.
 */
export function transitionStory(db: Db, req: StoryTransitionRequest): { status: string; version: number } {
  return db.transaction((tx) => {
    const loaded = loadStoryForWrite(tx, req.storyId);
    const { story } = loaded;
    if (isStoryFrozen(tx, story.id) && req.action !== "spike") {
      throw new DomainError("conflict", "story.pageSigned");
    }
    const reason = req.reason?.trim() || null;
    const reviewLevels = reviewLevelsOfStory(tx, story.id);
    const reviews = reviewActsOf(tx, story.id);
    const { to } = decideStoryTransition({
      action: req.action,
      from: story.status,
      statusBeforeSpike: story.statusBeforeSpike,
      actor: req.actor,
      isOwnStory: isOwnStory(loaded, req.actor.id),
      reason,
      reviewLevels,
      reviews,
      receivedBy: receivedByOf(tx, story),
    });
    // 机检: a block finding not overridden refuses filing and every review level.
    if (isCheckGated(req.action)) refuseStoryCheckBlocks(tx, story.id, req.action);
    const version = story.version + 1;
    const updated = tx
      .update(stories)
      .set({
        status: to,
        version,
        statusBeforeSpike: req.action === "spike" ? story.status : req.action === "unspike" ? null : story.statusBeforeSpike,
        // kept for the API's storyDetail (who passed 初审 of this filing); the rule reads story_reviews
        passedById: req.action === "pass" ? req.actor.id : req.action === "return" ? null : story.passedById,
        // Filed again (or taken back): nobody has received this filing yet.
        ...(req.action === "file" || req.action === "recall" ? { receivedById: null, receivedAt: null } : {}),
        updatedAt: new Date().toISOString(),
      })
      .where(and(eq(stories.id, story.id), eq(stories.status, story.status), eq(stories.version, story.version)))
      .returning({ id: stories.id })
      .get();
    if (!updated) throw new DomainError("conflict", "story.changedDuringDecision");

    const revision = writeRevision(tx, { storyId: story.id, storyVersion: version, authorId: req.actor.id, cause: req.action, content: loaded.content });
    const level = reviewLevelOf(req.action, story.status, reviewLevels);
    if (level !== null) {
      tx.insert(storyReviews)
        .values({ storyId: story.id, level, outcome: req.action === "return" ? "returned" : "passed", reviewerId: req.actor.id, opinion: reason, zi: story.zi, revision })
        .run();
    }
    recordAudit(tx, { actorId: req.actor.id, entityType: "story", entityId: story.id, action: req.action, fromState: story.status, toState: to, reason });
    if (reason) {
      // The comment is stored text, so its prefix stays in the newsroom's language (zh-CN), as before.
      const prefix = translator("zh-CN")(`storyAction.${req.action}`);
      tx.insert(comments).values({ storyId: story.id, authorId: req.actor.id, body: `【${prefix}】${reason}` }).run();
    }

    const title = story.headline ?? story.slug;
    if (req.action === "file") {
      notify(tx, { userIds: deskUserIds(tx), storyId: story.id, notice: { kind: "filed", params: { actor: req.actor.name, story: title } }, exceptUserId: req.actor.id });
    } else if (req.action === "return") {
      notify(tx, { userIds: storyPeopleUserIds(loaded), storyId: story.id, notice: { kind: "returned", params: { story: title, reason: reason ?? "" } }, exceptUserId: req.actor.id });
    } else if (req.action === "approve" || req.action === "pass" || req.action === "review") {
      // 初审 passed: the reporter and who gives the next level (the desk heads and chiefs for 复审, the chiefs for 终审);
      // 复审 passed: the reporter and the chiefs; 终审 passed: the reporter, the 初审 and the 复审 reviewer
      const next =
        req.action === "pass" ? (reviewLevels === 3 ? [...deskHeadUserIds(tx), ...chiefUserIds(tx)] : chiefUserIds(tx))
        : req.action === "review" ? chiefUserIds(tx)
        : [story.passedById, reviews.findLast((r) => r.level === "second" && r.outcome === "passed")?.reviewerId].filter((id): id is number => id != null);
      const kind = req.action === "pass" ? "passed" : req.action === "review" ? "reviewed" : "approved";
      notify(tx, { userIds: [...new Set([...storyPeopleUserIds(loaded), ...next])], storyId: story.id, notice: { kind, params: { story: title } }, exceptUserId: req.actor.id });
    } else if (req.action === "recall") {
      notify(tx, { userIds: deskUserIds(tx), storyId: story.id, notice: { kind: "recalled", params: { actor: req.actor.name, story: title } }, exceptUserId: req.actor.id });
    }
    return { status: to, version };
  });
}
