"use client";

import { ReasonDialog } from "@/components/reason-dialog";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { actionRequiresReason, type StoryAction } from "@/lib/workflow/story-workflow";
import { storyKeys, transitionStory } from "./api";

const PRIMARY: ReadonlySet<StoryAction> = new Set<StoryAction>(["start", "file", "pass", "approve", "unspike"]);

/**
 * The transitions this user may make now (from `permissions.actions`). Return and spike ask for a
 * reason first. Pending autosave is flushed before any transition (`beforeTransition` answers a
 * message when that is impossible). Refusals from the server are shown as they come.
 */
export function WorkflowBar({
  storyId,
  actions,
  beforeTransition,
  onTransitioned,
}: {
  storyId: number;
  actions: StoryAction[];
  beforeTransition?: (action: StoryAction) => Promise<string | null>;
  onTransitioned?: (result: { status: string; version: number }, action: StoryAction) => void;
}) {
  const t = useTranslations();
  const queryClient = useQueryClient();
  const [asking, setAsking] = useState<StoryAction | null>(null);
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

  const visible = actions.filter((a) => a !== "publish");
  if (visible.length === 0 && !transition.error) return null;

  function start(action: StoryAction) {
    transition.reset();
    if (actionRequiresReason(action)) {
      setAsking(action);
      setReason("");
      setReasonMissing(false);
    } else transition.mutate({ action });
  }

  function confirm() {
    if (!asking) return;
    if (reason.trim() === "") {
      setReasonMissing(true);
      return;
    }
    transition.mutate({ action: asking, reason: reason.trim() });
  }

  return (
    <div className="flex flex-wrap items-center gap-2" data-testid="workflow">
      <span className="sr-only">{t("storyWorkflow.actions")}</span>
      {visible.map((action) => (
        <button
          key={action}
          type="button"
          data-testid={`action-${action}`}
          disabled={transition.isPending}
          onClick={() => start(action)}
          className={`rounded border px-3 py-1.5 text-sm font-medium disabled:opacity-50 ${
            PRIMARY.has(action) ? "border-stone-800 bg-stone-800 text-white hover:bg-stone-700" : "border-press/60 bg-white text-press hover:bg-red-50"
          }`}
        >
          {t(`storyAction.${action}`)}
        </button>
      ))}
      {transition.error && !asking && (
        <div role="alert" data-testid="workflow-error" className="basis-full rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
          {transition.error.message}
        </div>
      )}

      {asking && (
        <ReasonDialog
          text={{
            title: t("storyWorkflow.dialogTitle", { action: t(`storyAction.${asking}`) }),
            reason: t("common.reason"),
            hint: t("storyWorkflow.reasonHint"),
            required: t("common.reasonRequired"),
            cancel: t("common.cancel"),
            confirm: t("common.confirmAction", { action: t(`storyAction.${asking}`) }),
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
    </div>
  );
}
