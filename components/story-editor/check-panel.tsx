"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { apiRequest } from "@/components/api-request";
import { Content } from "@/components/content";
import type { CheckDismissalKind } from "@/lib/check-desk/dismissal-kinds";
import type { CheckedFinding } from "@/lib/check-desk/finding-status";
import { storyKeys } from "@/lib/query-keys";
import type { StoryCheckView } from "./use-story-check";

export const SEVERITY_LABEL = { block: "checkDesk.severity.block", warn: "checkDesk.severity.warn" } as const;
export const RULE_LABEL = {
  banned: "checkDesk.rule.banned",
  caution: "checkDesk.rule.caution",
  typo: "checkDesk.rule.typo",
  preferred: "checkDesk.rule.preferred",
  halfwidthPunct: "checkDesk.rule.halfwidthPunct",
  unbalancedPair: "checkDesk.rule.unbalancedPair",
  repeatedWord: "checkDesk.rule.repeatedWord",
  mixedNumbers: "checkDesk.rule.mixedNumbers",
} as const;
const HEAD_PLACE = { kicker: "checkDesk.place.kicker", headline: "checkDesk.place.headline", subheadline: "checkDesk.place.subheadline" } as const;

const smallButton = "rounded border px-2 py-0.5 text-xs disabled:opacity-50";

/** Where a finding is, in the reader's words (正文第 2 段). */
function usePlace() {
  const t = useTranslations();
  return (f: CheckedFinding) => {
    if (f.field === "body") return t("checkDesk.place.body", { n: f.paragraph + 1 });
    if (f.field === "sidebar") return f.sidebarParagraph === null || f.sidebarParagraph === undefined ? t("checkDesk.place.sidebarTitle", { n: f.paragraph + 1 }) : t("checkDesk.place.sidebar", { n: f.paragraph + 1 });
    return t(HEAD_PLACE[f.field]);
  };
}

/** 机检 in the sticky toolbar: how many findings are open, as a link to the list. */
export function CheckCount({ check, listId }: { check: StoryCheckView; listId: string }) {
  const t = useTranslations("checkDesk");
  if (!check.counts) return null;
  const { blockOpen, warnOpen } = check.counts;
  const tone = blockOpen > 0 ? "bg-red-50 text-press" : warnOpen > 0 ? "bg-amber-50 text-amber-900" : "bg-emerald-50 text-emerald-800";
  return (
    <a href={`#${listId}`} data-testid="check-count" data-block={blockOpen} data-warn={warnOpen} className={`rounded px-2 py-0.5 text-xs ${tone} hover:underline`}>
      {t("countsShort", { block: blockOpen, warn: warnOpen })}
    </a>
  );
}

