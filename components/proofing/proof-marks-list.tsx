"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { ProofMarkView } from "@/db/queries/proofing";
import { reanchor, type AnchorableText, type ProofField } from "@/lib/proofing/anchor";
import { apiRequest } from "../api-request";

/** Marks as the API answers them (JSON: the view's own type). */
export type ProofMarkItem = ProofMarkView;

const button = "rounded border px-2 py-0.5 text-xs disabled:opacity-50";

/**
 * The proofreading marks of a page or a story: where each is (re-anchored against the text the view has, or stale),
 * the marked text → the correction, the kind and note, who made it in which round; the 责任编辑 accepts or rejects an
 * open one (a reason is required to reject). `texts` by story id; a story missing from it is not re-anchored.
 */
export function ProofMarksList({
  marks,
  texts,
  canResolve,
  invalidate,
}: {
  marks: ProofMarkItem[];
  texts: ReadonlyMap<number, AnchorableText>;
  canResolve: boolean;
  /** query keys to refetch after a mark is dealt with */
  invalidate: readonly (readonly unknown[])[];
}) {
  const t = useTranslations("proof");
  if (marks.length === 0) return <p className="text-sm text-stone-500">{t("noMarks")}</p>;
  return (
    <ol className="space-y-2" data-testid="proof-marks">
      {marks.map((m) => (
        <MarkRow key={m.id} mark={m} text={texts.get(m.storyId)} canResolve={canResolve} invalidate={invalidate} />
      ))}
    </ol>
  );
}

function MarkRow({ mark, text, canResolve, invalidate }: { mark: ProofMarkItem; text?: AnchorableText; canResolve: boolean; invalidate: readonly (readonly unknown[])[] }) {
  const t = useTranslations("proof");
  const tAll = useTranslations();
  const queryClient = useQueryClient();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState("");
  const router = useRouter();
  // The story text changed (accept): the server-drawn page and texts are read again too.
  const done = () => {
    router.refresh();
    return Promise.all(invalidate.map((queryKey) => queryClient.invalidateQueries({ queryKey: [...queryKey] })));
  };
  const accept = useMutation({ mutationFn: () => apiRequest("POST", `/api/proof-marks/${mark.id}/accept`, { baseVersion: mark.version }), onSuccess: done });
  const reject = useMutation({ mutationFn: () => apiRequest("POST", `/api/proof-marks/${mark.id}/reject`, { baseVersion: mark.version, reason }), onSuccess: done });
  const at = mark.state === "open" && text ? reanchor(text, { field: mark.field as ProofField, paragraph: mark.paragraph, offset: mark.offset, marked: mark.marked }) : null;
  const stale = at?.state === "stale";
  const where = at && at.state !== "stale" ? at : mark;
  const error = accept.error ?? reject.error;
  return (
    <li
      id={`proof-mark-${mark.id}`}
      tabIndex={-1}
      className={`scroll-mt-16 rounded border bg-white p-2 text-sm focus:outline-2 focus:outline-sky-700 ${mark.state === "open" ? "border-amber-400" : "border-stone-200"}`}
      data-testid="proof-mark" data-state={mark.state} data-mark-id={mark.id}>
      <div className="flex flex-wrap items-baseline gap-x-2">
        <span className="rounded bg-stone-100 px-1 text-xs">{tAll(`proof.typeName.${mark.type}`)}</span>
        <span className="font-serif" data-content="">
          <del className="text-press">{mark.marked}</del> → <ins className="font-bold no-underline">{mark.correction || "∅"}</ins>
        </span>
        <span className="text-xs text-stone-500">{tAll(`proof.markState.${mark.state}`)}</span>
      </div>
      <p className="mt-1 text-xs text-stone-600">
        <span data-content="">{mark.headline ?? mark.slug}</span> · {t("where", { field: where.field, paragraph: where.paragraph + 1 })} · <span data-content="">{t("madeBy", { name: mark.createdBy, round: mark.round })}</span>
      </p>
      {mark.note && (
        <p className="mt-1 whitespace-pre-wrap text-xs" data-content="">
          {mark.note}
        </p>
      )}
      {stale && (
        <p className="mt-1 text-xs font-bold text-amber-800" data-testid="proof-mark-stale">
          {t("stale")}
        </p>
      )}
      {at?.state === "moved" && <p className="mt-1 text-xs text-stone-500">{t("moved")}</p>}
      {mark.state !== "open" && mark.resolvedBy && (
        <p className="mt-1 text-xs text-stone-600">
          <span data-content="">{t("resolvedBy", { name: mark.resolvedBy, state: mark.state })}</span>
          {mark.revisionNumber !== null && <> · {t("revision", { n: mark.revisionNumber })}</>}
          {mark.resolveReason && (
            <>
              {" · "}
              <span data-testid="proof-mark-reason" data-content="">
                {t("reason", { reason: mark.resolveReason })}
              </span>
            </>
          )}
        </p>
      )}
      {canResolve && mark.state === "open" && (
        <div className="mt-2 flex flex-wrap items-center gap-2">
          {!rejecting ? (
            <>
              <button type="button" className={`${button} border-emerald-700 text-emerald-800`} disabled={accept.isPending || stale} onClick={() => accept.mutate()}>
                {t("accept")}
              </button>
              <button type="button" className={`${button} border-stone-400`} onClick={() => setRejecting(true)}>
                {t("reject")}
              </button>
            </>
          ) : (
            <form
              className="flex w-full flex-wrap items-center gap-2"
              onSubmit={(e) => {
                e.preventDefault();
                reject.mutate();
              }}
            >
              <label className="flex min-w-0 flex-1 items-center gap-1 text-xs">
                {t("rejectReason")}
                <input value={reason} onChange={(e) => setReason(e.target.value)} required maxLength={500} className="min-w-0 flex-1 rounded border border-stone-300 px-1 py-0.5" />
              </label>
              <button type="submit" className={`${button} border-stone-600`} disabled={reject.isPending || reason.trim() === ""}>
                {t("confirmReject")}
              </button>
              <button type="button" className={`${button} border-stone-300`} onClick={() => setRejecting(false)}>
                {t("cancel")}
              </button>
            </form>
          )}
        </div>
      )}
      {error && (
        <p role="alert" className="mt-1 text-xs text-red-700">
          {error.message}
        </p>
      )}
    </li>
  );
}
