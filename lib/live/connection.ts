/**
 * The browser's side of the event stream as a state machine: what to do when the EventSource opens,
 * fails or is superseded, and whether the views should poll. Pure; components/live-updates.tsx runs it.
 *
 * - connecting: an EventSource is asking (or retrying by itself after a drop) — views poll meanwhile;
 * - open: events arrive — views stop polling; every (re)open refetches the live reads once (`resync`),
 *   since whatever was sent while the stream was down is lost;
 * - waiting: the EventSource gave up (an error answer, e.g. 401 or 503) — poll, try again after a backoff;
 * - superseded: the server closed this stream for a newer tab of the same user — poll, and connect
 *   again only when this tab is looked at (so two tabs do not take the stream from each other forever).
 */
export type LiveConnection =
  | { status: "idle" }
  | { status: "connecting"; failures: number }
  | { status: "open" }
  | { status: "waiting"; failures: number }
  | { status: "superseded" };

export type LiveSignal =
  | { type: "start" }
  /** The EventSource fired `open`. */
  | { type: "open" }
  /** The EventSource fired `error`; `closed` when it will not retry by itself (readyState CLOSED). */
  | { type: "error"; closed: boolean }
  /** The server's `superseded` event. */
  | { type: "superseded" }
  /** The backoff after `waiting` ran out. */
  | { type: "retry" }
  /** The tab became visible. */
  | { type: "visible" };

export type LiveEffect = { type: "connect" } | { type: "close" } | { type: "resync" } | { type: "wait"; ms: number };

export const RECONNECT_BASE_MS = 2_000;
export const RECONNECT_MAX_MS = 60_000;

/** The backoff after the n-th failure in a row (1, 2, …): 2 s doubling, at most a minute. */
export function reconnectDelay(failures: number): number {
  return Math.min(RECONNECT_MAX_MS, RECONNECT_BASE_MS * 2 ** Math.max(0, failures - 1));
}

export const initialConnection: LiveConnection = { status: "idle" };

export function nextConnection(state: LiveConnection, signal: LiveSignal): { state: LiveConnection; effects: LiveEffect[] } {
  const stay = { state, effects: [] };
  switch (signal.type) {
    case "start":
      return state.status === "idle" ? { state: { status: "connecting", failures: 0 }, effects: [{ type: "connect" }] } : stay;
    case "open":
      return state.status === "connecting" || state.status === "open" ? { state: { status: "open" }, effects: [{ type: "resync" }] } : stay;
    case "error": {
      if (state.status !== "connecting" && state.status !== "open") return stay;
      const failures = state.status === "connecting" ? state.failures + 1 : 1;
      if (!signal.closed) return { state: { status: "connecting", failures }, effects: [] };
      return { state: { status: "waiting", failures }, effects: [{ type: "close" }, { type: "wait", ms: reconnectDelay(failures) }] };
    }
    case "superseded":
      return state.status === "open" || state.status === "connecting" ? { state: { status: "superseded" }, effects: [{ type: "close" }] } : stay;
    case "retry":
      return state.status === "waiting" ? { state: { status: "connecting", failures: state.failures }, effects: [{ type: "connect" }] } : stay;
    case "visible":
      return state.status === "superseded" ? { state: { status: "connecting", failures: 0 }, effects: [{ type: "connect" }] } : stay;
  }
}

/** Views poll unless events are arriving. */
export function shouldPoll(state: LiveConnection): boolean {
  return state.status !== "open";
}
