"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useId } from "react";
import { storyKeys, type AuditEvent } from "./api";
import { useEventLabel, useStateLabel } from "@/components/event-label";
import { useLiveInterval } from "@/components/live-updates";
import { useNewsroomTime } from "@/components/use-newsroom-time";

interface AuditPage {
  events: AuditEvent[];
  next: number | null;
}

/** One page of the story's audit trail, oldest first (`after` = the last event id of the page before). */
async function fetchAuditPage(storyId: number, after: number | null): Promise<AuditPage> {
  const res = await fetch(`/api/stories/${storyId}/audit${after === null ? "" : `?after=${after}`}`);
  if (!res.ok) throw new Error(`audit: ${res.status}`);
  return res.json();
}

/** The story's append-only audit trail: who, when, what, from → to, why — newest on top, later pages on demand. */
export function AuditList({ storyId }: { storyId: number }) {
  const titleId = useId();
  const t = useTranslations();
  const action = useEventLabel();
  const time = useNewsroomTime();
  const events = useInfiniteQuery({
    queryKey: storyKeys.audit(storyId),
    queryFn: ({ pageParam }) => fetchAuditPage(storyId, pageParam),
    initialPageParam: null as number | null,
    getNextPageParam: (last) => last.next,
    refetchInterval: useLiveInterval(15_000),
  });
  const state = useStateLabel();
  const list = events.data?.pages.flatMap((p) => p.events) ?? [];

  return (
    <section data-testid="audit" className="rounded border border-stone-300 bg-white shadow-sm" aria-labelledby={titleId}>
      <h2 id={titleId} className="border-b border-stone-200 px-4 py-2 text-sm font-bold tracking-wide">
        {t("audit.title")}
      </h2>
      <ol className="max-h-72 divide-y divide-stone-100 overflow-auto text-sm">
        {events.hasNextPage && (
          <li className="px-4 py-2 text-center">
            <button type="button" onClick={() => void events.fetchNextPage()} disabled={events.isFetchingNextPage} className="text-xs text-press hover:underline disabled:opacity-50" data-testid="audit-more">
              {t("desk.auditMore")}
            </button>
          </li>
        )}
        {[...list].reverse().map((e) => (
          <li key={e.id} data-testid="audit-event" className="px-4 py-2">
            <div className="flex flex-wrap items-baseline gap-x-2">
              <strong data-content="">{e.actor ?? "—"}</strong>
              <span>{action(e.action, "audit")}</span>
              {(e.fromState || e.toState) && (
                <span className="text-stone-600" data-testid="audit-states">
                  {state(e.fromState)}
                  {e.fromState && e.toState && " → "}
                  {state(e.toState)}
                </span>
              )}
              <time dateTime={e.createdAt} className="ml-auto text-xs text-stone-500">
                {time(e.createdAt)}
              </time>
            </div>
            {e.reason && (
              <p className="mt-0.5 whitespace-pre-wrap break-words text-xs text-stone-600" data-testid="audit-reason">
                {t("common.reason")}：<span data-content="">{e.reason}</span>
              </p>
            )}
          </li>
        ))}
        {events.isSuccess && list.length === 0 && <li className="px-4 py-3 text-sm text-stone-500">{t("audit.empty")}</li>}
      </ol>
    </section>
  );
}
