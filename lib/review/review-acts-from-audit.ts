import type { ReviewLevel, ReviewOutcome } from "./review-levels";

/**
 * The 审稿单 rebuilt from the audit trail of a story whose review acts were never recorded (made before #12): the
 * rules of migration 0014's `-- data:` part (db/migrations/0014_review_sheet.sql), in TypeScript, for the edition
 * archive's import of a version-1 file written before #12 (db/commands/import-edition-archive.ts). Both read the
 * same rows the same way; db/commands/import-edition-archive.test.ts runs the migration's SQL on an imported
 * edition and compares. Every edition had two levels then:
 *
 * - 初审 = `pass`, or a `return` from `filed`; 终审 = `approve`, or a `return` from `edited`; nothing else is an act
 *   (no actor: not an act either — a review names its reviewer);
 * - returned for a `return`, else passed; the reviewer is the actor, the opinion the audit's reason;
 * - the 字数 is the story's present one (the audit did not keep it);
 * - the revision is the first the act cut — the story's first revision (in their order) of the act's cause, by the
 *   actor, made at or after the audit row — else the story's latest, else 0;
 * - in the order of the audit rows.
 */

/** An audit row as both the database and the archive hold it (in their order: by id). */
export interface AuditStep {
  entityType: string;
  entityId: number;
  action: string;
  fromState: string | null;
  actorId: number | null;
  reason: string | null;
  createdAt: string;
}

/** A story revision (in their order: by id). */
export interface RevisionCut {
  storyId: number;
  number: number;
  cause: string;
  authorId: number | null;
  createdAt: string;
}

export interface RebuiltReviewAct {
  storyId: number;
  level: ReviewLevel;
  outcome: ReviewOutcome;
  reviewerId: number;
  opinion: string | null;
  zi: number;
  revision: number;
  createdAt: string;
}

/** Which act of the two-level chain an audit row was, by migration 0014's rules; null when it was none. */
export function reviewActOfAuditStep(step: Pick<AuditStep, "entityType" | "action" | "fromState" | "actorId">): { level: ReviewLevel; outcome: ReviewOutcome } | null {
  if (step.entityType !== "story" || step.actorId === null) return null;
  if (step.action === "pass") return { level: "first", outcome: "passed" };
  if (step.action === "approve") return { level: "final", outcome: "passed" };
  if (step.action === "return" && step.fromState === "filed") return { level: "first", outcome: "returned" };
  if (step.action === "return" && step.fromState === "edited") return { level: "final", outcome: "returned" };
  return null;
}

/**
 * The review acts the audit rows record, oldest first (the rows' order). `ziOf` gives a story's present 字数, or
 * undefined for a story that is not there (its rows are skipped, as the migration's join does).
 */
export function reviewActsFromAudit({
  audit,
  revisions,
  ziOf,
}: {
  audit: readonly AuditStep[];
  revisions: readonly RevisionCut[];
  ziOf: (storyId: number) => number | undefined;
}): RebuiltReviewAct[] {
  const revisionsOf = new Map<number, RevisionCut[]>();
  for (const r of revisions) revisionsOf.set(r.storyId, [...(revisionsOf.get(r.storyId) ?? []), r]);
  const acts: RebuiltReviewAct[] = [];
  for (const step of audit) {
    const act = reviewActOfAuditStep(step);
    const zi = ziOf(step.entityId);
    if (!act || zi === undefined) continue;
    const own = revisionsOf.get(step.entityId) ?? [];
    const cut = own.find((r) => r.cause === step.action && r.authorId === step.actorId && r.createdAt >= step.createdAt);
    const latest = own.length ? Math.max(...own.map((r) => r.number)) : 0;
    acts.push({ storyId: step.entityId, ...act, reviewerId: step.actorId!, opinion: step.reason, zi, revision: cut?.number ?? latest, createdAt: step.createdAt });
  }
  return acts;
}
