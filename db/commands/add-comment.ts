import { and, eq } from "drizzle-orm";
import { DomainError } from "@/lib/errors";
import { hasEditorialRole, type Role } from "@/lib/roles";
import type { Db } from "../client";
import { comments } from "../schema";
import { isOwnStory, loadStoryForWrite } from "../queries/story-for-write";

/** Reporters comment on their own stories; the desk on any. Replies hang under a top-level comment. */
export function addComment(
  db: Db,
  { storyId, body, parentId, actor }: { storyId: number; body: string; parentId?: number | null; actor: { id: number; role: Role } },
) {
  return db.transaction((tx) => {
    const loaded = loadStoryForWrite(tx, storyId);
    if (!hasEditorialRole(actor.role, "editor") && !isOwnStory(loaded, actor.id)) throw new DomainError("forbidden", "comment.ownStoryOnly");
    if (parentId != null) {
      const parent = tx.select({ id: comments.id }).from(comments).where(and(eq(comments.id, parentId), eq(comments.storyId, storyId))).get();
      if (!parent) throw new DomainError("unprocessable", "comment.parentNotOnStory", { id: parentId });
    }
    return tx.insert(comments).values({ storyId, body, parentId: parentId ?? null, authorId: actor.id }).returning().get();
  });
}
