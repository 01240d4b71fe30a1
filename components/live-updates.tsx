"use client";

import { useQueryClient, type Query } from "@tanstack/react-query";
import { createContext, useContext, useEffect, useState, type ReactNode } from "react";
import { initialConnection, nextConnection, shouldPoll, type LiveConnection, type LiveEffect, type LiveSignal } from "@/lib/live/connection";
import { parseLiveEvent, SUPERSEDED_EVENT, type LiveEvent } from "@/lib/live/live-events";
import { refreshes, refreshesOnReconnect, type CachedQuery } from "@/lib/live/query-refresh";

/** Events arriving within this window are applied together (one refetch per query for a burst of saves). */
const BATCH_MS = 50;

const LiveContext = createContext<boolean>(false);

/**
 * The polling interval a view should use: `ms` while the event stream is down (or outside the desk),
 * none while it is open — then events say when to refetch.
 */
export function useLiveInterval(ms: number): number | false {
  return useContext(LiveContext) ? false : ms;
}

function cachedQuery(query: Query): CachedQuery {
  const data = query.state.data as { editionDate?: unknown } | undefined;
  return {
    queryKey: query.queryKey,
    succeeded: query.state.status === "success",
    editionDate: typeof data?.editionDate === "string" ? data.editionDate : undefined,
  };
}

/**
 * One event stream (`GET /api/events`) per tab, for the desk: each event invalidates the queries it
 * makes stale (lib/live/query-refresh.ts); while the stream is open the views stop polling, and when it
 * drops they poll again until it is back (lib/live/connection.ts). `body[data-live]` shows the state.
 */
export function LiveUpdates({ enabled = true, children }: { enabled?: boolean; children: ReactNode }) {
  const queryClient = useQueryClient();
  const [connected, setConnected] = useState(false);

  useEffect(() => {
    if (!enabled) return;
    let state: LiveConnection = initialConnection;
    let source: EventSource | null = null;
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    let batchTimer: ReturnType<typeof setTimeout> | undefined;
    let batch: LiveEvent[] = [];

    const invalidate = (matches: (q: CachedQuery) => boolean) => void queryClient.invalidateQueries({ predicate: (q) => matches(cachedQuery(q)) });
    const flush = () => {
      const events = batch;
      batch = [];
      batchTimer = undefined;
      invalidate((q) => events.some((e) => refreshes(e, q)));
    };
    const receive = (data: string) => {
      const event = parseLiveEvent(data);
      if (!event) return;
      batch.push(event);
      batchTimer ??= setTimeout(flush, BATCH_MS);
    };

    const signal = (s: LiveSignal) => {
      const next = nextConnection(state, s);
      state = next.state;
      document.body.dataset.live = state.status;
      setConnected(!shouldPoll(state));
      for (const effect of next.effects) run(effect);
    };
    const run = (effect: LiveEffect) => {
      switch (effect.type) {
        case "connect": {
          const es = new EventSource("/api/events");
          source = es;
          es.onopen = () => signal({ type: "open" });
          es.onerror = () => signal({ type: "error", closed: es.readyState === EventSource.CLOSED });
          es.onmessage = (m: MessageEvent<string>) => receive(m.data);
          es.addEventListener(SUPERSEDED_EVENT, () => signal({ type: "superseded" }));
          break;
        }
        case "close":
          source?.close();
          source = null;
          break;
        case "resync":
          invalidate(refreshesOnReconnect);
          break;
        case "wait":
          retryTimer = setTimeout(() => signal({ type: "retry" }), effect.ms);
          break;
      }
    };
    const onVisible = () => {
      if (document.visibilityState === "visible") signal({ type: "visible" });
    };

    document.addEventListener("visibilitychange", onVisible);
    signal({ type: "start" });
    return () => {
      document.removeEventListener("visibilitychange", onVisible);
      clearTimeout(retryTimer);
      clearTimeout(batchTimer);
      source?.close();
      delete document.body.dataset.live;
      setConnected(false);
    };
  }, [queryClient, enabled]);

  return <LiveContext.Provider value={connected}>{children}</LiveContext.Provider>;
}
