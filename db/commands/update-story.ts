import { and, eq } from "drizzle-orm";
import { DomainError } from "@/lib/errors";
import { label } from "@/lib/i18n/translate";
import { hasEditorialRole, type Role } from "@/lib/roles";
import { canEditContent } from "@/lib/workflow/story-workflow";
import type { Db } from "../client";
import { stories } from "../schema";
import { revisionTextOf, sameStoryText, type StoryText } from "@/lib/story-text";
import { applyContent } from "./apply-content";
import type { StoryMeta } from "@/lib/story-meta";
import { foreignLock, isOwnStory, loadStoryForWrite } from "../queries/story-for-write";
import { writeRevision } from "./write-revision";
import { isStoryFrozen } from "../queries/story-frozen";
import { recordStoryCheckCounts } from "./record-story-check-counts";

export interface StorySave {
  storyId: number;
  baseVersion: number;
  content?: StoryText;
  meta?: Partial<StoryMeta>;
  actor: { id: number; role: Role };
}

export type SaveResult = { version: number; revision: number | null; changed: boolean };

/**
 * Saves a story's text and/or meta fields against the version the client started from.
 * Stale → 409 with the server's copy; someone else holding the lease → 409; unchanged → no revision.
 */
export function updateStory(db: Db, save: StorySave): SaveResult {
  return db.transaction((tx) => {
    const loaded = loadStoryForWrite(tx, save.storyId);
    const { story } = loaded;
    if (!canEditContent(story.status, save.actor.role, isOwnStory(loaded, save.actor.id))) {
      throw new DomainError("forbidden", "story.mayNotEditInState", { status: label("status", story.status) });
    }
    if (save.meta && (save.meta.targetLength !== undefined || save.meta.deadline !== undefined) && !hasEditorialRole(save.actor.role, "editor")) {
      throw new DomainError("forbidden", "story.deskOnlyTargets");
    }
    if (isStoryFrozen(tx, story.id)) throw new DomainError("conflict", "story.pageSigned");
    const lock = foreignLock(tx, story.id, save.actor.id);
    if (lock) throw new DomainError("conflict", "story.beingEdited", { name: lock.holderName }, { lock, current: loaded.content, version: story.version });
    if (story.version !== save.baseVersion) {
      throw new DomainError("conflict", "story.stale", { version: story.version, baseVersion: save.baseVersion }, {
        version: story.version,
        current: { ...loaded.content, slug: story.slug, status: story.status },
      });
    }
    const contentChanged = save.content !== undefined && !sameStoryText(revisionTextOf(save.content), loaded.content);
    const meta = save.meta ?? {};
    const metaChanged = (Object.keys(meta) as (keyof StoryMeta)[]).some((k) => meta[k] !== undefined && meta[k] !== story[k]);
    if (!contentChanged && !metaChanged) return { version: story.version, revision: null, changed: false };

    const version = story.version + 1;
    if (contentChanged) applyContent(tx, story.id, save.content!);
    const updated = tx
      .update(stories)
      .set({ ...meta, version, updatedAt: new Date().toISOString() })
      .where(and(eq(stories.id, story.id), eq(stories.version, save.baseVersion)))
      .returning({ version: stories.version })
      .get();
    if (!updated) throw new DomainError("conflict", "story.changedDuringSave");
    const revision = contentChanged
      ? writeRevision(tx, { storyId: story.id, storyVersion: version, authorId: save.actor.id, cause: "edit", content: revisionTextOf(save.content!) })
      : null;
    // The edition's check summary reads these counts, never the body.
    if (contentChanged) recordStoryCheckCounts(tx, story.id);
    return { version, revision, changed: true };
  });
}
