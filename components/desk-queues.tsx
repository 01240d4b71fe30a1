"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useLocale, useTimeZone, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { DeskQueues as Queues, QueueName, QueuePage, QueueStory, ReturnedStory } from "@/lib/api/queue-schemas";
import type { Locale } from "@/lib/i18n/locales";
import { isOverdue } from "@/lib/deadline";
import { dateIn } from "@/lib/publication";
import { queueKeys } from "@/lib/query-keys";
import { formatShortEditionDate } from "@/lib/short-edition-date";
import { contentTag } from "./content";
import { useLiveInterval } from "./live-updates";
import { PageStateBadge, StoryStatusBadge } from "./status-badge";
import { useNewsroomTime } from "./use-newsroom-time";

/** Each queue's title and empty line, in the order a desk reads them (the chief's sign-off first). */
const QUEUES: { name: QueueName; title: string; empty: string }[] = [
  { name: "returned", title: "desk.queue.returned", empty: "desk.empty.returned" },
  { name: "proofing", title: "proof.queueTitle", empty: "proof.queueEmpty" },
  { name: "assignments", title: "dashboard.myAssignments", empty: "dashboard.noAssignments" },
  { name: "signed", title: "desk.queue.signed", empty: "desk.empty.signed" },
  { name: "submitted", title: "desk.queue.submitted", empty: "desk.empty.submitted" },
  { name: "reviewing", title: "review.queue", empty: "review.queueEmpty" },
  { name: "edited", title: "desk.queue.edited", empty: "desk.empty.edited" },
  { name: "filed", title: "desk.queue.filed", empty: "desk.empty.filed" },
  { name: "overdue", title: "desk.queue.overdue", empty: "desk.empty.overdue" },
  { name: "layout", title: "desk.queue.layout", empty: "desk.empty.layout" },
];

async function fetchQueues(): Promise<Queues> {
  const res = await fetch("/api/queues");
  if (!res.ok) throw new Error(`queues: ${res.status}`);
  return res.json();
}

/**
 * What waits for the signed-in user, one card per queue (its count, the first 20, a link straight to the work),
 * read on the server for the first paint and kept live: a hand-over by anyone refetches it (lib/live/query-refresh.ts).
 */
export function DeskQueues({ initial }: { initial: Queues }) {
  const t = useTranslations();
  const { data = initial } = useQuery({ queryKey: queueKeys.mine, queryFn: fetchQueues, initialData: initial, refetchInterval: useLiveInterval(15_000) });
  const shown = QUEUES.filter((q) => data[q.name] !== undefined);
  if (shown.length === 0) return null;
  return (
    <section aria-label={t("desk.queuesTitle")} className="grid gap-4 md:grid-cols-2 xl:grid-cols-3" data-testid="desk-queues">
      {shown.map(({ name, title, empty }) => {
        const queue = data[name]!;
        return (
          <section key={name} className="min-w-0 rounded border border-stone-200 bg-white shadow-sm" data-testid={`queue-${name}`} aria-labelledby={`queue-${name}-title`}>
            <h2 id={`queue-${name}-title`} className={`flex items-center justify-between gap-2 px-4 py-2 font-bold ${queue.items.length > 0 ? "border-b border-stone-200" : ""}`}>
              <span>{t(title as never)}</span>
              <span
                className={`rounded-full px-2 text-sm tabular-nums ${queue.count > 0 ? "bg-press text-white" : "bg-stone-100 text-stone-500"}`}
                data-testid="queue-count"
                aria-label={t("desk.count", { n: queue.count })}
              >
                {queue.count}
              </span>
            </h2>
            {queue.items.length === 0 ? (
              <p className="px-4 pb-2 text-xs text-stone-500">{t(empty as never)}</p>
            ) : (
              <ul className="divide-y divide-stone-100">
                {queue.items.map((item) => (
                  <li key={item.id} data-testid="queue-item">
                    <QueueRow name={name} item={item} />
                  </li>
                ))}
              </ul>
            )}
            {queue.count > queue.items.length && <p className="border-t border-stone-100 px-4 py-2 text-xs text-stone-500">{t("desk.more", { n: queue.count - queue.items.length })}</p>}
          </section>
        );
      })}
    </section>
  );
}

