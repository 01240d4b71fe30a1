import { useTranslations } from "next-intl";
import type { CheckOverride } from "@/db/queries/story-check";
import type { ReviewSheetEntry } from "@/db/queries/story-reviews";
import type { ReviewLevels } from "@/lib/proofing/kinds";
import { levelsOf } from "@/lib/review/review-levels";
import { Content } from "./content";

const LEVEL_LABEL = { first: "review.level.first", second: "review.level.second", final: "review.level.final" } as const;
const OUTCOME_LABEL = { passed: "review.outcome.passed", returned: "review.outcome.returned" } as const;

/**
 * 审稿单 (三审, #12): every review act of a story, oldest first — the level, passed or returned, who, when, the
 * 审稿意见 and the 字数 and revision then — and a line for each level no one has passed yet. Rendered on the story
 * page (ReviewSheetPanel) and on the printable sheet (app/review-sheet), with the caller's time format.
 */
export function ReviewSheetTable({ levels, entries, formatTime }: { levels: ReviewLevels; entries: readonly ReviewSheetEntry[]; formatTime: (iso: string) => string }) {
  const t = useTranslations("review");
  const label = useTranslations();
  const passed = new Set(entries.filter((e) => e.outcome === "passed").map((e) => e.level));
  const waiting = levelsOf(levels).filter((l) => !passed.has(l));
  const cell = "border border-stone-300 px-2 py-1 align-top";
  return (
    <table className="w-full border-collapse text-sm" data-testid="review-sheet-table">
      <thead className="bg-stone-50 text-left">
        <tr>
          <th className={cell}>{t("editionLevels")}</th>
          <th className={cell}>{t("sheet.reviewer")}</th>
          <th className={cell}>{t("sheet.time")}</th>
          <th className={cell}>{t("sheet.opinion")}</th>
          <th className={`${cell} text-right`}>{t("sheet.zi")}</th>
          <th className={`${cell} hidden text-right sm:table-cell print:table-cell`}>{t("sheet.version")}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e, i) => (
          <tr key={i} data-testid="review-sheet-row" data-level={e.level} data-outcome={e.outcome}>
            <td className={`${cell} whitespace-nowrap`}>
              <span className="first-letter:uppercase inline-block">{label(LEVEL_LABEL[e.level])}</span>
              <span className={`ml-1 rounded px-1 text-xs ${e.outcome === "passed" ? "bg-emerald-50 text-emerald-800" : "bg-orange-50 text-orange-800"}`}>{label(OUTCOME_LABEL[e.outcome])}</span>
            </td>
            <td className={`${cell} whitespace-nowrap`} data-testid="review-sheet-reviewer">
              <Content>{e.reviewer}</Content>
            </td>
            <td className={`${cell} tabular-nums sm:whitespace-nowrap`}>{formatTime(e.at)}</td>
            <td className={`${cell} whitespace-pre-wrap break-words`} data-testid="review-sheet-opinion">
              {e.opinion ? <Content>{e.opinion}</Content> : <span className="text-stone-400">{t("sheet.noOpinion")}</span>}
            </td>
            <td className={`${cell} text-right tabular-nums`}>{e.zi}</td>
            <td className={`${cell} hidden text-right tabular-nums sm:table-cell print:table-cell`}>{e.revision}</td>
          </tr>
        ))}
        {waiting.map((level) => (
          <tr key={`waiting-${level}`} data-testid="review-sheet-waiting" data-level={level} className="text-stone-600">
            <td className={`${cell} whitespace-nowrap`}>
              <span className="first-letter:uppercase inline-block">{label(LEVEL_LABEL[level])}</span>
            </td>
            <td className={cell} colSpan={5}>
              {t("sheet.empty")}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * The 机检 blocks the chief let through (放行) on this story, under the 审稿单's levels: the rule, the text as it
 * was written, who, when and why (docs/CHECK.md "The checker on the desk"). Nothing when there are none.
 */
export function CheckOverridesList({ overrides, formatTime }: { overrides: readonly CheckOverride[]; formatTime: (iso: string) => string }) {
  const t = useTranslations("review");
  const label = useTranslations();
  if (overrides.length === 0) return null;
  return (
    <div className="mt-3" data-testid="review-sheet-overrides">
      <h3 className="mb-1 text-sm font-bold">{t("sheet.overrides")}</h3>
      <ul className="space-y-1 text-sm">
        {overrides.map((o) => (
          <li key={o.id} data-testid="review-sheet-override" className="border-l-2 border-red-700 pl-2">
            {t("sheet.override", { rule: label(`checkDesk.rule.${o.rule}` as "checkDesk.rule.banned"), by: o.by, at: formatTime(o.at) })}
            <span className="mx-1">
              「<Content>{o.text}</Content>」
            </span>
            <span className="text-stone-700">
              {t("sheet.overrideReason")}
              <Content>{o.reason}</Content>
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
