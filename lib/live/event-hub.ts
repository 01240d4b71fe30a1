/**
 * The in-process event hub: every open event stream subscribes, every committed write publishes what it
 * changed. One Node process holds every stream and every write (one SQLite file), so an in-memory list
 * is the whole broker (docs/DECISIONS.md "Live updates" says what several processes would need).
 */
import { distinctEvents, mayReceive, type LiveAudience, type LiveEvent } from "./live-events";

export interface LiveSubscriber extends LiveAudience {
  /** Writes one event to the stream; must not throw (a broken stream closes itself). */
  send(event: LiveEvent): void;
  /** The hub drops this stream to make room for a newer one of the same user. */
  supersede(): void;
}

/** Streams one user may hold at once: browsers allow 6 HTTP/1.1 connections per host, so leave room. */
export const MAX_STREAMS_PER_USER = 4;

export class EventHub {
  private readonly subscribers = new Set<LiveSubscriber>();

  constructor(private readonly maxPerUser = MAX_STREAMS_PER_USER) {}

  /**
   * Adds a stream; when its user already has `maxPerUser`, the oldest of theirs is superseded and
   * removed first. Returns the unsubscribe function (safe to call twice).
   */
  subscribe(subscriber: LiveSubscriber): () => void {
    const mine = [...this.subscribers].filter((s) => s.userId === subscriber.userId);
    for (const old of mine.slice(0, Math.max(0, mine.length - this.maxPerUser + 1))) {
      this.subscribers.delete(old);
      old.supersede();
    }
    this.subscribers.add(subscriber);
    return () => {
      this.subscribers.delete(subscriber);
    };
  }

  /** Tells every stream allowed to know (`mayReceive`) of each distinct event, in order. */
  publish(events: readonly LiveEvent[]): void {
    if (events.length === 0) return;
    const distinct = distinctEvents(events);
    for (const subscriber of [...this.subscribers]) {
      for (const event of distinct) if (mayReceive(event, subscriber)) subscriber.send(event);
    }
  }

  /** Open streams, of one user or of all. */
  count(userId?: number): number {
    return userId === undefined ? this.subscribers.size : [...this.subscribers].filter((s) => s.userId === userId).length;
  }
}
