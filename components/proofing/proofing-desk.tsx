"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent, type ReactNode } from "react";
import type { PageProofing } from "@/db/queries/proofing";
import { reanchor, type AnchorableText, type MarkAnchor, type ProofField } from "@/lib/proofing/anchor";
import { PROOF_MARK_TYPES } from "@/lib/proofing/kinds";
import { apiRequest } from "../api-request";
import { useLiveInterval } from "../live-updates";
import { useNewsroomTime } from "../use-newsroom-time";
import { ProofMarksList, type ProofMarkItem } from "./proof-marks-list";

type Selected = MarkAnchor & { storyId: number };

export const proofKeys = {
  marks: (pageId: number) => ["page", pageId, "proof-marks"] as const,
  rounds: (pageId: number) => ["page", pageId, "proof-rounds"] as const,
};

/** The text element (data-proof-*) a DOM node is in. */
function anchorElement(node: Node | null): HTMLElement | null {
  const el = node instanceof HTMLElement ? node : (node?.parentElement ?? null);
  return el?.closest<HTMLElement>("[data-proof-field]") ?? null;
}

/** A selection inside one story text → the mark's anchor (story, field, paragraph, offset, marked text), else null. */
function selectionAnchor(root: HTMLElement): Selected | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const el = anchorElement(range.startContainer);
  if (!el || !root.contains(el) || anchorElement(range.endContainer) !== el) return null;
  const before = document.createRange();
  before.selectNodeContents(el);
  before.setEnd(range.startContainer, range.startOffset);
  const marked = range.toString();
  if (marked.trim() === "") return null;
  return {
    storyId: Number(el.dataset.proofStory),
    field: el.dataset.proofField as ProofField,
    paragraph: Number(el.dataset.proofParagraph),
    offset: Number(el.dataset.proofStart) + before.toString().length,
    marked,
  };
}

/** Draws the open marks over the page with the CSS Custom Highlight API (no DOM change), where the browser has it. */
function useMarkHighlights(root: React.RefObject<HTMLElement | null>, marks: ProofMarkItem[], texts: ReadonlyMap<number, AnchorableText>) {
  useEffect(() => {
    const registry = (globalThis.CSS as unknown as { highlights?: Map<string, unknown> } | undefined)?.highlights;
    const HighlightCtor = (globalThis as unknown as { Highlight?: new (...r: Range[]) => unknown }).Highlight;
    if (!registry || !HighlightCtor || !root.current) return;
    const ranges: Range[] = [];
    for (const m of marks) {
      if (m.state !== "open") continue;
      const text = texts.get(m.storyId);
      const at = text ? reanchor(text, { field: m.field as ProofField, paragraph: m.paragraph, offset: m.offset, marked: m.marked }) : null;
      if (!at || at.state === "stale") continue;
      for (const el of root.current.querySelectorAll<HTMLElement>(`[data-proof-story="${m.storyId}"][data-proof-field="${at.field}"][data-proof-paragraph="${at.paragraph}"]`)) {
        const range = rangeIn(el, at.offset - Number(el.dataset.proofStart), m.marked.length);
        if (range) ranges.push(range);
      }
    }
    registry.set("proof-mark", new HighlightCtor(...ranges));
    return () => void registry.delete("proof-mark");
  }, [root, marks, texts]);
}

/** The range of `length` characters from `start` of the element's text (clipped to it), or null when outside. */
function rangeIn(el: HTMLElement, start: number, length: number): Range | null {
  const total = el.textContent?.length ?? 0;
  const from = Math.max(0, start);
  const to = Math.min(total, start + length);
  if (to <= from) return null;
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let seen = 0;
  let started = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const len = node.textContent?.length ?? 0;
    if (!started && from < seen + len) {
      range.setStart(node, from - seen);
      started = true;
    }
    if (started && to <= seen + len) {
      range.setEnd(node, to - seen);
      return range;
    }
    seen += len;
  }
  return null;
}

