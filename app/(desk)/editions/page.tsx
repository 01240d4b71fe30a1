import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { CreateEditionDialog } from "@/components/editions/create-edition-dialog";
import { EditionCalendar } from "@/components/editions/edition-calendar";
import { EditionRows } from "@/components/editions/edition-rows";
import { ImportArchiveDialog } from "@/components/editions/import-archive-dialog";
import { MoreLinks } from "@/components/more-links";
import { deskEditionInHand, newsroomToday } from "@/app/_server/edition-in-hand";
import { requireUser } from "@/app/_server/session";
import { editionDate } from "@/app/_server/schemas";
import { getDb } from "@/db/client";
import { listEditionSummaries, listEditionSummariesBetween, neighbourEditionMonths, newestEditionDate } from "@/db/queries/edition-list";
import { monthOf, monthRange, nextDay, shiftMonth } from "@/lib/edition-calendar";
import { env } from "@/lib/env";
import { hasEditorialRole } from "@/lib/roles";

export const dynamic = "force-dynamic";

/** What the address may say; anything malformed shows the default (the list, from the newest). */
const query = z.object({
  view: z.enum(["list", "calendar"]).catch("list"),
  before: editionDate.optional().catch(undefined),
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
    .optional()
    .catch(undefined),
});

/**
 * 各期一览: every edition, as rows (newest first, a page at a time) or as a month calendar, with the counts
 * each shows (pages signed/total, stories by status, released) read in grouped queries — never a story.
 * Editors and the chief make the next edition here.
 */
export default async function EditionsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser("reporter");
  const { view, before, month } = query.parse(await searchParams);
  const t = await getTranslations("editions");
  const db = getDb();
  const today = newsroomToday(db);
  const inHand = deskEditionInHand(db);
  const newest = newestEditionDate(db);
  const toggle = (active: boolean) => `px-3 py-1 ${active ? "bg-stone-800 text-white" : "bg-white hover:bg-stone-100"}`;

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-xl font-bold">{t("title")}</h1>
        <nav aria-label={t("views")} className="flex overflow-hidden rounded border border-stone-300 text-sm">
          <Link href="/editions" aria-current={view === "list" ? "page" : undefined} className={toggle(view === "list")}>
            {t("viewList")}
          </Link>
          <Link href="/editions?view=calendar" aria-current={view === "calendar" ? "page" : undefined} className={toggle(view === "calendar")}>
            {t("viewCalendar")}
          </Link>
        </nav>
        {hasEditorialRole(user.role, "editor") && (
          <div className="ml-auto flex flex-wrap items-center gap-2">
            {hasEditorialRole(user.role, "chief") && <ImportArchiveDialog maxMb={env().NEWSDESK_ARCHIVE_MAX_MB} />}
            <CreateEditionDialog defaultDate={newest ? nextDay(newest) : today} newest={newest} />
          </div>
        )}
      </div>

      {view === "list" ? <EditionList before={before} inHandDate={inHand?.date ?? null} locale={user.locale} /> : <CalendarView month={month ?? monthOf(inHand?.date ?? today)} today={today} inHandDate={inHand?.date ?? null} />}
    </div>
  );
}

function EditionList({ before, inHandDate, locale }: { before?: string; inHandDate: string | null; locale: Parameters<typeof EditionRows>[0]["locale"] }) {
  const { editions, next } = listEditionSummaries(getDb(), { before });
  return (
    <>
      <EditionRows editions={editions} inHandDate={inHandDate} locale={locale} />
      <MoreLinks paged={before !== undefined} next={next === null ? null : `/editions?before=${next}`} newest="/editions" />
    </>
  );
}

function CalendarView({ month, today, inHandDate }: { month: string; today: string; inHandDate: string | null }) {
  const db = getDb();
  const range = monthRange(month);
  const editions = listEditionSummariesBetween(db, range);
  const around = neighbourEditionMonths(db, range);
  const prev = shiftMonth(month, -1);
  const next = shiftMonth(month, 1);
  const inHandMonth = inHandDate ? monthOf(inHandDate) : null;
  return (
    <EditionCalendar
      month={month}
      editions={editions}
      today={today}
      inHandDate={inHandDate}
      links={{
        prev,
        next,
        earlier: around.earlier !== null && around.earlier < prev ? around.earlier : null,
        later: around.later !== null && around.later > next ? around.later : null,
        inHand: inHandMonth !== null && inHandMonth !== month ? inHandMonth : null,
      }}
    />
  );
}
