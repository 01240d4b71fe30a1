"use client";

import { useTranslations } from "next-intl";
import type { CheckOverride } from "@/db/queries/story-check";
import type { ReviewSheetEntry } from "@/db/queries/story-reviews";
import type { ReviewLevels } from "@/lib/proofing/kinds";
import { CheckOverridesList, ReviewSheetTable } from "./review-sheet";
import { useNewsroomTime } from "./use-newsroom-time";

/** The story page's 审稿单 panel: the levels of its edition, the sheet, and the link to print it (PDF). */
export function ReviewSheetPanel({
  storyId,
  levels,
  entries,
  overrides,
  reference,
}: {
  storyId: number;
  levels: ReviewLevels;
  entries: readonly ReviewSheetEntry[];
  overrides: readonly CheckOverride[];
  reference: string;
}) {
  const t = useTranslations("review");
  const time = useNewsroomTime();
  return (
    <section data-testid="review-sheet" aria-labelledby="review-sheet-title" className="rounded border border-stone-300 bg-white px-4 py-3">
      <div className="mb-2 flex flex-wrap items-baseline gap-x-4 gap-y-1">
        <h2 id="review-sheet-title" className="font-bold">
          {t("sheet.title")}
        </h2>
        <span className="text-sm text-stone-600" data-testid="review-sheet-levels">
          {t("sheet.levelsLine", { levels: levels === 3 ? t("levelsThree") : t("levelsTwo") })}
        </span>
        <a href={`/api/stories/${storyId}/review-sheet.pdf`} className="ml-auto text-sm text-press hover:underline" data-testid="review-sheet-pdf">
          {t("sheet.pdf")}
        </a>
      </div>
      <div className="overflow-x-auto">
        <ReviewSheetTable levels={levels} entries={entries} formatTime={(iso) => time(iso, reference)} />
      </div>
      <CheckOverridesList overrides={overrides} formatTime={(iso) => time(iso, reference)} />
    </section>
  );
}
