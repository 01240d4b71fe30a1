"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect } from "react";
import { acquireLock, ApiError, lockOf, releaseLock, storyKeys, type LockInfo } from "./api";

/** The server keeps a lease 90 s (db/commands/story-lock.ts); renewing every 30 s survives two missed renewals. */
const RENEW_MS = 30_000;
/** While someone else holds it, try again this often: the story opens for editing once they leave. */
const RETRY_MS = 10_000;

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
 * The editing lease (DESIGN.md "Stories": lease lock). Taken on mount when `enabled`, renewed every
 * 30 s while the tab is visible (TanStack Query pauses intervals in hidden tabs and refetches when the
 * tab shows again), released on unmount and on pagehide. A renewal answered 409 means someone took over.
 */
export function useStoryLease(storyId: number, enabled: boolean) {
  const queryClient = useQueryClient();
  const queryKey = storyKeys.lease(storyId);

  const lease = useQuery({
    queryKey,
    queryFn: () => acquireLock(storyId),
    enabled,
    retry: false,
    staleTime: 0,
    gcTime: 0,
    refetchOnWindowFocus: true,
    refetchInterval: (query) => (query.state.status === "error" ? RETRY_MS : RENEW_MS),
    refetchIntervalInBackground: false,
  });

  const takeOver = useMutation({
    mutationFn: () => acquireLock(storyId, true),
    onSuccess: (lock) => queryClient.setQueryData(queryKey, lock),
  });

  useEffect(() => {
    if (!enabled) return;
    const key = storyKeys.lease(storyId);
    const onPageHide = () => releaseLock(storyId);
    const onPageShow = (e: PageTransitionEvent) => {
      if (e.persisted) void queryClient.refetchQueries({ queryKey: key });
    };
    window.addEventListener("pagehide", onPageHide);
    window.addEventListener("pageshow", onPageShow);
    return () => {
      window.removeEventListener("pagehide", onPageHide);
      window.removeEventListener("pageshow", onPageShow);
      releaseLock(storyId);
      // Forget the lease, so enabling again starts from "acquiring" rather than a stale "held".
      queryClient.removeQueries({ queryKey: key });
    };
  }, [enabled, storyId, queryClient]);

  /** Ask again now (e.g. a save was refused because someone else holds the lease). */
  const recheck = useCallback(() => {
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
    recheck,
  };
}
