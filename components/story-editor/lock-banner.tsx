"use client";

import type { LockInfo } from "./api";
import { useTimeZone } from "next-intl";
import { formatNewsroomClock } from "@/lib/newsroom-time";
import { useTranslations } from "next-intl";
import { contentTag } from "@/components/content";

export type LockBannerReason = "locked" | "taken-over" | "free";

const TONE: Record<LockBannerReason, string> = {
  locked: "border-amber-300 bg-amber-50 text-amber-900",
  "taken-over": "border-red-300 bg-red-50 text-red-900",
  free: "border-sky-300 bg-sky-50 text-sky-900",
};

const button = "rounded border border-stone-800 bg-stone-800 px-3 py-1 text-sm font-medium text-white hover:bg-stone-700 disabled:opacity-50";

/**
 * Why the story is read-only for someone who could edit it:
 * - locked: 「X 正在编辑（自 HH:MM 起）」, with 接手编辑 for editors and the chief;
 * - taken-over: 「X 已接手编辑，你未保存的文字已保存在本机」;
 * - free: the holder has left; 开始编辑 asks for the lease.
 */
export function LockBanner({
  lock,
  reason,
  takenOver = false,
  onTakeOver,
  onEdit,
  busy = false,
  error = null,
}: {
  lock: LockInfo;
  reason: LockBannerReason;
  /** We held the lease before and lost it (the message says so even once the story is free again). */
  takenOver?: boolean;
  onTakeOver?: () => void;
  onEdit?: () => void;
  busy?: boolean;
  error?: string | null;
}) {
  const t = useTranslations("lock");
  // A lease lives minutes: its start is a clock time on the newsroom's wall (the publication's zone).
  const timeZone = useTimeZone() ?? "Asia/Shanghai";
  const message = takenOver
    ? t.rich("takenOver", { name: lock.holderName, content: contentTag })
    : reason === "free"
      ? t.rich("free", { name: lock.holderName, content: contentTag })
      : t.rich("heldBy", { name: lock.holderName, time: formatNewsroomClock(lock.acquiredAt, timeZone), content: contentTag });
  return (
    <div data-testid="lock-banner" data-reason={takenOver ? "taken-over" : reason} className={`flex flex-wrap items-center gap-3 rounded border px-4 py-2.5 text-sm ${TONE[takenOver ? "taken-over" : reason]}`}>
      <span aria-hidden>{reason === "free" ? "🔓" : "🔒"}</span>
      <span className="flex-1" data-testid="lock-message">
        {message}
      </span>
      {reason === "free" && onEdit && (
        <button type="button" data-testid="start-editing" onClick={onEdit} disabled={busy} className={button}>
          {t("edit")}
        </button>
      )}
      {reason !== "free" && onTakeOver && (
        <button type="button" data-testid="take-over" onClick={onTakeOver} disabled={busy} className={button}>
          {t("takeOver")}
        </button>
      )}
      {error && (
        <p role="alert" className="basis-full text-red-800">
          {error}
        </p>
      )}
    </div>
  );
}
