import { getDb } from "@/db/client";
import { getUserById, type SessionUser } from "@/db/queries/users";
import type { EventHub } from "@/lib/live/event-hub";
import { SUPERSEDED_EVENT, sseFrame } from "@/lib/live/live-events";
import { eventHub } from "./live";

/** A comment line this often keeps proxies from closing an idle stream; the user is re-read with it. */
export const HEARTBEAT_MS = 20_000;
/** How long the browser waits before reconnecting a dropped stream. */
export const RETRY_MS = 3_000;
/** Events queued for a client that does not read: past this the stream is closed (it reconnects and refetches). */
const MAX_QUEUED = 256;

export const EVENT_STREAM_HEADERS = {
  "Content-Type": "text/event-stream; charset=utf-8",
  // no-transform: Next's compression (and any proxy's) must not buffer the stream to gzip it.
  "Cache-Control": "no-cache, no-transform",
  // nginx and the like: pass each event on at once.
  "X-Accel-Buffering": "no",
} as const;

/**
 * The event stream of one tab (`GET /api/events`): `retry:`, then one `data:` line per event the user
 * may receive (lib/live/live-events.ts), a heartbeat comment every `heartbeatMs`. The user is re-read at
 * each heartbeat: a deleted account or a changed role ends the stream (the browser reconnects and is
 * authorized again). Ends, and leaves the hub, when the client goes (`signal`, or the body cancelled),
 * or with a `superseded` event when the user opens more streams than the hub allows.
 */
export function openEventStream({
  user,
  signal,
  hub = eventHub(),
  heartbeatMs = HEARTBEAT_MS,
  reread = (id: number) => getUserById(getDb(), { id }),
}: {
  user: Pick<SessionUser, "id" | "role">;
  signal: AbortSignal;
  hub?: EventHub;
  heartbeatMs?: number;
  reread?: (id: number) => Pick<SessionUser, "id" | "role"> | undefined;
}): Response {
  const encoder = new TextEncoder();
  let end = () => {};
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      let closed = false;
      let timer: ReturnType<typeof setInterval> | undefined;
      let unsubscribe = () => {};
      end = () => {
        if (closed) return;
        closed = true;
        clearInterval(timer);
        unsubscribe();
        signal.removeEventListener("abort", end);
        try {
          controller.close();
        } catch {
          // already closed or cancelled by the client
        }
      };
      const write = (text: string) => {
        if (closed) return;
        if ((controller.desiredSize ?? 0) < -MAX_QUEUED) return end();
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          end();
        }
      };
      unsubscribe = hub.subscribe({
        userId: user.id,
        role: user.role,
        send: (event) => write(sseFrame.event(event)),
        supersede: () => {
          write(sseFrame.named(SUPERSEDED_EVENT, {}));
          end();
        },
      });
      write(sseFrame.retry(RETRY_MS));
      write(sseFrame.comment("connected"));
      timer = setInterval(() => {
        const now = reread(user.id);
        if (!now || now.role !== user.role) return end();
        write(sseFrame.comment("heartbeat"));
      }, heartbeatMs);
      timer.unref?.();
      signal.addEventListener("abort", end);
      if (signal.aborted) end();
    },
    cancel() {
      end();
    },
  });
  return new Response(body, { headers: EVENT_STREAM_HEADERS });
}
