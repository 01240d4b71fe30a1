import { and, eq } from "drizzle-orm";
import { DomainError } from "@/lib/errors";
import type { StoryText } from "@/lib/story-text";
import type { Role } from "@/lib/roles";
import { canEditContent } from "@/lib/workflow/story-workflow";
import type { Db } from "../client";
import { stories, storyRevisions } from "../schema";
import { applyContent } from "./apply-content";
import { isStoryFrozen } from "../queries/story-frozen";
import { recordAudit } from "./record-audit";
import { foreignLock, isOwnStory, loadStoryForWrite } from "../queries/story-for-write";
import { writeRevision } from "./write-revision";

/** Puts an old revision's content back as a new revision (history is never rewritten), audited. */
export function restoreRevision(
  db: Db,
  { storyId, number, baseVersion, actor }: { storyId: number; number: number; baseVersion: number; actor: { id: number; role: Role } },
): { version: number; revision: number } {
  return db.transaction((tx) => {
    const loaded = loadStoryForWrite(tx, storyId);
    if (!canEditContent(loaded.story.status, actor.role, isOwnStory(loaded, actor.id))) throw new DomainError("forbidden", "story.mayNotEdit");
    if (isStoryFrozen(tx, storyId)) throw new DomainError("conflict", "story.pageSigned");
    const lock = foreignLock(tx, storyId, actor.id);
    if (lock) throw new DomainError("conflict", "story.beingEdited", { name: lock.holderName }, { lock });
    if (loaded.story.version !== baseVersion) throw new DomainError("conflict", "story.stale", { version: loaded.story.version, baseVersion }, { version: loaded.story.version });
    const rev = tx.select().from(storyRevisions).where(and(eq(storyRevisions.storyId, storyId), eq(storyRevisions.number, number))).get();
    if (!rev) throw new DomainError("not_found", "revision.notFound", { id: storyId, number });
    const content = rev.content as StoryText;
    applyContent(tx, storyId, content);
    const version = loaded.story.version + 1;
    tx.update(stories).set({ version, updatedAt: new Date().toISOString() }).where(eq(stories.id, storyId)).run();
    const revision = writeRevision(tx, { storyId, storyVersion: version, authorId: actor.id, cause: `restore:${number}`, content });
    recordAudit(tx, { actorId: actor.id, entityType: "story", entityId: storyId, action: "restore", reason: `revision ${number}` });
    return { version, revision };
  });
}
