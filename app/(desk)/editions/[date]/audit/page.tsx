import Link from "next/link";
import { notFound } from "next/navigation";
import { getTimeZone, getTranslations } from "next-intl/server";
import { useEventLabel, useStateLabel } from "@/components/event-label";
import { requireUser } from "@/app/_server/session";
import { editionDate } from "@/app/_server/schemas";
import { getDb } from "@/db/client";
import { listEditionAudit, nextCursorOf } from "@/db/queries/story-history";
import { MoreLinks } from "@/components/more-links";
import { beforeQuery } from "@/lib/api/common";
import { formatEditionDate } from "@/lib/i18n/edition-date";

export const dynamic = "force-dynamic";

/** The chief's view of everything that happened to the edition's stories, newest first. */
export default async function EditionAuditPage({ params, searchParams }: { params: Promise<{ date: string }>; searchParams: Promise<{ before?: string }> }) {
  const user = await requireUser("chief");
  const { date } = await params;
  if (!editionDate.safeParse(date).success) notFound();
  const t = await getTranslations("audit");
  const timeZone = await getTimeZone();
  const before = beforeQuery.safeParse(await searchParams).data?.before;
  const events = listEditionAudit(getDb(), { date, before });
  const next = nextCursorOf(events, (e) => e.id);
  return (
    <div>
      <h1 className="mb-4 text-xl font-bold">
        {formatEditionDate(date, user.locale)} · {t("editionTitle")}
      </h1>
      <table className="w-full bg-white text-sm shadow-sm" data-testid="edition-audit">
        <tbody>
          {events.map((e) => (
            <tr key={e.id} className="border-b border-stone-100">
              <td className="px-3 py-2 text-stone-500 tabular-nums">{new Date(e.createdAt).toLocaleString(user.locale, { timeZone })}</td>
              <td className="px-3 py-2" data-content="">
                {e.actor ?? "—"}
              </td>
              <AuditEventCells action={e.action} fromState={e.fromState} toState={e.toState} />
              <td className="px-3 py-2">
                <Link href={`/stories/${e.storyId}`} className="hover:underline" data-content="">
                  {e.headline ?? e.slug}
                </Link>
              </td>
              <td className="px-3 py-2 text-stone-600" data-content="">
                {e.reason}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <MoreLinks paged={before !== undefined} next={next === null ? null : `/editions/${date}/audit?before=${next}`} newest={`/editions/${date}/audit`} />
    </div>
  );
}

/** What happened, in the reader's language: the action, and the states from → to. */
function AuditEventCells({ action, fromState, toState }: { action: string; fromState: string | null; toState: string | null }) {
  const eventLabel = useEventLabel();
  const state = useStateLabel();
  return (
    <>
      <td className="px-3 py-2">{eventLabel(action, "audit")}</td>
      <td className="px-3 py-2">
        {state(fromState)} → {state(toState)}
      </td>
    </>
  );
}
