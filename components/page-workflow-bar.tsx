"use client";

import { ReasonDialog } from "@/components/reason-dialog";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useNewsroomTime } from "@/components/use-newsroom-time";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { contentTag } from "@/components/content";
import { PageStateBadge } from "@/components/status-badge";
import { useLiveInterval } from "@/components/live-updates";
import { fetchPage, pageKeys, refusalReasonsOf, transitionPage, type PageDetail } from "@/components/layout-editor/api";
import type { PageState } from "@/lib/page-states";
import { pageActionRequiresReason, type PageAction } from "@/lib/workflow/page-workflow";

const PRIMARY: ReadonlySet<PageAction> = new Set<PageAction>(["start-layout", "submit", "sign", "release"]);
/** High-stakes steps: each asks for a confirmation saying what will happen, with the page's blockers and warnings. */
const CONFIRMED: ReadonlySet<PageAction> = new Set<PageAction>(["submit", "sign", "release"]);
/** What each confirmation says will happen. */
const WHAT = { submit: "pageDesk.what.submit", sign: "pageDesk.what.sign", release: "pageDesk.what.release" } as const;
/** The server refuses these while the page has submit blockers (sign checks them again). */
const BLOCKED_BY_SUBMIT_BLOCKERS: ReadonlySet<PageAction> = new Set<PageAction>(["submit", "sign"]);

/**
 * The page's state, who signed it, and the transitions this user may make now (from the server's
 * `allowedActions`). Reject and withdraw ask for a reason; 提交签版, 签版 and 付印 ask for a confirmation
 * that says what will happen and lists the server's blockers (confirm disabled) and warnings. Forward steps
 * and the steps back (退回重排, 撤签) are two groups set apart. A refused step lists the server's reasons, worded for
 * that step, until dismissed. While 三校 is unfinished (`proofBlockers`, kept live), 签版 is shown disabled with the
 * missing rounds and the open marks under it. `beforeTransition` (the layout editor: save first) may answer a
 * message to stop the transition.
 */
