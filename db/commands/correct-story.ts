import { eq } from "drizzle-orm";
import { DomainError } from "@/lib/errors";
import type { Role } from "@/lib/roles";
import type { Db } from "../client";
import { stories, storyCorrections } from "../schema";
import { recordAudit } from "./record-audit";

/**
 * 更正 (published → correct): a correction record on a story whose page was released. The printed text is
 * not changed; the e-paper's article shows the note (and so gets a new ETag). Only a published story.
 */
export function correctStory(db: Db, { storyId, note, actor }: { storyId: number; note: string; actor: { id: number; role: Role } }) {
  return db.transaction((tx) => {
    const story = tx.select({ id: stories.id, status: stories.status }).from(stories).where(eq(stories.id, storyId)).get();
    if (!story) throw new DomainError("not_found", "story.notFound", { id: storyId });
    if (story.status !== "published") throw new DomainError("conflict", "epaper.correctOnlyPublished");
    const correction = tx.insert(storyCorrections).values({ storyId, note, createdById: actor.id }).returning().get();
    recordAudit(tx, { actorId: actor.id, entityType: "story", entityId: storyId, action: "correct", fromState: "published", toState: "published", reason: note });
    return correction;
  });
}
