"use client";

import type { LockInfo } from "./api";
import { formatClock, useHydrated } from "./format";
import type { EditorStrings } from "./strings";

/**
 * Read-only because someone else holds the lease: 「X 正在编辑（自 HH:MM 起）」, or after a take-over
 * 「X 已接手编辑，你未保存的文字已保存在本机」. Editors and the chief may take over.
 */
export function LockBanner({
  lock,
  takenOver,
  canTakeOver,
  onTakeOver,
  takingOver,
  error,
  s,
}: {
  lock: LockInfo;
  takenOver: boolean;
  canTakeOver: boolean;
  onTakeOver: () => void;
  takingOver: boolean;
  error: string | null;
  s: EditorStrings;
}) {
  const hydrated = useHydrated();
  const time = hydrated ? formatClock(lock.acquiredAt) : "";
  return (
    <div
      data-testid="lock-banner"
      data-reason={takenOver ? "taken-over" : "locked"}
      className={`flex flex-wrap items-center gap-3 rounded border px-4 py-2.5 text-sm ${takenOver ? "border-red-300 bg-red-50 text-red-900" : "border-amber-300 bg-amber-50 text-amber-900"}`}
    >
      <span aria-hidden>🔒</span>
      <span className="flex-1" data-testid="lock-message">
        {takenOver ? s("lock.takenOver", { name: lock.holderName }) : s("lock.heldBy", { name: lock.holderName, time })}
      </span>
      {canTakeOver && (
        <button
          type="button"
          onClick={onTakeOver}
          disabled={takingOver}
          className="rounded border border-stone-800 bg-stone-800 px-3 py-1 text-sm font-medium text-white hover:bg-stone-700 disabled:opacity-50"
        >
          {s("lock.takeOver")}
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