function QueueRow({ name, item }: { name: QueueName; item: QueueStory | ReturnedStory | QueuePage }) {
  if ("number" in item) return <PageRow page={item} inLayout={name === "layout"} proofing={name === "proofing"} />;
  return <StoryRow story={item} withBrief={name === "assignments"} />;
}

const rowLink = "block px-4 py-3 hover:bg-stone-50 focus-visible:bg-stone-50";

function StoryRow({ story, withBrief }: { story: QueueStory | ReturnedStory; withBrief: boolean }) {
  const t = useTranslations("desk");
  const time = useNewsroomTime();
  const overdue = isOverdue(story.deadline, story.status);
  const meta: ReactNode[] = [];
  if (story.deadline)
    meta.push(
      <span key="deadline" className={overdue ? "font-bold text-press" : undefined} data-testid="queue-deadline">
        {t("deadline", { time: time(story.deadline, story.editionDate) })}
        {overdue && ` · ${t("overdueMark")}`}
      </span>,
    );
  if (story.targetLength !== null)
    meta.push(<span key="target">{story.zi > 0 ? t("written", { zi: story.zi, target: story.targetLength }) : t("target", { n: story.targetLength })}</span>);
  return (
    <Link href={`/stories/${story.id}`} className={rowLink}>
      {"returnedBy" in story && (story.reason || story.returnedBy) && (
        <div className="mb-2 rounded border-l-4 border-orange-400 bg-orange-50 px-3 py-1.5 text-sm text-orange-900" data-testid="queue-return">
          {story.returnedBy && story.returnedAt && <div className="text-xs">{t.rich("returnedBy", { name: story.returnedBy, time: time(story.returnedAt), content: contentTag })}</div>}
          {story.reason && <div className="whitespace-pre-wrap break-words">{t.rich("reason", { reason: story.reason, content: contentTag })}</div>}
        </div>
      )}
      <div className="flex items-start justify-between gap-3">
        <span className="min-w-0 break-words font-serif font-bold" data-content="">
          {story.headline ?? story.slug}
        </span>
        <span className="shrink-0">
          <StoryStatusBadge status={story.status} />
        </span>
      </div>
      {withBrief && story.brief && (
        <p className="mt-1 line-clamp-3 whitespace-pre-wrap break-words text-sm text-stone-700" data-testid="queue-brief">
          <span className="text-stone-500">{t("brief")}：</span>
          <span data-content="">{story.brief}</span>
        </p>
      )}
      {meta.length > 0 && <p className="mt-1 flex flex-wrap gap-x-3 text-xs text-stone-600">{meta}</p>}
    </Link>
  );
}

/** A page in layout links to the layout editor and shows its overset; one to sign or release links to the page. */
function PageRow({ page, inLayout, proofing }: { page: QueuePage; inLayout: boolean; proofing: boolean }) {
  const t = useTranslations("desk");
  const tp = useTranslations("proof");
  const locale = useLocale() as Locale;
  const today = dateIn(useTimeZone() ?? "Asia/Shanghai");
  const time = useNewsroomTime();
  const href = `/editions/${page.editionDate}/pages/${page.number}${inLayout ? "/layout" : proofing ? "/proofing" : ""}`;
  return (
    <Link href={href} className={rowLink}>
      <div className="flex items-start justify-between gap-3">
        <span className="min-w-0 break-words font-bold">{t.rich("pageLine", { date: formatShortEditionDate(page.editionDate, locale, today), n: page.number, name: page.name, content: contentTag })}</span>
        <span className="shrink-0">
          <PageStateBadge state={page.state} />
        </span>
      </div>
      <p className="mt-1 flex flex-wrap gap-x-3 text-xs text-stone-600">
        <span>{page.responsibleEditor ? t.rich("responsible", { name: page.responsibleEditor, content: contentTag }) : t("noResponsible")}</span>
        {!inLayout ? null : page.oversetBoxes > 0 ? (
          <span className="font-bold text-press" data-testid="queue-overset">
            {t("overset", { boxes: page.oversetBoxes, lines: page.oversetLines })}
          </span>
        ) : (
          <span className="text-emerald-700">{t("fits")}</span>
        )}
        {page.signedAt && <span>{t("signedAt", { time: time(page.signedAt) })}</span>}
        {proofing && page.proofRounds !== undefined && <span data-testid="queue-proof-rounds">{tp("queueRounds", { signed: page.proofSigned ?? 0, rounds: page.proofRounds })}</span>}
      </p>
    </Link>
  );
}
