"use client";

import { ReasonDialog } from "@/components/reason-dialog";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import type { StoryActionChoice } from "@/db/queries/story-for-user";
import { filingLengthWarning, type FilingLengthWarning } from "@/lib/filing-length";
import { actionRequiresReason, type StoryAction } from "@/lib/workflow/story-workflow";
import { storyKeys, transitionStory } from "./api";
import { PossibleDuplicates } from "./similar-stories";

const PRIMARY: ReadonlySet<StoryAction> = new Set<StoryAction>(["start", "file", "pass", "review", "approve", "unspike"]);
/** Hand-overs that lock something or move the story to someone else: asked once more, saying what will happen. */
const CONFIRMED = ["file", "pass", "review", "approve", "recall"] as const;
/** The review levels (三审): their confirmation also takes an optional 审稿意见 for the 审稿单. */
const REVIEWS: ReadonlySet<StoryAction> = new Set<StoryAction>(["pass", "review", "approve"]);
type Confirmed = (typeof CONFIRMED)[number];
const isConfirmed = (a: StoryAction): a is Confirmed => (CONFIRMED as readonly string[]).includes(a);

/**
 * The transitions this user may make now (`permissions.choices` from the server: offered, or disabled
 * with the rule's reason — the same state machine decides both). 退回 and 撤稿 ask for a reason;
 * 交稿, 初审通过, 终审通过 and 撤回 ask for confirmation saying what will happen, and 交稿 far from the
 * target 字数 says so first and lists the earlier stories it may duplicate (similar stories). Pending autosave is flushed before any transition (`beforeTransition`
 * answers a message when that is impossible). Refusals from the server are shown as they come.
 */
