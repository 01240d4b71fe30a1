import { notFound } from "next/navigation";
import { getTimeZone, getTranslations } from "next-intl/server";
import { CheckOverridesList, ReviewSheetTable } from "@/components/review-sheet";
import { requireUser } from "@/app/_server/session";
import { idParam } from "@/app/_server/schemas";
import { getDb } from "@/db/client";
import { getPublication } from "@/db/queries/publication";
import { getStoryById } from "@/db/queries/stories";
import { listCheckOverrides } from "@/db/queries/story-check";
import { reviewLevelsOfStory, reviewSheetOf } from "@/db/queries/story-reviews";
import { formatEditionDate } from "@/lib/i18n/edition-date";
import { formatNewsroomTime } from "@/lib/newsroom-time";

export const dynamic = "force-dynamic";

const SHEET_CSS = `
@page { size: A4 portrait; margin: 18mm 16mm; }
@media print { html, body { background: #fff !important; margin: 0; } body { min-height: 0 !important; } }
`;

/**
 * 审稿单 (三审, #12) as a printed form: the story, its edition and page, the review levels, and every review act.
 * GET /api/stories/:id/review-sheet.pdf prints this view as the caller, the way the page proof is printed.
 */
export default async function ReviewSheetPrint({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser("reporter");
  const parsed = idParam.safeParse(await params);
  if (!parsed.success) notFound();
  const db = getDb();
  const story = getStoryById(db, { id: parsed.data.id });
  if (!story) notFound();
  const levels = reviewLevelsOfStory(db, story.id);
  const entries = reviewSheetOf(db, story.id);
  const t = await getTranslations("review");
  const timeZone = await getTimeZone();
  const date = formatEditionDate(story.editionDate, user.locale);
  const formatTime = (iso: string) => formatNewsroomTime(iso, { locale: user.locale, timeZone, reference: story.editionDate });
  return (
    <main className="mx-auto max-w-[178mm] bg-white p-6 font-sans text-ink print:p-0" data-testid="review-sheet-print" lang={user.locale}>
      <style dangerouslySetInnerHTML={{ __html: SHEET_CSS }} />
      <header className="mb-4 border-b-2 border-ink pb-2">
        <p className="text-sm tracking-[0.3em]" data-content="">
          {getPublication(db)?.name}
        </p>
        <h1 className="text-xl font-bold">{t("sheet.heading", { story: story.headline ?? story.slug })}</h1>
        <p className="mt-1 flex flex-wrap gap-x-4 text-sm text-stone-700">
          <span>{story.page ? t("sheet.printed", { date, n: story.page.number }) : t("sheet.unplaced", { date })}</span>
          <span>{t("sheet.levelsLine", { levels: levels === 3 ? t("levelsThree") : t("levelsTwo") })}</span>
          <span>
            {t("sheet.zi")} {story.length}
          </span>
        </p>
      </header>
      <ReviewSheetTable levels={levels} entries={entries} formatTime={formatTime} />
      <CheckOverridesList overrides={listCheckOverrides(db, story.id)} formatTime={formatTime} />
    </main>
  );
}
