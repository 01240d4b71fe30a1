import { and, eq } from "drizzle-orm";
import { DomainError } from "@/lib/errors";
import { hasEditorialRole, type Role } from "@/lib/roles";
import type { Db } from "../client";
import { comments } from "../schema";
import { isOwnStory, loadStoryForWrite } from "../queries/story-for-write";

export function setCommentResolved(
  db: Db,
  { storyId, commentId, resolved, actor }: { storyId: number; commentId: number; resolved: boolean; actor: { id: number; role: Role } },
) {
  return db.transaction((tx) => {
    const loaded = loadStoryForWrite(tx, storyId);
    if (!hasEditorialRole(actor.role, "editor") && !isOwnStory(loaded, actor.id)) throw new DomainError("forbidden", "comment.ownStoryOnly");
    const updated = tx
      .update(comments)
      .set({ resolvedAt: resolved ? new Date().toISOString() : null })
      .where(and(eq(comments.id, commentId), eq(comments.storyId, storyId)))
      .returning()
      .get();
    if (!updated) throw new DomainError("not_found", "comment.notFound", { id: commentId, storyId });
    return updated;
  });
}