export function WorkflowBar({
  storyId,
  choices,
  length,
  beforeTransition,
  onTransitioned,
  reviewLevels = 2,
}: {
  storyId: number;
  /** The edition's review levels: after 初审 the story goes to 复审 (3) or to 终审 (2). */
  reviewLevels?: 2 | 3;
  choices: StoryActionChoice[];
  /** 字数 now (the open editor's, else the stored one) and the target: for the file-anyway question. */
  length: () => { zi: number; target: number | null };
  beforeTransition?: (action: StoryAction) => Promise<string | null>;
  onTransitioned?: (result: { status: string; version: number }, action: StoryAction) => void;
}) {
  const t = useTranslations();
  const ids = useId();
  const queryClient = useQueryClient();
  const [asking, setAsking] = useState<StoryAction | null>(null);
  const [lengthWarning, setLengthWarning] = useState<FilingLengthWarning | null>(null);
  const [reason, setReason] = useState("");
  const [reasonMissing, setReasonMissing] = useState(false);

  const transition = useMutation({
    mutationFn: async ({ action, reason }: { action: StoryAction; reason?: string }) => {
      const blocked = beforeTransition ? await beforeTransition(action) : null;
      if (blocked) throw new Error(blocked);
      return transitionStory(storyId, action, reason);
    },
    onSuccess: async (result, { action }) => {
      setAsking(null);
      setReason("");
      onTransitioned?.(result, action);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: storyKeys.story(storyId) }),
        queryClient.invalidateQueries({ queryKey: ["budget"] }),
      ]);
    },
  });

  const visible = choices.filter((c) => c.action !== "publish");
  if (visible.length === 0 && !transition.error) return null;

  function start(action: StoryAction) {
    transition.reset();
    if (actionRequiresReason(action) || isConfirmed(action)) {
      setAsking(action);
      setReason("");
      setReasonMissing(false);
      const { zi, target } = length();
      setLengthWarning(action === "file" ? filingLengthWarning(zi, target) : null);
    } else transition.mutate({ action });
  }

  function confirm() {
    if (!asking) return;
    if (!actionRequiresReason(asking)) {
      const opinion = REVIEWS.has(asking) ? reason.trim() : "";
      transition.mutate(opinion ? { action: asking, reason: opinion } : { action: asking });
      return;
    }
    if (reason.trim() === "") {
      setReasonMissing(true);
      return;
    }
    transition.mutate({ action: asking, reason: reason.trim() });
  }

  const actionName = (a: StoryAction) => t(`storyAction.${a}`);
  /** What the hand-over will do: to whom it goes, what it locks. */
  const consequence = (a: Confirmed) =>
    a === "file"
      ? t("storyDesk.confirmFile")
      : a === "pass"
        ? reviewLevels === 3
          ? t("review.confirmPassThree")
          : t("storyDesk.confirmPass")
        : a === "review"
          ? t("review.confirmReview")
          : a === "approve"
            ? t("storyDesk.confirmApprove")
            : t("storyDesk.confirmRecall");

  return (
    <div className="flex flex-wrap items-center gap-2" data-testid="workflow">
      <span className="sr-only">{t("storyWorkflow.actions")}</span>
      {visible.map((c) => (
        <span key={c.action} className="contents">
          <button
            type="button"
            data-testid={`action-${c.action}`}
            disabled={transition.isPending || !c.allowed}
            aria-describedby={c.allowed ? undefined : `${ids}-${c.action}`}
            title={c.allowed ? undefined : c.reason}
            onClick={() => start(c.action)}
            className={`min-h-10 rounded border px-3 py-1.5 text-sm font-medium disabled:cursor-not-allowed disabled:opacity-50 ${
              PRIMARY.has(c.action) ? "border-stone-800 bg-stone-800 text-white hover:bg-stone-700" : "border-press/60 bg-white text-press hover:bg-red-50"
            }`}
          >
            {actionName(c.action)}
          </button>
          {!c.allowed && (
            <span id={`${ids}-${c.action}`} data-testid={`action-${c.action}-reason`} className="basis-full text-xs text-stone-600 sm:basis-auto">
              {t("storyDesk.refusedHint", { reason: c.reason })}
            </span>
          )}
        </span>
      ))}
      {transition.error && !asking && (
        <div role="alert" data-testid="workflow-error" className="basis-full rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
          {transition.error.message}
        </div>
      )}

      {asking && actionRequiresReason(asking) && (
        <ReasonDialog
          text={{
            title: t("storyWorkflow.dialogTitle", { action: actionName(asking) }),
            reason: t("common.reason"),
            hint: t("storyWorkflow.reasonHint"),
            required: t("common.reasonRequired"),
            cancel: t("common.cancel"),
            confirm: t("common.confirmAction", { action: actionName(asking) }),
          }}
          reason={reason}
          missing={reasonMissing}
          error={transition.error?.message ?? null}
          pending={transition.isPending}
          onChange={(value) => {
            setReason(value);
            setReasonMissing(false);
          }}
          onCancel={() => setAsking(null)}
          onConfirm={confirm}
          reasonTestId="transition-reason"
          confirmTestId="transition-confirm"
        />
      )}
      {asking && isConfirmed(asking) && (
        <ReasonDialog
          text={{
            title: t("storyDesk.confirmTitle", { action: actionName(asking) }),
            ...(REVIEWS.has(asking) ? { reason: t("review.opinionLabel"), hint: t("review.opinionHint") } : {}),
            cancel: t("common.cancel"),
            confirm: lengthWarning ? t("storyDesk.fileAnyway") : t("common.confirmAction", { action: actionName(asking) }),
          }}
          message={consequence(asking)}
          {...(REVIEWS.has(asking) ? { reason, onChange: setReason, optional: true, reasonTestId: "review-opinion" } : {})}
          warning={lengthWarning ? t(lengthWarning.kind === "short" ? "storyDesk.fileShort" : "storyDesk.fileLong", { ...lengthWarning }) : undefined}
          details={asking === "file" ? <PossibleDuplicates storyId={storyId} /> : undefined}
          error={transition.error?.message ?? null}
          pending={transition.isPending}
          onCancel={() => setAsking(null)}
          onConfirm={confirm}
          confirmTestId="transition-confirm"
        />
      )}
    </div>
  );
}
