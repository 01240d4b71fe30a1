import { and, eq, isNull } from "drizzle-orm";
import { hasEditorialRole, type Role } from "@/lib/roles";
import type { Db } from "../client";
import { stories } from "../schema";
import { recordAudit } from "./record-audit";
import { loadStoryForWrite, storyPeopleUserIds } from "../queries/story-for-write";

/**
 * 签收: the first desk editor (editor or chief, not in its byline or among its assignees: the editor who commissioned it counts) who opens a filed
 * story marks it received — recorded on the story and audited; from then on the reporter can no longer
 * recall it. Anyone else opening it, or a story in another state, changes nothing (`received: false`).
 */
export function receiveStory(db: Db, { storyId, actor, now = new Date() }: { storyId: number; actor: { id: number; role: Role }; now?: Date }): { received: boolean } {
  return db.transaction((tx) => {
    const loaded = loadStoryForWrite(tx, storyId);
    const { story } = loaded;
    if (story.status !== "filed" || story.receivedById !== null) return { received: false };
    if (!hasEditorialRole(actor.role, "editor") || storyPeopleUserIds(loaded).includes(actor.id)) return { received: false };
    const at = now.toISOString();
    const updated = tx
      .update(stories)
      .set({ receivedById: actor.id, receivedAt: at })
      .where(and(eq(stories.id, storyId), eq(stories.status, "filed"), isNull(stories.receivedById)))
      .returning({ id: stories.id })
      .get();
    if (!updated) return { received: false };
    recordAudit(tx, { actorId: actor.id, entityType: "story", entityId: storyId, action: "receive", fromState: "filed", toState: "filed" });
    return { received: true };
  });
}
