import { lengthStatus } from "@/lib/cjk/count-zi";
import { useTranslations } from "next-intl";

const STATUS_CLASS = {
  short: "border-amber-300 bg-amber-50 text-amber-800",
  near: "border-emerald-300 bg-emerald-50 text-emerald-800",
  over: "border-red-300 bg-red-50 text-red-700",
  none: "border-stone-300 bg-stone-50 text-stone-700",
} as const;

/** 字数 against the commissioned length: 偏短 / 接近 / 超长 (lib/cjk/count-zi `lengthStatus`). */
export function ZiCount({ count, target }: { count: number; target: number | null }) {
  const t = useTranslations("zi");
  const status = lengthStatus(count, target);
  return (
    <span
      data-testid="zi-count"
      data-status={status ?? "none"}
      aria-live="polite"
      className={`inline-flex items-baseline gap-1.5 rounded border px-2 py-0.5 text-xs ${STATUS_CLASS[status ?? "none"]}`}
    >
      <span>{t("label")}</span>
      <strong className="text-sm tabular-nums" data-testid="zi-count-value">
        {count}
      </strong>
      <span className="text-stone-500">/ {target ? t("target", { n: target }) : t("noTarget")}</span>
      {status && <span className="font-semibold">{t(status)}</span>}
    </span>
  );
}
