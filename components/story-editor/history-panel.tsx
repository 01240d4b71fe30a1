"use client";

import { useInfiniteQuery, useMutation, useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useId, useMemo, useState } from "react";
import { diffParagraphs } from "@/lib/diff/char-diff";
import { contentLines } from "@/lib/story-draft";
import { fetchRevision, fetchRevisions, storyKeys, type Revision } from "./api";
import { DiffText, useLineLabels } from "./diff-text";
import { useNewsroomTime } from "@/components/use-newsroom-time";
import { useEventLabel } from "@/components/event-label";
import { useLiveInterval } from "@/components/live-updates";

/** Causes that only move the story through the workflow: their revision repeats the text before it. */
const TRANSITION_CAUSES = new Set(["start", "file", "pass", "return", "approve", "spike", "unspike", "publish"]);

/**
 * The revision to compare the newest against by default: the one before the latest change of text,
 * so the diff shows what last changed even when the newest revisions are transitions (交稿, 初审…).
 */
function defaultFrom(list: Revision[], to: number | undefined): number | undefined {
  if (to === undefined) return undefined;
  const older = list.filter((r) => r.number < to);
  const lastChange = list.findIndex((r) => r.number <= to && !TRANSITION_CAUSES.has(r.cause));
  const before = lastChange === -1 ? undefined : list.slice(lastChange + 1).find((r) => r.number < list[lastChange].number);
  return (before ?? older[0])?.number;
}

function RevisionSelect({ label, value, revisions, onChange, testId }: { label: string; value: number | undefined; revisions: Revision[]; onChange: (n: number) => void; testId: string }) {
  const t = useTranslations("history");
  const id = useId();
  return (
    <span className="inline-flex items-center gap-1">
      <label htmlFor={id} className="text-stone-500">
        {label}
      </label>
      <select id={id} data-testid={testId} value={value ?? ""} onChange={(e) => onChange(Number(e.target.value))} className="rounded border border-stone-300 bg-white px-1 py-0.5">
        {value === undefined && <option value="">—</option>}
        {revisions.map((r) => (
          <option key={r.number} value={r.number}>
            {t("revision", { n: r.number })}
          </option>
        ))}
      </select>
    </span>
  );
}

/**
 * Revisions newest first (who, when, why), a page at a time with 更早的修订 for the next, a character diff between any two (default: the newest
 * against the revision before the latest text change — the one before it when the newest is an
 * edit), and restore — offered only while this user holds the editor (`onRestore`).
 */
