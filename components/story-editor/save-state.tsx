import type { ContentIssue } from "@/lib/story-draft";
import { useTranslations } from "next-intl";
import type { SaveStatus } from "./use-autosave";

const DOT: Record<SaveStatus, string> = {
  saved: "bg-emerald-500",
  dirty: "bg-amber-400",
  saving: "bg-amber-400 animate-pulse",
  offline: "bg-stone-400",
  conflict: "bg-red-600",
  error: "bg-red-600",
};

/** What each status says; "dirty" (typed, save due in 1.5 s) reads as 保存中… too. */
export const SAVE_STATUS_LABEL = {
  saved: "common.saved",
  dirty: "common.saving",
  saving: "common.saving",
  offline: "save.offline",
  conflict: "save.conflict",
  error: "save.error",
} as const satisfies Record<SaveStatus, string>;

/** 已保存 / 保存中… / 离线 / 冲突 (/ 保存失败); `data-state` tells "typed, waiting" (dirty) from "request out" (saving). */
export function SaveState({ status, message, issue }: { status: SaveStatus; message: string | null; issue: ContentIssue | null }) {
  const t = useTranslations();
  const detail = status === "offline" ? t("save.offlineHint") : issue ? t(`save.${issue}`) : status === "error" ? message : null;
  return (
    <span className="inline-flex items-center gap-2 text-xs" role="status" aria-live="polite">
      <span className={`inline-block h-2 w-2 rounded-full ${DOT[status]}`} aria-hidden />
      <span data-testid="save-state" data-state={status} className={`font-medium ${status === "conflict" || status === "error" ? "text-red-700" : "text-stone-700"}`}>
        {t(SAVE_STATUS_LABEL[status])}
      </span>
      {detail && (
        <span data-testid="save-detail" className="text-stone-500">
          {detail}
        </span>
      )}
    </span>
  );
}
