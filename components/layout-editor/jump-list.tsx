"use client";

import { useQueries, useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { fetchEditionPages, fetchPage, pageKeys, type PageDetailElement } from "./api";

export interface JumpCandidate {
  element: PageDetailElement;
  pageNumber: number;
}

/**
 * 转版接排: boxes on the edition's other pages whose story does not end there (overset, or marked as
 * continuing) and that have no continuation yet. The other pages are read only when the list is opened.
 */
export function JumpList({
  date,
  pageId,
  linkedSourceIds,
  readOnly,
  onContinue,
}: {
  date: string;
  pageId: number;
  /** Source boxes this page already continues (in the draft). */
  linkedSourceIds: ReadonlySet<number>;
  readOnly: boolean;
  onContinue: (candidate: JumpCandidate) => void;
}) {
  const t = useTranslations();
  const [open, setOpen] = useState(false);
  const pages = useQuery({ queryKey: pageKeys.editionPages(date), queryFn: () => fetchEditionPages(date), enabled: open, staleTime: 30_000 });
  const others = (pages.data ?? []).filter((p) => p.id !== pageId);
  const details = useQueries({
    queries: others.map((p) => ({ queryKey: pageKeys.page(p.id), queryFn: () => fetchPage(p.id), enabled: open, staleTime: 30_000 })),
  });
  const loading = pages.isPending || details.some((d) => d.isPending);
  const candidates: JumpCandidate[] = details.flatMap((d) =>
    d.data
      ? d.data.elements
          .filter(
            (e) =>
              e.story !== null &&
              (e.kind === "story" || e.kind === "photo") &&
              e.jumpTo === null &&
              !linkedSourceIds.has(e.id) &&
              (e.fit?.status === "over" || (e.story.continues && e.flowStart === null)),
          )
          .map((element) => ({ element, pageNumber: d.data.number }))
      : [],
  );
  return (
    <details className="rounded border border-stone-300 bg-white" onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)} data-testid="jump-list">
      <summary className="cursor-pointer px-3 py-2 text-sm font-bold">{t("layout.jumps")}</summary>
      <div className="border-t border-stone-200 px-3 py-2">
        <p className="text-xs text-stone-500">{t("layout.jumpsHint")}</p>
        {open && loading ? (
          <p className="mt-2 text-sm text-stone-500">{t("layout.jumpsLoading")}</p>
        ) : candidates.length === 0 ? (
          <p className="mt-2 text-sm text-stone-500">{t("layout.jumpsNone")}</p>
        ) : (
          <ul className="mt-2 space-y-2">
            {candidates.map(({ element, pageNumber }) => (
              <li key={element.id} className="flex items-start gap-2 text-sm" data-testid="jump-candidate">
                <div className="min-w-0 flex-1">
                  <p className="font-medium leading-snug" data-content="">
                    {element.story?.headline ?? element.story?.slug}
                  </p>
                  <p className="text-xs text-stone-500">
                    {t("page.number", { n: pageNumber })} ·{" "}
                    {element.fit?.status === "over" ? <span className="text-red-700">{t("fit.overLines", { n: element.fit.linesNeeded - element.fit.linesAvailable })}</span> : t("layout.jumpMarked")}
                  </p>
                </div>
                {!readOnly && (
                  <button
                    type="button"
                    onClick={() => onContinue({ element, pageNumber })}
                    className="shrink-0 rounded border border-stone-400 px-2 py-0.5 text-xs hover:bg-stone-100"
                  >
                    {t("layout.continueHere")}
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
    </details>
  );
}
