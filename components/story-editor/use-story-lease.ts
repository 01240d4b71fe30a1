"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect } from "react";
import { leaseStateOf, nextLeaseRequest, type LeaseState } from "@/lib/lease-policy";
import { acquireLock, ApiError, lockOf, releaseLock, storyKeys } from "./api";

export type { LeaseState };

/** Releases waiting one tick, so an immediate re-mount of the same story keeps its lease. */
const pendingRelease = new Map<number, ReturnType<typeof setTimeout>>();

/**
 * The editing lease (DESIGN.md "Stories": lease lock). Asked for when this user starts editing
 * (`enabled` turns true: the first keystroke, 编辑, or a take-over — opening a story only reads it), renewed every 30 s while the tab is visible
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
      return nextLeaseRequest({
        held: status === "success",
        refusedByHolder: lockOf(error) !== null,
        patient: query.meta?.patient === true,
        timesHeld: dataUpdateCount,
        timesRefused: errorUpdateCount,
      });
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

  const state: LeaseState = leaseStateOf({
    enabled,
    status: lease.status,
    lock: lease.data,
    refusedBy: lease.status === "error" ? lockOf(lease.error) : null,
    errorMessage: lease.error instanceof ApiError ? lease.error.message : String(lease.error),
  });

  return {
    state,
    /** Take the lease from its holder (editors and the chief); `onDone` once it is ours. */
    takeOver: (onDone?: () => void) => takeOver.mutate(undefined, { onSuccess: () => onDone?.() }),
    takingOver: takeOver.isPending,
    takeOverError: takeOver.error ? takeOver.error.message : null,
    acquire,
    /** When the lease was last refused (ms since epoch), to tell a fresher story poll from an older 409. */
    refusedAt: lease.errorUpdatedAt,
  };
}
