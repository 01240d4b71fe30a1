"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect } from "react";
import { acquireLock, ApiError, lockOf, releaseLock, storyKeys, type LockInfo } from "./api";

/** The server keeps a lease 90 s (db/commands/acquire-story-lock.ts); renewing every 30 s survives two missed renewals. */
const RENEW_MS = 30_000;
/** When the lease could not be asked for at all (network), ask again this often. */
const RETRY_MS = 10_000;
/**
 * When the story is at this user's step, a refusal is usually the previous holder's lease on its way
 * out (they handed the story on a moment ago): ask a few more times before showing it as taken.
 */
const HANDOVER_RETRY_MS = 3_000;
const HANDOVER_RETRIES = 5;

/** Releases waiting one tick, so an immediate re-mount of the same story keeps its lease. */
const pendingRelease = new Map<number, ReturnType<typeof setTimeout>>();

export type LeaseState =
  | { kind: "off" }
  | { kind: "acquiring" }
  | { kind: "held"; lock: LockInfo }
  /** Someone else holds the lease; we never had it in this session. */
  | { kind: "foreign"; lock: LockInfo }
  /** We held it and someone took it over. */
  | { kind: "lost"; lock: LockInfo }
  | { kind: "error"; message: string };

/**
 * The editing lease (DESIGN.md "Stories": lease lock). Asked for when the page opens or the story
 * becomes editable for this user (`enabled` turns true), renewed every 30 s while the tab is visible
 * (TanStack Query pauses intervals in hidden tabs and renews when the tab shows again), released on
 * unmount and on pagehide. A renewal answered 409 means someone took over.
 *
 * While someone else holds it, it is asked for again only a few times, and only when `patient` (the
 * story is at this user's step, the holder is probably handing over) — an idle open tab must not grab
 * a story whenever it frees up and lock out the person who meant to work on it; `acquire` asks again
 * (the 开始编辑 button), `takeOver` takes it (editors and the chief).
 */
export function useStoryLease(storyId: number, enabled: boolean, { patient }: { patient: boolean }) {
  const queryClient = useQueryClient();
  const queryKey = storyKeys.lease(storyId);

  const lease = useQuery({
    queryKey,
    queryFn: () => acquireLock(storyId),
    enabled,
    retry: false,
    staleTime: 0,
    gcTime: 0,
    // Renew on tab focus and on the interval only while it is ours (or the network kept us from asking).
    refetchOnWindowFocus: (query) => query.state.status === "success",
    meta: { patient },
    refetchInterval: (query) => {
      const { status, error, dataUpdateCount, errorUpdateCount } = query.state;
      if (status === "success") return RENEW_MS;
      if (!lockOf(error)) return RETRY_MS;
      const waitForHandover = query.meta?.patient === true && dataUpdateCount === 0 && errorUpdateCount <= HANDOVER_RETRIES;
      return waitForHandover ? HANDOVER_RETRY_MS : false;
    },
    refetchIntervalInBackground: false,
  });

  const takeOver = useMutation({
    mutationFn: () => acquireLock(storyId, true),
    onSuccess: (lock) => queryClient.setQueryData(queryKey, lock),
  });

  useEffect(() => {
    if (!enabled) return;
    const key = storyKeys.lease(storyId);
    // Set up again right after a clean-up (React's development double effects): keep the lease.
    clearTimeout(pendingRelease.get(storyId));
    pendingRelease.delete(storyId);
    const onPageHide = () => releaseLock(storyId);
    const onPageShow = (e: PageTransitionEvent) => {
      if (e.persisted) void queryClient.refetchQueries({ queryKey: key });
    };
    window.addEventListener("pagehide", onPageHide);
    window.addEventListener("pageshow", onPageShow);
    return () => {
      window.removeEventListener("pagehide", onPageHide);
      window.removeEventListener("pageshow", onPageShow);
      pendingRelease.set(
        storyId,
        setTimeout(() => {
          pendingRelease.delete(storyId);
          releaseLock(storyId);
          // Forget the lease, so enabling again starts from "acquiring" rather than a stale "held".
          queryClient.removeQueries({ queryKey: key });
        }, 0),
      );
    };
  }, [enabled, storyId, queryClient]);

  /** Ask for the lease now: the user wants to edit, or a save was refused because someone else holds it. */
  const acquire = useCallback(() => {
    void queryClient.refetchQueries({ queryKey: storyKeys.lease(storyId) });
  }, [queryClient, storyId]);

  let state: LeaseState;
  if (!enabled) state = { kind: "off" };
  else if (lease.status === "pending") state = { kind: "acquiring" };
  else if (lease.status === "error") {
    const lock = lockOf(lease.error);
    if (lock) state = lease.data ? { kind: "lost", lock } : { kind: "foreign", lock };
    // A renewal lost to the network: keep editing (saves carry their own checks) and retry.
    else if (lease.data) state = { kind: "held", lock: lease.data };
    else state = { kind: "error", message: lease.error instanceof ApiError ? lease.error.message : String(lease.error) };
  } else state = { kind: "held", lock: lease.data };

  return {
    state,
    takeOver: () => takeOver.mutate(),
    takingOver: takeOver.isPending,
    takeOverError: takeOver.error ? takeOver.error.message : null,
    acquire,
    /** When the lease was last refused (ms since epoch), to tell a fresher story poll from an older 409. */
    refusedAt: lease.errorUpdatedAt,
  };
}