export function PageWorkflowBar({
  pageId,
  state,
  allowedActions,
  submitBlockers,
  proofBlockers = [],
  warnings = [],
  pageNumber,
  editionDate,
  signedBy,
  signedAt,
  beforeTransition,
  onTransitioned,
}: {
  pageId: number;
  state: PageState;
  allowedActions: PageAction[];
  submitBlockers: string[];
  /** Why 签版 must still wait for proofreading (page detail `proofBlockers`): each round not signed, the open marks. */
  proofBlockers?: string[];
  /** The server's confirmation warnings (page detail `pageWarnings`). */
  warnings?: string[];
  pageNumber: number;
  /** The edition in view: its signing time is shown without the year. */
  editionDate?: string;
  signedBy: string | null;
  signedAt: string | null;
  beforeTransition?: (action: PageAction) => Promise<string | null>;
  onTransitioned?: (page: PageDetail, action: PageAction) => void;
}) {
  const t = useTranslations();
  const formatTime = useNewsroomTime();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [asking, setAsking] = useState<PageAction | null>(null);
  const [reason, setReason] = useState("");
  const [reasonMissing, setReasonMissing] = useState(false);
  const [refusal, setRefusal] = useState<{ action: PageAction; reasons: string[] } | null>(null);

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
    onError: (err, { action }) => {
      const reasons = refusalReasonsOf(err);
      setRefusal(reasons ? { action, reasons } : null);
    },
  });

  const [preparing, setPreparing] = useState(false);
  async function start(action: PageAction) {
    transition.reset();
    setRefusal(null);
    if (CONFIRMED.has(action) && beforeTransition) {
      // The layout editor saves first, so the confirmation lists the blockers of the page as it is now.
      setPreparing(true);
      const blocked = await beforeTransition(action).finally(() => setPreparing(false));
      if (blocked) {
        setRefusal({ action, reasons: [blocked] });
        return;
      }
    }
    if (pageActionRequiresReason(action) || CONFIRMED.has(action)) {
      setAsking(action);
      setReason("");
      setReasonMissing(false);
    } else transition.mutate({ action });
  }

  function confirm() {
    if (!asking) return;
    if (!pageActionRequiresReason(asking)) {
      transition.mutate({ action: asking });
      return;
    }
    if (reason.trim() === "") {
      setReasonMissing(true);
      return;
    }
    transition.mutate({ action: asking, reason: reason.trim() });
  }

  const blockers = refusal?.reasons ?? (state === "layout" ? submitBlockers : []);
  // 三校 as the server reads it now (the live page read), else as the page was rendered
  const proofWaits = allowedActions.includes("sign") ? (live.data?.proofBlockers ?? proofBlockers) : [];
  const forward = allowedActions.filter((a) => PRIMARY.has(a));
  const backward = allowedActions.filter((a) => !PRIMARY.has(a));
  const button = (action: PageAction) => (
    <button
      key={action}
      type="button"
      data-testid={`page-action-${action}`}
      disabled={transition.isPending || preparing || (action === "sign" && proofWaits.length > 0)}
      aria-describedby={action === "sign" && proofWaits.length > 0 ? `sign-proof-blockers-${pageId}` : undefined}
      onClick={() => void start(action)}
      className={`rounded border px-3 py-1.5 text-sm font-medium disabled:opacity-50 ${
        PRIMARY.has(action) ? "border-stone-800 bg-stone-800 text-white hover:bg-stone-700" : "border-press/60 bg-white text-press hover:bg-red-50"
      }`}
    >
      {t(`pageAction.${action}`)}
    </button>
  );
  const confirming = asking !== null && CONFIRMED.has(asking);
  const confirmBlockers = asking !== null && BLOCKED_BY_SUBMIT_BLOCKERS.has(asking) ? submitBlockers : [];
  const details = confirming ? (
    <div data-testid="confirm-details" className="mb-2 space-y-3 text-sm">
      <p data-testid="confirm-what">{t(WHAT[asking as keyof typeof WHAT], { n: pageNumber })}</p>
      {confirmBlockers.length > 0 && (
        <div role="alert" data-testid="confirm-blockers" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-red-800">
          <p className="font-medium">{t("pageDesk.blockers", { action: t(`pageAction.${asking}`) })}</p>
          <ul className="ml-5 list-disc">
            {confirmBlockers.map((b) => (
              <li key={b}>{b}</li>
            ))}
          </ul>
        </div>
      )}
      {warnings.length > 0 && (
        <div data-testid="confirm-warnings" className="rounded border border-amber-200 bg-amber-50 px-3 py-2 text-amber-900">
          <p className="font-medium">{t("pageDesk.warnings")}</p>
          <ul className="ml-5 list-disc">
            {warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </div>
      )}
      {confirmBlockers.length === 0 && warnings.length === 0 && <p className="text-stone-600">{t("pageDesk.noIssues")}</p>}
    </div>
  ) : undefined;
  return (
    <div className="flex flex-wrap items-center gap-3 rounded border border-stone-300 bg-white px-3 py-2" data-testid="page-workflow">
      <span className="text-sm">
        {t("page.state")} <span data-testid="page-state">{<PageStateBadge state={state} />}</span>
      </span>
      <span className="text-sm text-stone-600" data-testid="signed-by">
        {signedBy && signedAt ? t.rich("pageWorkflow.signedBy", { name: signedBy, time: formatTime(signedAt, editionDate), content: contentTag }) : t("pageWorkflow.notSigned")}
      </span>
      <span className="sr-only">{t("pageWorkflow.actions")}</span>
      {/* The steps back (退回重排, 撤签) stay at the left, away from the forward steps (签版, 付印) at the right. */}
      {backward.length > 0 && (
        <div role="group" aria-label={t("pageDesk.backward")} data-testid="page-actions-back" className="flex flex-wrap gap-2 sm:ml-4">
          {backward.map(button)}
        </div>
      )}
      {forward.length > 0 && (
        <div role="group" aria-label={t("pageDesk.forward")} data-testid="page-actions-forward" className="ml-auto flex flex-wrap gap-2">
          {forward.map(button)}
        </div>
      )}
      {blockers.length > 0 && (
        <div
          role={refusal ? "alert" : undefined}
          data-testid="submit-blockers"
          className={`basis-full rounded border px-3 py-2 text-sm ${refusal ? "border-red-300 bg-red-50 text-red-800" : "border-amber-200 bg-amber-50 text-amber-900"}`}
        >
          <div className="flex items-start gap-2">
            <p className="font-medium">{refusal && refusal.action !== "submit" ? t("snapshot.refused", { action: t(`pageAction.${refusal.action}`) }) : t("pageWorkflow.blockers")}</p>
            {refusal && (
              <button type="button" onClick={() => setRefusal(null)} className="ml-auto rounded border border-red-300 bg-white px-2 text-xs hover:bg-red-100" data-testid="refusal-dismiss">
                {t("snapshot.dismiss")}
              </button>
            )}
          </div>
          <ul className="ml-5 list-disc">
            {blockers.map((b) => (
              <li key={b}>{b}</li>
            ))}
          </ul>
        </div>
      )}
      {proofWaits.length > 0 && !refusal && (
        <div id={`sign-proof-blockers-${pageId}`} data-testid="sign-proof-blockers" className="basis-full rounded border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          <p className="font-medium">{t("snapshot.signNeedsProofing")}</p>
          <ul className="ml-5 list-disc">
            {proofWaits.map((b) => (
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

      {asking && confirming && (
        <ReasonDialog
          text={{
            title: t("pageDesk.confirmTitle", { action: t(`pageAction.${asking}`) }),
            cancel: t("common.cancel"),
            confirm: t("common.confirmAction", { action: t(`pageAction.${asking}`) }),
          }}
          details={details}
          confirmDisabled={confirmBlockers.length > 0}
          error={transition.error?.message ?? null}
          pending={transition.isPending}
          onCancel={() => setAsking(null)}
          onConfirm={confirm}
          confirmTestId="page-confirm"
        />
      )}
      {asking && !confirming && (
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
