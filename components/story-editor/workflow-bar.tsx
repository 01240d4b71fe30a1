"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import type { Locale } from "@/lib/i18n/locales";
import { actionRequiresReason, STORY_ACTION_LABELS_ZH, type StoryAction } from "@/lib/workflow/story-workflow";
import { storyKeys, transitionStory } from "./api";
import type { EditorStrings } from "./strings";

const PRIMARY: ReadonlySet<StoryAction> = new Set<StoryAction>(["start", "file", "pass", "approve", "unspike"]);

export function actionLabel(action: StoryAction, locale: Locale, s: EditorStrings): string {
  return locale === "zh-CN" ? STORY_ACTION_LABELS_ZH[action] : s(`action.${action}`);
}

/**
 * The transitions this user may make now (from `permissions.actions`). Return and spike ask for a
 * reason first. Pending autosave is flushed before any transition (`beforeTransition` answers a
 * message when that is impossible). Refusals from the server are shown as they come.
 */
export function WorkflowBar({
  storyId,
  actions,
  locale,
  s,
  beforeTransition,
  onTransitioned,
}: {
  storyId: number;
  actions: StoryAction[];
  locale: Locale;
  s: EditorStrings;
  beforeTransition?: (action: StoryAction) => Promise<string | null>;
  onTransitioned?: (result: { status: string; version: number }, action: StoryAction) => void;
}) {
  const ids = useId();
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
      <span className="sr-only">{s("wf.actions")}</span>
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
          {actionLabel(action, locale, s)}
        </button>
      ))}
      {transition.error && !asking && (
        <div role="alert" data-testid="workflow-error" className="basis-full rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
          {transition.error.message}
        </div>
      )}

      {asking && (
        <div className="fixed inset-0 z-50 flex items-center justify-center bg-black/30 p-4" onKeyDown={(e) => e.key === "Escape" && setAsking(null)}>
          <div role="dialog" aria-modal="true" aria-labelledby={`${ids}-title`} className="w-full max-w-md rounded bg-white p-5 shadow-xl">
            <h2 id={`${ids}-title`} className="mb-3 text-base font-bold">
              {s("wf.dialogTitle", { action: actionLabel(asking, locale, s) })}
            </h2>
            <label htmlFor={`${ids}-reason`} className="mb-1 block text-sm font-medium">
              {s("wf.reason")}
            </label>
            <textarea
              id={`${ids}-reason`}
              data-testid="transition-reason"
              autoFocus
              required
              aria-invalid={reasonMissing}
              aria-describedby={`${ids}-hint`}
              value={reason}
              onChange={(e) => {
                setReason(e.target.value);
                setReasonMissing(false);
              }}
              rows={4}
              maxLength={1000}
              className="w-full rounded border border-stone-300 px-3 py-2 text-sm"
            />
            <p id={`${ids}-hint`} className="mt-1 text-xs text-stone-500">
              {s("wf.reasonHint")}
            </p>
            {(reasonMissing || transition.error) && (
              <p role="alert" className="mt-2 text-sm text-red-700">
                {reasonMissing ? s("wf.reasonRequired") : transition.error?.message}
              </p>
            )}
            <div className="mt-4 flex justify-end gap-2">
              <button type="button" onClick={() => setAsking(null)} className="rounded border border-stone-300 px-3 py-1.5 text-sm hover:bg-stone-100">
                {s("wf.cancel")}
              </button>
              <button
                type="button"
                data-testid="transition-confirm"
                disabled={transition.isPending}
                onClick={confirm}
                className="rounded border border-press bg-press px-3 py-1.5 text-sm font-medium text-white hover:opacity-90 disabled:opacity-50"
              >
                {s("wf.confirm", { action: actionLabel(asking, locale, s) })}
              </button>
            </div>
          </div>
        </div>
      )}
    </div>
  );
}