export function HistoryPanel({ storyId, onRestore }: { storyId: number; onRestore?: (n: number) => Promise<void> }) {
  const t = useTranslations("history");
  const tCommon = useTranslations("common");
  const eventLabel = useEventLabel();
  const revisions = useInfiniteQuery({
    queryKey: storyKeys.revisions(storyId),
    queryFn: ({ pageParam }) => fetchRevisions(storyId, pageParam),
    initialPageParam: null as number | null,
    getNextPageParam: (last) => last.next,
    refetchInterval: useLiveInterval(15_000),
  });
  const list = useMemo(() => revisions.data?.pages.flatMap((p) => p.revisions) ?? [], [revisions.data]);
  const [picked, setPicked] = useState<{ from?: number; to?: number }>({});
  const has = (n: number | undefined) => n !== undefined && list.some((r) => r.number === n);
  const to = has(picked.to) ? picked.to : list[0]?.number;
  const from = has(picked.from) ? picked.from : defaultFrom(list, to);

  const toRev = useQuery({ queryKey: storyKeys.revision(storyId, to ?? 0), queryFn: () => fetchRevision(storyId, to!), enabled: to !== undefined, staleTime: Infinity });
  const fromRev = useQuery({ queryKey: storyKeys.revision(storyId, from ?? 0), queryFn: () => fetchRevision(storyId, from!), enabled: from !== undefined, staleTime: Infinity });

  const labels = useLineLabels();
  const diff = useMemo(() => {
    if (!toRev.data || (from !== undefined && !fromRev.data)) return null;
    return diffParagraphs(fromRev.data && from !== undefined ? contentLines(fromRev.data.content, labels) : [], contentLines(toRev.data.content, labels));
  }, [toRev.data, fromRev.data, from, labels]);

  const restore = useMutation({ mutationFn: (n: number) => onRestore!(n) });
  const time = useNewsroomTime();
  const titleId = useId();

  return (
    <section data-testid="history" className="rounded border border-stone-300 bg-white shadow-sm" aria-labelledby={titleId}>
      <h2 id={titleId} className="border-b border-stone-200 px-4 py-2 text-sm font-bold tracking-wide">
        {t("title")}
      </h2>
      {revisions.isPending && <p className="px-4 py-3 text-sm text-stone-500">{tCommon("loading")}</p>}
      {!revisions.isPending && list.length === 0 && <p className="px-4 py-3 text-sm text-stone-500">{t("empty")}</p>}
      {restore.error && (
        <p role="alert" className="mx-4 mt-2 rounded bg-red-50 px-2 py-1 text-sm text-red-800">
          {restore.error.message}
        </p>
      )}
      <ol className="max-h-64 divide-y divide-stone-100 overflow-auto text-sm">
        {list.map((r, i) => (
          <li key={r.number} data-testid="revision" data-revision={r.number} className={`flex items-start gap-2 px-4 py-2 ${r.number === to || r.number === from ? "bg-amber-50/60" : ""}`}>
            <span className="shrink-0 whitespace-nowrap pt-0.5 font-mono text-xs text-stone-500">{t("revision", { n: r.number })}</span>
            <span className="min-w-0 flex-1">
              <span className="font-medium" data-testid="revision-cause">
                {eventLabel(r.cause)}
              </span>
              {i === 0 && <span className="ml-1 rounded bg-stone-100 px-1 text-xs text-stone-500">{t("current")}</span>}
              <span className="block text-xs text-stone-500">
                <span data-content="">{r.author ?? "—"}</span> · <time dateTime={r.createdAt}>{time(r.createdAt)}</time>
              </span>
            </span>
            {onRestore && i > 0 && (
              <button
                type="button"
                data-testid="revision-restore"
                disabled={restore.isPending}
                onClick={() => restore.mutate(r.number)}
                className="shrink-0 rounded border border-stone-300 px-2 py-0.5 text-xs hover:bg-stone-100 disabled:opacity-50"
                aria-label={t("restoreNumbered", { n: r.number })}
              >
                {restore.isPending && restore.variables === r.number ? t("restoring") : t("restore")}
              </button>
            )}
          </li>
        ))}
        {revisions.hasNextPage && (
          <li className="px-4 py-2 text-center">
            <button type="button" onClick={() => void revisions.fetchNextPage()} disabled={revisions.isFetchingNextPage} className="text-xs text-press hover:underline disabled:opacity-50" data-testid="history-more">
              {t("more")}
            </button>
          </li>
        )}
      </ol>
      {list.length > 0 && (
        <div className="border-t border-stone-200 px-4 py-3">
          <div className="mb-2 flex flex-wrap items-center gap-2 text-xs">
            <span className="font-semibold text-stone-600">{t("compare")}</span>
            <RevisionSelect label={t("from")} value={from} revisions={list} onChange={(n) => setPicked({ ...picked, from: n })} testId="diff-from" />
            <span aria-hidden>→</span>
            <RevisionSelect label={t("to")} value={to} revisions={list} onChange={(n) => setPicked({ ...picked, to: n })} testId="diff-to" />
          </div>
          <p className="mb-1 text-xs text-stone-500">{t("diffLegend")}</p>
          <div className="max-h-96 overflow-auto rounded border border-stone-200 bg-paper px-3 py-2">
            {diff === null ? (
              <p className="text-sm text-stone-500">{tCommon("loading")}</p>
            ) : diff.every((p) => p.op === "equal") ? (
              <>
                <p className="mb-1 text-xs text-stone-500">{t("same")}</p>
                <DiffText parts={diff} testId="diff" />
              </>
            ) : (
              <DiffText parts={diff} testId="diff" />
            )}
          </div>
        </div>
      )}
    </section>
  );
}
