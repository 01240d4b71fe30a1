import { eq } from "drizzle-orm";
import { isCorrectionErrorCount } from "@/lib/error-rate";
import { DomainError } from "@/lib/errors";
import type { Role } from "@/lib/roles";
import type { Db } from "../client";
import { stories, storyCorrections } from "../schema";
import { recordAudit } from "./record-audit";

/**
 * 更正 (published → correct): a correction record on a story whose page was released, with the number of
 * 差错 it corrects (1–50; the 差错率 counts errors, not notices). The printed text is not changed; the
 * e-paper's article shows the note (and so gets a new ETag). Only a published story.
 */
export function correctStory(
  db: Db,
  { storyId, note, errorCount = 1, actor }: { storyId: number; note: string; errorCount?: number; actor: { id: number; role: Role } },
) {
  if (!isCorrectionErrorCount(errorCount)) throw new DomainError("bad_request", "corrections.errorCount");
  return db.transaction((tx) => {
    const story = tx.select({ id: stories.id, status: stories.status }).from(stories).where(eq(stories.id, storyId)).get();
    if (!story) throw new DomainError("not_found", "story.notFound", { id: storyId });
    if (story.status !== "published") throw new DomainError("conflict", "epaper.correctOnlyPublished");
    const correction = tx.insert(storyCorrections).values({ storyId, note, errorCount, createdById: actor.id }).returning().get();
    // the count with the note, in the words the audit's other rows use (a story's trail is read by both languages)
    const reason = `${note}（${errorCount} 处差错 · ${errorCount} ${errorCount === 1 ? "error" : "errors"}）`;
    recordAudit(tx, { actorId: actor.id, entityType: "story", entityId: storyId, action: "correct", fromState: "published", toState: "published", reason });
    return correction;
  });
}