/**
 * 三校 on a page proof (docs/PROOFING.md): the page with its text selectable, beside it the rounds (签字 for the
 * proofreader, in order) and the marks. A proofreader selects a span in a story and adds a mark; an editor accepts or
 * rejects the open ones. `texts` are the stories' current texts, to re-anchor and highlight the marks.
 */
export function ProofingDesk({
  pageId,
  submitted,
  canMark,
  canResolve,
  texts,
  editionDate,
  children,
}: {
  pageId: number;
  submitted: boolean;
  canMark: boolean;
  canResolve: boolean;
  texts: [number, AnchorableText][];
  editionDate: string;
  children: ReactNode;
}) {
  const t = useTranslations("proof");
  const tAll = useTranslations();
  const queryClient = useQueryClient();
  const time = useNewsroomTime();
  const sheet = useRef<HTMLDivElement>(null);
  const [selected, setSelected] = useState<Selected | null>(null);
  const [hint, setHint] = useState(false);
  const textMap = useMemo(() => new Map(texts), [texts]);
  const interval = useLiveInterval(15_000);
  const marks = useQuery({ queryKey: proofKeys.marks(pageId), queryFn: () => apiRequest<{ marks: ProofMarkItem[] }>("GET", `/api/pages/${pageId}/proof-marks`), refetchInterval: interval });
  const rounds = useQuery({ queryKey: proofKeys.rounds(pageId), queryFn: () => apiRequest<{ proofing: PageProofing }>("GET", `/api/pages/${pageId}/proof-rounds`), refetchInterval: interval });
  const refresh = useCallback(() => Promise.all([queryClient.invalidateQueries({ queryKey: proofKeys.marks(pageId) }), queryClient.invalidateQueries({ queryKey: proofKeys.rounds(pageId) })]), [queryClient, pageId]);
  const list = marks.data?.marks ?? [];
  useMarkHighlights(sheet, list, textMap);

  const add = useMutation({
    mutationFn: (body: unknown) => apiRequest("POST", `/api/pages/${pageId}/proof-marks`, body),
    onSuccess: () => {
      setSelected(null);
      window.getSelection()?.removeAllRanges();
      return refresh();
    },
  });
  const sign = useMutation({ mutationFn: (round: number) => apiRequest("POST", `/api/pages/${pageId}/proof-rounds`, { round }), onSuccess: refresh });

  function onSelect() {
    if (!canMark || !sheet.current) return;
    const anchor = selectionAnchor(sheet.current);
    const selection = window.getSelection();
    setHint(!anchor && !!selection && !selection.isCollapsed);
    if (anchor) setSelected(anchor);
  }

  function onAdd(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!selected) return;
    const form = new FormData(event.currentTarget);
    add.mutate({ ...selected, type: form.get("type"), correction: String(form.get("correction") ?? ""), note: String(form.get("note") ?? "") });
  }

  const proofing = rounds.data?.proofing;
  return (
    <div className="flex gap-4 max-lg:flex-col">
      <div className="min-w-0 flex-1 overflow-x-auto pb-2" data-canvas="" data-testid="proofing-sheet" ref={sheet} onMouseUp={onSelect} onKeyUp={onSelect} onTouchEnd={onSelect}>
        <style>{"::highlight(proof-mark) { background-color: rgb(252 211 77 / .7); text-decoration: underline wavy #b91c1c; }"}</style>
        {children}
      </div>
      <aside className="w-[22rem] shrink-0 space-y-4 max-lg:w-full" aria-label={t("marks")}>
        <section className="rounded border border-stone-200 bg-white p-3 shadow-sm" data-testid="proof-rounds">
          <h2 className="mb-2 flex items-baseline justify-between font-bold">
            <span>{t("roundsTitle")}</span>
            {proofing && <span className="text-xs font-normal text-stone-500">{t("roundsOfEdition", { rounds: proofing.rounds })}</span>}
          </h2>
          {proofing && (
            <ol className="space-y-1 text-sm">
              {Array.from({ length: proofing.rounds }, (_, i) => i + 1).map((round) => {
                const signed = proofing.signed.find((s) => s.round === round);
                return (
                  <li key={round} className="flex flex-wrap items-center gap-x-2" data-testid="proof-round" data-round={round} data-signed={signed ? "yes" : "no"}>
                    <span className="w-10 font-bold">{t("roundName", { round })}</span>
                    {signed ? (
                      <span className="text-emerald-800" data-content="">
                        {signed.signedBy} · {time(signed.signedAt, editionDate)}
                      </span>
                    ) : (
                      <span className="text-stone-500">{t("notSigned")}</span>
                    )}
                    {canMark && submitted && proofing.current === round && (
                      <button
                        type="button"
                        className="ml-auto rounded bg-press px-2 py-0.5 text-xs text-white disabled:opacity-50"
                        disabled={sign.isPending}
                        onClick={() => window.confirm(t("signConfirm", { round })) && sign.mutate(round)}
                      >
                        {t("signRound", { round })}
                      </button>
                    )}
                  </li>
                );
              })}
            </ol>
          )}
          {proofing?.current === null && <p className="mt-2 text-sm text-emerald-800">{t("allSigned")}</p>}
          {!submitted && <p className="mt-2 text-xs text-stone-500">{t("notSubmitted")}</p>}
          {sign.error && (
            <p role="alert" className="mt-2 text-xs text-red-700">
              {sign.error.message}
            </p>
          )}
        </section>

        {canMark && submitted && (
          <section className="rounded border border-stone-200 bg-white p-3 shadow-sm" data-testid="proof-mark-form">
            {!selected ? (
              <p className="text-sm text-stone-600">{hint ? t("selectionOutside") : t("selectHint")}</p>
            ) : (
              <form onSubmit={onAdd} className="space-y-2 text-sm">
                <p>
                  {t("marked")}：
                  <mark className="bg-amber-200 font-serif" data-testid="proof-selected" data-content="">
                    {selected.marked}
                  </mark>
                </p>
                <label className="flex items-center gap-2">
                  <span className="w-12">{t("type")}</span>
                  <select name="type" className="rounded border border-stone-300 px-1 py-0.5" defaultValue="typo">
                    {PROOF_MARK_TYPES.map((type) => (
                      <option key={type} value={type}>
                        {tAll(`proof.typeName.${type}`)}
                      </option>
                    ))}
                  </select>
                </label>
                <label className="flex items-center gap-2">
                  <span className="w-12">{t("correction")}</span>
                  <input name="correction" maxLength={200} className="min-w-0 flex-1 rounded border border-stone-300 px-1 py-0.5 font-serif" title={t("correctionHint")} />
                </label>
                <label className="flex items-center gap-2">
                  <span className="w-12">{t("note")}</span>
                  <input name="note" maxLength={500} className="min-w-0 flex-1 rounded border border-stone-300 px-1 py-0.5" />
                </label>
                <div className="flex gap-2">
                  <button type="submit" className="rounded bg-press px-3 py-1 text-white disabled:opacity-50" disabled={add.isPending}>
                    {t("addMark")}
                  </button>
                  <button type="button" className="rounded border border-stone-300 px-3 py-1" onClick={() => setSelected(null)}>
                    {t("cancel")}
                  </button>
                </div>
                {add.error && (
                  <p role="alert" className="text-xs text-red-700">
                    {add.error.message}
                  </p>
                )}
              </form>
            )}
          </section>
        )}

        <section className="space-y-2">
          <h2 className="flex items-baseline justify-between font-bold">
            <span>{t("marks")}</span>
            {proofing && proofing.openMarks > 0 && <span className="text-xs font-normal text-amber-800">{t("openCount", { n: proofing.openMarks })}</span>}
          </h2>
          <ProofMarksList marks={list} texts={textMap} canResolve={canResolve} invalidate={[proofKeys.marks(pageId), proofKeys.rounds(pageId)]} />
        </section>
      </aside>
    </div>
  );
}
