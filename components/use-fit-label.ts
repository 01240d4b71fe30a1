import { useTranslations } from "next-intl";
import type { CopyfitResult } from "@/lib/copyfit/copyfit";
import type { GridTemplate } from "@/lib/copyfit/grid";
import { fitLabel, fitNeedHave, type FitWording } from "@/lib/page-fit";

type Box = { columnSpan: number; textColumnSpan?: number | null };

/**
 * The one copyfit wording (lib/page-fit.ts) in the reader's language: `label` — 合适 / 超 3 行（约 39 字） /
 * 缺 2 行, `needHave` — 需 22 行 / 有 10 行, the same box lines in both.
 */
export function useFitLabel() {
  const t = useTranslations();
  const say = (w: FitWording) => ("values" in w ? t(w.key, w.values) : t(w.key));
  return {
    label: (fit: CopyfitResult, box: Box, grid: GridTemplate) => say(fitLabel(fit, box, grid)),
    needHave: (fit: CopyfitResult) => say(fitNeedHave(fit)),
  };
}
