/**
 * 机检 on the desk (docs/CHECK.md "The checker on the desk"): what a story's findings mean for the workflow once
 * the dismissals and overrides recorded for it are applied. Pure: the editor, the gates and the summary use it.
 */
import type { Finding } from "@/lib/check/types";
import type { StoryAction } from "@/lib/workflow/story-workflow";
import type { CheckDismissalKind } from "./dismissal-kinds";

export type FindingStatus = "open" | "dismissed" | "overridden";

/** A finding with what was decided about it. */
export interface CheckedFinding extends Finding {
  status: FindingStatus;
}

export interface DismissalRef {
  key: string;
  kind: CheckDismissalKind;
}

export interface CheckCounts {
  blockOpen: number;
  warnOpen: number;
  blockOverridden: number;
  warnDismissed: number;
}

/**
 * The story actions a block finding refuses (filing and each review level). 复审 (`review`, 三审) joins this
 * set when it exists — one line here and the same gate applies.
 */
export const CHECK_GATED_STORY_ACTIONS: ReadonlySet<StoryAction | "review"> = new Set<StoryAction | "review">(["file", "pass", "approve", "review"]);

export function isCheckGated(action: string): boolean {
  return (CHECK_GATED_STORY_ACTIONS as ReadonlySet<string>).has(action);
}

/**
 * Each finding with its status: a warning with a `dismiss` is dismissed, a block with an `override` is
 * overridden. A record of the other kind does not count (a block is never merely dismissed: were a list entry
 * moved from 慎用 to 禁用, its old dismissal would not let it through).
 */
export function withDismissals(findings: readonly Finding[], dismissals: readonly DismissalRef[]): CheckedFinding[] {
  const kinds = new Map(dismissals.map((d) => [d.key, d.kind]));
  return findings.map((f) => {
    const kind = kinds.get(f.key);
    const status: FindingStatus = f.severity === "warn" && kind === "dismiss" ? "dismissed" : f.severity === "block" && kind === "override" ? "overridden" : "open";
    return { ...f, status };
  });
}

export function countFindings(findings: readonly CheckedFinding[]): CheckCounts {
  const counts: CheckCounts = { blockOpen: 0, warnOpen: 0, blockOverridden: 0, warnDismissed: 0 };
  for (const f of findings) {
    if (f.severity === "block") counts[f.status === "overridden" ? "blockOverridden" : "blockOpen"] += 1;
    else counts[f.status === "dismissed" ? "warnDismissed" : "warnOpen"] += 1;
  }
  return counts;
}

/** What refuses 交稿, a review level or 签版: block findings not overridden. Warnings never block. */
export function openBlocks(findings: readonly CheckedFinding[]): CheckedFinding[] {
  return findings.filter((f) => f.severity === "block" && f.status === "open");
}

/** Blocks first, then by where they are in the story. */
export function sortFindings<T extends Finding>(findings: readonly T[]): T[] {
  const fieldOrder = { kicker: 0, headline: 1, subheadline: 2, body: 3, sidebar: 4 } as const;
  return [...findings].sort(
    (a, b) =>
      (a.severity === b.severity ? 0 : a.severity === "block" ? -1 : 1) ||
      fieldOrder[a.field] - fieldOrder[b.field] ||
      a.paragraph - b.paragraph ||
      (a.sidebarParagraph ?? -1) - (b.sidebarParagraph ?? -1) ||
      a.start - b.start,
  );
}
