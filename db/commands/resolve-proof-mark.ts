import { and, eq } from "drizzle-orm";
import { DomainError } from "@/lib/errors";
import { label } from "@/lib/i18n/translate";
import { applyCorrection, type ProofField } from "@/lib/proofing/anchor";
import type { Role } from "@/lib/roles";
import { revisionTextOf } from "@/lib/story-text";
import { decideMarkResolve } from "@/lib/workflow/proof-workflow";
import { canEditContent } from "@/lib/workflow/story-workflow";
import type { Db, Tx } from "../client";
import { proofMarks, stories } from "../schema";
import { isStoryFrozen } from "../queries/story-frozen";
import { foreignLock, isOwnStory, loadStoryForWrite } from "../queries/story-for-write";
import { applyContent } from "./apply-content";
import { recordAudit } from "./record-audit";
import { writeRevision } from "./write-revision";

export interface MarkResolution {
  markId: number;
  /** the mark's version the editor saw */
  baseVersion: number;
  actor: { id: number; role: Role };
}

function openMark(tx: Tx, markId: number) {
  const mark = tx.select().from(proofMarks).where(eq(proofMarks.id, markId)).get();
  if (!mark) throw new DomainError("not_found", "proofing.markNotFound", { id: markId });
  return mark;
}

/**
 * 采用: the mark's correction is applied to the story text where the marked string is now (re-anchored,
 * lib/proofing/anchor.ts) as a new revision (cause "proof-mark"), with the story's version checked and the mark
 * closed, audited, in one transaction. Refused like any edit of the text (role, state, signed page, someone else's
 * lease) and when the marked string is gone (409: reject it instead).
 */
export function acceptProofMark(db: Db, req: MarkResolution): { version: number; storyVersion: number; revision: number } {
  return db.transaction((tx) => {
    const mark = openMark(tx, req.markId);
    decideMarkResolve({ action: "accept", state: mark.state, version: mark.version, baseVersion: req.baseVersion });
    const loaded = loadStoryForWrite(tx, mark.storyId);
    const { story } = loaded;
    if (!canEditContent(story.status, req.actor.role, isOwnStory(loaded, req.actor.id))) {
      throw new DomainError("forbidden", "story.mayNotEditInState", { status: label("status", story.status) });
    }
    if (isStoryFrozen(tx, story.id)) throw new DomainError("conflict", "story.pageSigned");
    const lock = foreignLock(tx, story.id, req.actor.id);
    if (lock) throw new DomainError("conflict", "story.beingEdited", { name: lock.holderName }, { lock });
    const text = loaded.content;
    const corrected = applyCorrection(
      { kicker: text.kicker, headline: text.headline, subheadline: text.subheadline, paragraphs: text.body },
      { field: mark.field as ProofField, paragraph: mark.paragraph, offset: mark.offset, marked: mark.marked },
      mark.correction,
    );
    if (!corrected) throw new DomainError("conflict", "proofing.markGone", { marked: mark.marked });
    const content = revisionTextOf({ ...text, kicker: corrected.kicker, headline: corrected.headline, subheadline: corrected.subheadline, body: corrected.paragraphs });
    const now = new Date().toISOString();
    const storyVersion = story.version + 1;
    applyContent(tx, story.id, content);
    const updated = tx
      .update(stories)
      .set({ version: storyVersion, updatedAt: now })
      .where(and(eq(stories.id, story.id), eq(stories.version, story.version)))
      .returning({ id: stories.id })
      .get();
    if (!updated) throw new DomainError("conflict", "story.changedDuringSave");
    const revision = writeRevision(tx, { storyId: story.id, storyVersion, authorId: req.actor.id, cause: "proof-mark", content });
    const version = closeMark(tx, mark, req, { state: "accepted", revisionNumber: revision, resolvedAt: now });
    recordAudit(tx, { actorId: req.actor.id, entityType: "story", entityId: story.id, action: "proof-accept", reason: `#${mark.id} ${mark.marked} → ${mark.correction}` });
    return { version, storyVersion, revision };
  });
}

/** 不采用: the mark is closed with the editor's reason (required); the story is not touched. Audited on the story. */
export function rejectProofMark(db: Db, req: MarkResolution & { reason: string }): { version: number } {
  return db.transaction((tx) => {
    const mark = openMark(tx, req.markId);
    const reason = req.reason.trim();
    decideMarkResolve({ action: "reject", state: mark.state, version: mark.version, baseVersion: req.baseVersion, reason });
    const version = closeMark(tx, mark, req, { state: "rejected", resolveReason: reason, resolvedAt: new Date().toISOString() });
    recordAudit(tx, { actorId: req.actor.id, entityType: "story", entityId: mark.storyId, action: "proof-reject", reason: `#${mark.id} ${mark.marked}: ${reason}` });
    return { version };
  });
}

function closeMark(
  tx: Tx,
  mark: { id: number; version: number },
  req: MarkResolution,
  set: { state: "accepted" | "rejected"; resolvedAt: string; revisionNumber?: number; resolveReason?: string },
): number {
  const version = mark.version + 1;
  const updated = tx
    .update(proofMarks)
    .set({ ...set, resolvedById: req.actor.id, version, updatedAt: set.resolvedAt })
    .where(and(eq(proofMarks.id, mark.id), eq(proofMarks.state, "open"), eq(proofMarks.version, mark.version)))
    .returning({ id: proofMarks.id })
    .get();
  if (!updated) throw new DomainError("conflict", "proofing.markStale", {}, { version: mark.version });
  return version;
}
