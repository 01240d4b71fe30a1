import { useSyncExternalStore } from "react";

// A shared clock ticking every 30 s, so "overdue" turns on without a reload.
let now = 0;
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;

function subscribeClock(listener: () => void) {
  listeners.add(listener);
  if (!timer) {
    now = Date.now();
    timer = setInterval(() => {
      now = Date.now();
      listeners.forEach((l) => l());
    }, 30_000);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

/** Milliseconds since the epoch, refreshed every 30 s; 0 on the server. Times are written with useNewsroomTime. */
export function useNow(): number {
  return useSyncExternalStore(
    subscribeClock,
    () => now,
    () => 0,
  );
}
