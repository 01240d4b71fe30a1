import { and, eq } from "drizzle-orm";
import { DomainError } from "@/lib/errors";
import type { Role } from "@/lib/roles";
import type { StoryTransitionBody } from "@/lib/api/story-schemas";
import { translator } from "@/lib/i18n/translate";
import { decideStoryTransition, type StoryAction } from "@/lib/workflow/story-workflow";
import type { Db } from "../client";
import { comments, stories } from "../schema";
import { notify } from "./notify";
import { recordAudit } from "./record-audit";
import { isStoryFrozen } from "../queries/story-frozen";
import { chiefUserIds, deskUserIds } from "../queries/users";
import { isOwnStory, loadStoryForWrite, storyPeopleUserIds } from "../queries/story-for-write";
import { writeRevision } from "./write-revision";
import { receivedByOf } from "../queries/story-received";
import { refuseStoryCheckBlocks } from "../queries/check-gate";
import { isCheckGated } from "@/lib/check-desk/finding-status";

export type StoryTransitionRequest = StoryTransitionBody & { storyId: number; actor: { id: number; role: Role; name: string } };

/**
 * Moves a story through its workflow: decides with the pure state machine, then writes the new state
 * (guarded by the state it was read in), a revision, the audit row, the reason as a comment and the
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
    const { to } = decideStoryTransition({
      action: req.action,
      from: story.status,
      statusBeforeSpike: story.statusBeforeSpike,
      actor: req.actor,
      isOwnStory: isOwnStory(loaded, req.actor.id),
      reason,
      lastReviewerId: story.passedById,
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
        passedById: req.action === "pass" ? req.actor.id : req.action === "return" ? null : story.passedById,
        // Filed again (or taken back): nobody has received this filing yet.
        ...(req.action === "file" || req.action === "recall" ? { receivedById: null, receivedAt: null } : {}),
        updatedAt: new Date().toISOString(),
      })
      .where(and(eq(stories.id, story.id), eq(stories.status, story.status), eq(stories.version, story.version)))
      .returning({ id: stories.id })
      .get();
    if (!updated) throw new DomainError("conflict", "story.changedDuringDecision");

    writeRevision(tx, { storyId: story.id, storyVersion: version, authorId: req.actor.id, cause: req.action, content: loaded.content });
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
    } else if (req.action === "approve" || req.action === "pass") {
      // 初审 passed: the reporter and the chiefs (the 终审 now waits for them); 终审 passed: the reporter and the first reviewer
      const ids = [...storyPeopleUserIds(loaded), ...(req.action === "pass" ? chiefUserIds(tx) : story.passedById ? [story.passedById] : [])];
      notify(tx, { userIds: ids, storyId: story.id, notice: { kind: req.action === "pass" ? "passed" : "approved", params: { story: title } }, exceptUserId: req.actor.id });
    } else if (req.action === "recall") {
      notify(tx, { userIds: deskUserIds(tx), storyId: story.id, notice: { kind: "recalled", params: { actor: req.actor.name, story: title } }, exceptUserId: req.actor.id });
    }
    return { status: to, version };
  });
}