function FindingItem({
  storyId,
  finding: f,
  check,
  canDismiss,
  canOverride,
  beforeDismiss,
  onShow,
  onApply,
}: {
  storyId: number;
  finding: CheckedFinding;
  check: StoryCheckView;
  canDismiss: boolean;
  canOverride: boolean;
  beforeDismiss?: () => Promise<string | null>;
  onShow?: (f: CheckedFinding) => boolean;
  onApply?: (f: CheckedFinding) => boolean;
}) {
  const t = useTranslations("checkDesk");
  const tAll = useTranslations();
  const place = usePlace();
  const reasonId = useId();
  const queryClient = useQueryClient();
  const [asking, setAsking] = useState<CheckDismissalKind | null>(null);
  const [reason, setReason] = useState("");
  const [moved, setMoved] = useState(false);
  const decide = useMutation({
    mutationFn: async (kind: CheckDismissalKind) => {
      const waiting = beforeDismiss ? await beforeDismiss() : null;
      if (waiting) throw new Error(waiting);
      return apiRequest("POST", `/api/stories/${storyId}/check/dismissals`, { key: f.key, kind, reason });
    },
    onSuccess: async () => {
      setAsking(null);
      setReason("");
      await queryClient.invalidateQueries({ queryKey: storyKeys.check(storyId) });
      void queryClient.invalidateQueries({ queryKey: storyKeys.audit(storyId) });
    },
  });
  const decided = check.dismissal(f.key);
  const open = f.status === "open";
  const block = f.severity === "block";
  return (
    <li data-testid="check-finding" data-rule={f.rule} data-severity={f.severity} data-status={f.status} className={`px-4 py-2 text-sm ${open ? "" : "bg-stone-50 text-stone-500"}`}>
      <div className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
        <span className={`rounded px-1.5 py-0.5 text-xs font-bold ${block ? "bg-press text-white" : "bg-amber-100 text-amber-900"} ${open ? "" : "opacity-60"}`}>{tAll(SEVERITY_LABEL[f.severity])}</span>
        <span className="font-medium">{tAll(RULE_LABEL[f.rule])}</span>
        {onShow && open ? (
          <button type="button" className="font-serif text-base underline decoration-wavy decoration-press/70 underline-offset-4 hover:bg-red-50" data-testid="check-finding-show" title={t("show")} onClick={() => setMoved(!onShow(f))}>
            「<Content>{f.text}</Content>」
          </button>
        ) : (
          <span className="font-serif text-base" data-testid="check-finding-text">
            「<Content>{f.text}</Content>」
          </span>
        )}
        <span className="text-xs text-stone-500">{place(f)}</span>
      </div>
      {f.note && (
        <p className="mt-0.5 text-xs text-stone-600">
          <Content>{f.note}</Content>
        </p>
      )}
      {open && (f.suggestion !== null || (block ? canOverride : canDismiss)) && (
        <div className="mt-1 flex flex-wrap gap-2">
          {f.suggestion !== null && onApply && (
            <button type="button" data-testid="check-apply" className={`${smallButton} border-emerald-700 text-emerald-800 hover:bg-emerald-50`} onClick={() => setMoved(!onApply(f))}>
              {t("suggest", { s: f.suggestion })}
            </button>
          )}
          {f.suggestion !== null && !onApply && <span className="text-xs text-emerald-800">{t("suggest", { s: f.suggestion })}</span>}
          {!block && canDismiss && asking === null && (
            <button type="button" data-testid="check-dismiss" className={`${smallButton} border-stone-300 text-stone-700 hover:bg-stone-100`} onClick={() => setAsking("dismiss")}>
              {t("dismiss")}
            </button>
          )}
          {block && canOverride && asking === null && (
            <button type="button" data-testid="check-override" className={`${smallButton} border-press/60 text-press hover:bg-red-50`} onClick={() => setAsking("override")}>
              {t("override")}
            </button>
          )}
        </div>
      )}
      {moved && <p className="mt-1 text-xs text-stone-500">{t("moved")}</p>}
      {asking && (
        <form
          className="mt-2 space-y-1"
          onSubmit={(e) => {
            e.preventDefault();
            if (reason.trim() !== "") decide.mutate(asking);
          }}
        >
          <label htmlFor={reasonId} className="block text-xs text-stone-600">
            {t("reason")}
          </label>
          <input
            id={reasonId}
            data-testid="check-reason"
            value={reason}
            maxLength={500}
            required
            autoFocus
            placeholder={asking === "override" ? t("overridePlaceholder") : t("dismissPlaceholder")}
            onChange={(e) => setReason(e.target.value)}
            className="w-full rounded border border-stone-300 px-2 py-1 text-sm"
          />
          <div className="flex gap-2">
            <button type="submit" data-testid="check-confirm" disabled={decide.isPending || reason.trim() === ""} className={`${smallButton} border-stone-800 bg-stone-800 text-white hover:bg-stone-700`}>
              {asking === "override" ? t("confirmOverride") : t("confirmDismiss")}
            </button>
            <button type="button" className={`${smallButton} border-stone-300`} onClick={() => setAsking(null)}>
              {t("cancel")}
            </button>
          </div>
          {decide.error && (
            <p role="alert" className="text-xs text-press" data-testid="check-error">
              {decide.error.message}
            </p>
          )}
        </form>
      )}
      {decided && !open && (
        <p className="mt-1 text-xs" data-testid="check-decided">
          {decided.kind === "override" ? t("overridden", { reason: decided.reason, by: decided.by }) : t("dismissed", { reason: decided.reason, by: decided.by })}
        </p>
      )}
    </li>
  );
}

/**
 * The story's machine check (机检): each finding with its rule, severity, where it is and the suggestion. While
 * editing, a finding selects its span in the form (`onShow`) and a suggestion is applied as a normal edit
 * (`onApply`); a warning is dismissed with a reason by whoever may edit, a block overridden by the chief — the
 * server decides both. Dismissed and overridden findings stay listed, greyed, with who and why.
 */
export function CheckPanel({
  storyId,
  check,
  listId,
  canDismiss,
  canOverride,
  beforeDismiss,
  onShow,
  onApply,
}: {
  storyId: number;
  check: StoryCheckView;
  listId: string;
  canDismiss: boolean;
  canOverride: boolean;
  beforeDismiss?: () => Promise<string | null>;
  onShow?: (f: CheckedFinding) => boolean;
  onApply?: (f: CheckedFinding) => boolean;
}) {
  const t = useTranslations("checkDesk");
  const titleId = useId();
  const { findings, counts } = check;
  return (
    <section id={listId} data-testid="check-panel" className="scroll-mt-16 rounded border border-stone-300 bg-white shadow-sm" aria-labelledby={titleId}>
      <h2 id={titleId} className="flex flex-wrap items-baseline gap-x-3 border-b border-stone-200 px-4 py-2 text-sm font-bold tracking-wide">
        {t("title")}
        {counts && (
          <span className="text-xs font-normal text-stone-600" data-testid="check-panel-counts">
            {t("counts", { block: counts.blockOpen, warn: counts.warnOpen })}
          </span>
        )}
      </h2>
      {findings === null ? (
        <p className="px-4 py-3 text-sm text-stone-500">{t("checking")}</p>
      ) : findings.length === 0 ? (
        <p className="px-4 py-3 text-sm text-emerald-800" data-testid="check-none">
          {t("none")}
        </p>
      ) : (
        <>
          {counts && counts.blockOpen > 0 && <p className="border-b border-stone-100 bg-red-50 px-4 py-2 text-xs text-red-950">{t("blocksHint")}</p>}
          <ol className="max-h-[28rem] divide-y divide-stone-100 overflow-auto" data-testid="check-findings">
            {findings.map((f) => (
              <FindingItem
                key={f.key}
                storyId={storyId}
                finding={f}
                check={check}
                canDismiss={canDismiss}
                canOverride={canOverride}
                beforeDismiss={beforeDismiss}
                onShow={onShow}
                onApply={onApply}
              />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
