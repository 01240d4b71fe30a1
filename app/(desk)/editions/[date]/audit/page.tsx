import Link from "next/link";
import { notFound } from "next/navigation";
import { useTranslations } from "next-intl";
import { getTimeZone, getTranslations } from "next-intl/server";
import { useEventLabel, usePageEventLabel, usePageStateLabel, useStateLabel } from "@/components/event-label";
import { contentTag } from "@/components/content";
import { requireUser } from "@/app/_server/session";
import { editionDate } from "@/app/_server/schemas";
import { getDb } from "@/db/client";
import { listEditionAudit, nextCursorOf } from "@/db/queries/story-history";
import { listEditionPageAudit } from "@/db/queries/edition-page-audit";
import { MoreLinks } from "@/components/more-links";
import { beforeQuery, HISTORY_PAGE_SIZE } from "@/lib/api/common";
import { formatEditionDate } from "@/lib/i18n/edition-date";
import { formatNewsroomTime } from "@/lib/newsroom-time";

export const dynamic = "force-dynamic";

type StoryEvent = ReturnType<typeof listEditionAudit>[number] & { entity: "story" };
type PageEvent = ReturnType<typeof listEditionPageAudit>[number] & { entity: "page" };

/**
 * The chief's view of everything that happened to the edition's stories and pages, newest first, a page at a time
 * (keyset on the event id: both lists are read below the same id and merged).
 */
export default async function EditionAuditPage({ params, searchParams }: { params: Promise<{ date: string }>; searchParams: Promise<{ before?: string }> }) {
  const user = await requireUser("chief");
  const { date } = await params;
  if (!editionDate.safeParse(date).success) notFound();
  const t = await getTranslations("audit");
  const timeZone = await getTimeZone();
  const before = beforeQuery.safeParse(await searchParams).data?.before;
  const db = getDb();
  const events: (StoryEvent | PageEvent)[] = [
    ...listEditionAudit(db, { date, before }).map((e) => ({ ...e, entity: "story" as const })),
    ...listEditionPageAudit(db, { date, before }).map((e) => ({ ...e, entity: "page" as const })),
  ]
    .sort((a, b) => b.id - a.id)
    .slice(0, HISTORY_PAGE_SIZE);
  const next = nextCursorOf(events, (e) => e.id);
  return (
    <div>
      <h1 className="mb-4 text-xl font-bold">
        {formatEditionDate(date, user.locale)} · {t("editionTitle")}
      </h1>
      <ol className="divide-y divide-stone-100 bg-white text-sm shadow-sm" data-testid="edition-audit">
        {events.map((e) => (
          <li key={e.id} className="flex flex-wrap items-baseline gap-x-4 gap-y-1 px-3 py-2" data-testid={e.entity === "page" ? "audit-page-event" : "audit-story-event"}>
            <time dateTime={e.createdAt} className="w-28 shrink-0 text-stone-500 tabular-nums">
              {formatNewsroomTime(e.createdAt, { locale: user.locale, timeZone, reference: date })}
            </time>
            <span data-content="">{e.actor ?? "—"}</span>
            {e.entity === "page" ? <PageEventCells event={e} date={date} /> : <StoryEventCells event={e} />}
          </li>
        ))}
      </ol>
      <MoreLinks paged={before !== undefined} next={next === null ? null : `/editions/${date}/audit?before=${next}`} newest={`/editions/${date}/audit`} />
    </div>
  );
}

/** "已交稿 → 已初审" (either side may be missing), each state worded by `label`. */
function StateChange({ from, to, label }: { from: string | null; to: string | null; label: (state: string | null) => string }) {
  if (!from && !to) return null;
  return (
    <span className="text-stone-600">
      {label(from)}
      {from && to && " → "}
      {label(to)}
    </span>
  );
}

/** What happened to a story, in the reader's language: the action (初审通过), the states from → to (已交稿 → 已初审), the reason. */
function StoryEventCells({ event: e }: { event: StoryEvent }) {
  const eventLabel = useEventLabel();
  const state = useStateLabel();
  return (
    <>
      <span className="font-bold">{eventLabel(e.action, "audit")}</span>
      <StateChange from={e.fromState} to={e.toState} label={state} />
      <Link href={`/stories/${e.storyId}`} className="min-w-0 break-words hover:underline" data-content="">
        {e.headline ?? e.slug}
      </Link>
      {e.reason && (
        <span className="basis-full whitespace-pre-wrap break-words text-stone-600 sm:basis-auto" data-content="">
          {e.reason}
        </span>
      )}
    </>
  );
}

/** What happened to a page: 提交签版, 签版 (with its content hash, shortened), 退回重排 / 撤签 with the reason, 付印. */
function PageEventCells({ event: e, date }: { event: PageEvent; date: string }) {
  const eventLabel = usePageEventLabel();
  const state = usePageStateLabel();
  const tDesk = useTranslations("desk");
  const hash = e.action === "sign" && e.reason?.startsWith("sha256:") ? e.reason.slice("sha256:".length, "sha256:".length + 12) : null;
  return (
    <>
      <span className="font-bold">{eventLabel(e.action)}</span>
      <StateChange from={e.fromState} to={e.toState} label={state} />
      <Link href={`/editions/${date}/pages/${e.number}`} className="hover:underline">
        {tDesk.rich("auditPage", { n: e.number, name: e.name, content: contentTag })}
      </Link>
      {hash ? (
        <span className="font-mono text-xs text-stone-600" title={e.reason ?? undefined} data-testid="audit-hash">
          {tDesk("snapshotHash", { hash: `${hash}…` })}
        </span>
      ) : (
        e.reason && (
          <span className="basis-full whitespace-pre-wrap break-words text-stone-600 sm:basis-auto" data-content="">
            {e.reason}
          </span>
        )
      )}
    </>
  );
}
