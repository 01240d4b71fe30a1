import { DomainError } from "@/lib/errors";
import type { CheckDismissalKind } from "@/lib/check-desk/dismissal-kinds";
import type { CheckCounts } from "@/lib/check-desk/finding-status";
import type { Role } from "@/lib/roles";
import { canEditContent } from "@/lib/workflow/story-workflow";
import type { Db } from "../client";
import { checkDismissals } from "../schema";
import { isStoryFrozen } from "../queries/story-frozen";
import { isOwnStory, loadStoryForWrite } from "../queries/story-for-write";
import { checkStory } from "../queries/story-check";
import { recordAudit } from "./record-audit";
import { recordStoryCheckCounts } from "./record-story-check-counts";

export interface CheckDismissalRequest {
  storyId: number;
  key: string;
  kind: CheckDismissalKind;
  reason: string;
  actor: { id: number; role: Role };
}

/**
 * Sets a finding of the story's saved text aside, with a reason: a warning dismissed by anyone who may edit the
 * story now, a block overridden by the chief only. The record, the audit row (story: check_dismiss /
 * check_override, the reason with what was found) and the story's counts are one transaction.
 */
export function dismissCheckFinding(db: Db, req: CheckDismissalRequest): { id: number; counts: CheckCounts } {
  return db.transaction((tx) => {
    const loaded = loadStoryForWrite(tx, req.storyId);
    const { story } = loaded;
    if (req.kind === "override" ? req.actor.role !== "chief" : !canEditContent(story.status, req.actor.role, isOwnStory(loaded, req.actor.id))) {
      throw req.kind === "override" ? new DomainError("forbidden", "checkDesk.overrideChiefOnly") : new DomainError("forbidden", "story.mayNotEdit");
    }
    if (isStoryFrozen(tx, story.id)) throw new DomainError("conflict", "story.pageSigned");
    const check = checkStory(tx, story.id)!;
    const finding = check.findings.find((f) => f.key === req.key);
    if (!finding) throw new DomainError("conflict", "checkDesk.findingGone");
    if (finding.severity === "block" && req.kind === "dismiss") throw new DomainError("bad_request", "checkDesk.blockNotDismissable");
    if (finding.severity === "warn" && req.kind === "override") throw new DomainError("bad_request", "checkDesk.warnNotOverridable");
    if (finding.status !== "open") throw new DomainError("conflict", "checkDesk.alreadyDecided");
    const reason = req.reason.trim();
    // A key decided before under the other kind (its list moved from 慎用 to 禁用) is decided again: one row per key.
    const row = { rule: finding.rule, text: finding.text, kind: req.kind, reason, byId: req.actor.id, createdAt: new Date().toISOString() };
    const { id } = tx
      .insert(checkDismissals)
      .values({ storyId: story.id, key: finding.key, ...row })
      .onConflictDoUpdate({ target: [checkDismissals.storyId, checkDismissals.key], set: row })
      .returning({ id: checkDismissals.id })
      .get();
    recordAudit(tx, {
      actorId: req.actor.id,
      entityType: "story",
      entityId: story.id,
      action: req.kind === "override" ? "check_override" : "check_dismiss",
      reason: `「${finding.text}」${finding.term && finding.term !== finding.text ? `（${finding.term}）` : ""} ${reason}`,
    });
    const counts = recordStoryCheckCounts(tx, story.id)!;
    return { id, counts };
  });
}
