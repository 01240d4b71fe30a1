import { DomainError } from "@/lib/errors";
import { LEASE_MS, type LockInfo } from "@/lib/lease-policy";
import { hasEditorialRole, type Role } from "@/lib/roles";
import type { Db } from "../client";
import { storyLocks } from "../schema";
import { notify } from "./notify";
import { recordAudit } from "./record-audit";
import { currentLock, isOwnStory, loadStoryForWrite } from "../queries/story-for-write";
import { canEditContent } from "@/lib/workflow/story-workflow";

/**
 * Takes or renews the lease. When someone else holds a running lease: 409 with the holder, unless
 * `takeOver` is asked by an editor or chief — then the lease moves and the old holder is told.
 */
export function acquireStoryLock(
  db: Db,
  { storyId, actor, takeOver = false, now = Date.now() }: { storyId: number; actor: { id: number; role: Role; name: string }; takeOver?: boolean; now?: number },
): LockInfo {
  return db.transaction((tx) => {
    const loaded = loadStoryForWrite(tx, storyId);
    const { story } = loaded;
    // Only someone who may edit the text takes its lease (a reader never blocks a writer).
    if (!canEditContent(story.status, actor.role, isOwnStory(loaded, actor.id))) {
      throw new DomainError("forbidden", "story.mayNotEdit");
    }
    const held = currentLock(tx, storyId, now);
    if (held && held.holderId !== actor.id) {
      if (!takeOver) throw new DomainError("conflict", "story.beingEdited", { name: held.holderName }, { lock: held });
      if (!hasEditorialRole(actor.role, "editor")) throw new DomainError("forbidden", "story.takeOverNeedsEditor");
      notify(tx, {
        userIds: [held.holderId],
        storyId,
        notice: { kind: "taken_over", params: { actor: actor.name, story: story.headline ?? story.slug } },
      });
      recordAudit(tx, { actorId: actor.id, entityType: "story", entityId: storyId, action: "take-over", reason: `from ${held.holderName}` });
    }
    const acquiredAt = held && held.holderId === actor.id ? held.acquiredAt : new Date(now).toISOString();
    const values = { storyId, holderId: actor.id, acquiredAt, expiresAt: now + LEASE_MS };
    tx.insert(storyLocks).values(values).onConflictDoUpdate({ target: storyLocks.storyId, set: values }).run();
    return { holderId: actor.id, holderName: actor.name, acquiredAt, expiresAt: values.expiresAt };
  });
}
