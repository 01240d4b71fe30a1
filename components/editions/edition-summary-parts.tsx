import { useTranslations } from "next-intl";
import type { EditionSummary } from "@/db/queries/edition-list";
import { STORY_STATES } from "@/lib/story-kinds";

/** "3/16 版已签" (`short`: "3/16版") or "尚无版面". */
export function PagesSigned({ pages, short = false }: { pages: EditionSummary["pages"]; short?: boolean }) {
  const t = useTranslations("editions");
  if (pages.total === 0) return <span className="text-stone-500">{short ? t("noPagesShort") : t("noPages")}</span>;
  const counts = { signed: pages.signed, total: pages.total };
  return <span className={pages.signed === pages.total ? "text-emerald-800" : ""}>{short ? t("pagesShort", counts) : t("pagesSigned", counts)}</span>;
}

/** The edition's stories by status, in workflow order: "已交稿 2 已终审 5 …". */
export function StoryCounts({ summary, compact = false }: { summary: EditionSummary; compact?: boolean }) {
  const t = useTranslations();
  if (summary.storyTotal === 0) return <span className="text-stone-500">{t("editions.noStories")}</span>;
  if (compact) return <span>{t("editions.storyTotal", { n: summary.storyTotal })}</span>;
  return (
    <span className="flex flex-wrap items-center gap-1">
      {STORY_STATES.filter((s) => summary.stories[s]).map((s) => (
        <span key={s} data-testid={`count-${s}`} className="inline-block rounded border border-stone-200 bg-stone-50 px-1.5 py-0.5 text-xs text-stone-700">
          {t(`status.${s}`)} <b className="font-semibold tabular-nums">{summary.stories[s]}</b>
        </span>
      ))}
      <span className="text-xs text-stone-500">{t("editions.storyTotal", { n: summary.storyTotal })}</span>
    </span>
  );
}

/** 已付印 (dark) or 未付印. */
export function ReleasedBadge({ released }: { released: boolean }) {
  const t = useTranslations("editions");
  return released ? (
    <span className="inline-block rounded border border-stone-800 bg-stone-800 px-2 py-0.5 text-xs text-white">{t("released")}</span>
  ) : (
    <span className="inline-block rounded border border-stone-300 px-2 py-0.5 text-xs text-stone-600">{t("notReleased")}</span>
  );
}
