"use client";

import { ReasonDialog } from "@/components/reason-dialog";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTimeZone, useTranslations } from "next-intl";
import { formatSignedAt } from "@/lib/i18n/edition-date";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { contentTag } from "@/components/content";
import { PageStateBadge } from "@/components/status-badge";
import { useLiveInterval } from "@/components/live-updates";
import { fetchPage, pageKeys, refusalReasonsOf, transitionPage, type PageDetail } from "@/components/layout-editor/api";
import type { PageState } from "@/lib/page-states";
import { pageActionRequiresReason, type PageAction } from "@/lib/workflow/page-workflow";

const PRIMARY: ReadonlySet<PageAction> = new Set<PageAction>(["start-layout", "submit", "sign", "release"]);

export { formatSignedAt };

/**
 * The page's state, who signed it, and the transitions this user may make now (from the server's
 * `allowedActions`). Reject and withdraw ask for a reason. A refused submit lists the server's reasons.
 * `beforeTransition` (the layout editor: save first) may answer a message to stop the transition.
 */
export function PageWorkflowBar({
  pageId,
  state,
  allowedActions,
  submitBlockers,
  signedBy,
  signedAt,
  beforeTransition,
  onTransitioned,
}: {
  pageId: number;
  state: PageState;
  allowedActions: PageAction[];
  submitBlockers: string[];
  signedBy: string | null;
  signedAt: string | null;
  beforeTransition?: (action: PageAction) => Promise<string | null>;
  onTransitioned?: (page: PageDetail, action: PageAction) => void;
}) {
  const t = useTranslations();
  const timeZone = useTimeZone();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [asking, setAsking] = useState<PageAction | null>(null);
  const [reason, setReason] = useState("");
  const [reasonMissing, setReasonMissing] = useState(false);
  const [refusal, setRefusal] = useState<string[] | null>(null);

  // Someone else signs, rejects or withdraws: the page shows it without a reload.
  const live = useQuery({ queryKey: pageKeys.page(pageId), queryFn: () => fetchPage(pageId), refetchInterval: useLiveInterval(15_000) });
  const liveState = live.data?.state;
  const liveSignedAt = live.data?.signedAt ?? null;
  useEffect(() => {
    if (liveState && (liveState !== state || liveSignedAt !== signedAt)) router.refresh();
  }, [liveState, liveSignedAt, state, signedAt, router]);

  const transition = useMutation({
    mutationFn: async ({ action, reason }: { action: PageAction; reason?: string }) => {
      const blocked = beforeTransition ? await beforeTransition(action) : null;
      if (blocked) throw new Error(blocked);
      return transitionPage(pageId, action, reason);
    },
    // A page read already under way must not land after the transition and show the old state.
    onMutate: () => queryClient.cancelQueries({ queryKey: pageKeys.page(pageId) }),
    onSuccess: async (page, { action }) => {
      setAsking(null);
      setReason("");
      setRefusal(null);
      queryClient.setQueryData(pageKeys.page(pageId), page);
      onTransitioned?.(page, action);
      router.refresh();
      await Promise.all([queryClient.invalidateQueries({ queryKey: pageKeys.page(pageId) }), queryClient.invalidateQueries({ queryKey: ["edition-pages"] })]);
    },
    onError: (err) => setRefusal(refusalReasonsOf(err)),
  });

  function start(action: PageAction) {
    transition.reset();
    setRefusal(null);
    if (pageActionRequiresReason(action)) {
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

  const blockers = refusal ?? (state === "layout" ? submitBlockers : []);
  return (
    <div className="flex flex-wrap items-center gap-3 rounded border border-stone-300 bg-white px-3 py-2" data-testid="page-workflow">
      <span className="text-sm">
        {t("page.state")} <span data-testid="page-state">{<PageStateBadge state={state} />}</span>
      </span>
      <span className="text-sm text-stone-600" data-testid="signed-by">
        {signedBy && signedAt ? t.rich("pageWorkflow.signedBy", { name: signedBy, time: formatSignedAt(signedAt, timeZone), content: contentTag }) : t("pageWorkflow.notSigned")}
      </span>
      <span className="sr-only">{t("pageWorkflow.actions")}</span>
      <div className="ml-auto flex flex-wrap gap-2">
        {allowedActions.map((action) => (
          <button
            key={action}
            type="button"
            data-testid={`page-action-${action}`}
            disabled={transition.isPending}
            onClick={() => start(action)}
            className={`rounded border px-3 py-1.5 text-sm font-medium disabled:opacity-50 ${
              PRIMARY.has(action) ? "border-stone-800 bg-stone-800 text-white hover:bg-stone-700" : "border-press/60 bg-white text-press hover:bg-red-50"
            }`}
          >
            {t(`pageAction.${action}`)}
          </button>
        ))}
      </div>
      {blockers.length > 0 && (
        <div
          role={refusal ? "alert" : undefined}
          data-testid="submit-blockers"
          className={`basis-full rounded border px-3 py-2 text-sm ${refusal ? "border-red-300 bg-red-50 text-red-800" : "border-amber-200 bg-amber-50 text-amber-900"}`}
        >
          <p className="font-medium">{t("pageWorkflow.blockers")}</p>
          <ul className="ml-5 list-disc">
            {blockers.map((b) => (
              <li key={b}>{b}</li>
            ))}
          </ul>
        </div>
      )}
      {transition.error && !refusal && !asking && (
        <div role="alert" data-testid="page-workflow-error" className="basis-full rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
          {transition.error.message}
        </div>
      )}

      {asking && (
        <ReasonDialog
          text={{
            title: t("pageWorkflow.dialogTitle", { action: t(`pageAction.${asking}`) }),
            reason: t("common.reason"),
            hint: t("pageWorkflow.reasonHint"),
            required: t("common.reasonRequired"),
            cancel: t("common.cancel"),
            confirm: t("common.confirmAction", { action: t(`pageAction.${asking}`) }),
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
        />
      )}
    </div>
  );
}
