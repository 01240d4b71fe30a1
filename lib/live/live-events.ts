/**
 * What the event stream (`GET /api/events`) tells an open tab: which thing changed, never its content.
 * The tab then refetches through the normal, authorized API, so the stream cannot leak what a user may
 * not read. Pure: the server's hub and the browser both use it.
 */
import { hasEditorialRole, type Role } from "../roles";

export type LiveEvent =
  /** A story's text, meta or state (the budget row, the story view, the pages it is on). */
  | { type: "story"; id: number; editionDate: string }
  /** Who holds a story's editing lease (taken, taken over, given back; not a renewal). */
  | { type: "lock"; storyId: number }
  /** A story's editorial notes. */
  | { type: "comments"; storyId: number }
  /** A page: its boxes, details or state (and with them its stories' page and state). */
  | { type: "page"; id: number; editionDate: string }
  /** The notifications of this user (only ever sent to them). */
  | { type: "notification"; userId: number };

export type LiveEventType = LiveEvent["type"];

/** Who a stream belongs to: the signed-in user, re-read while the stream is open. */
export interface LiveAudience {
  userId: number;
  role: Role;
}

/**
 * Whether a stream may be told of `event`: a notification only its own user; the rest whoever may
 * read stories and pages (reporters and up — an admin has no editorial access, so no editorial events).
 */
export function mayReceive(event: LiveEvent, audience: LiveAudience): boolean {
  if (event.type === "notification") return event.userId === audience.userId;
  return hasEditorialRole(audience.role, "reporter");
}

const isId = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v) && v > 0;
const isDate = (v: unknown): v is string => typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v);

/** Reads one event's `data:` line back (in the browser); anything else is null, never a throw. */
export function parseLiveEvent(data: string): LiveEvent | null {
  let v: Record<string, unknown>;
  try {
    const parsed: unknown = JSON.parse(data);
    if (typeof parsed !== "object" || parsed === null) return null;
    v = parsed as Record<string, unknown>;
  } catch {
    return null;
  }
  switch (v.type) {
    case "story":
    case "page":
      return isId(v.id) && isDate(v.editionDate) ? { type: v.type, id: v.id, editionDate: v.editionDate } : null;
    case "lock":
    case "comments":
      return isId(v.storyId) ? { type: v.type, storyId: v.storyId } : null;
    case "notification":
      return isId(v.userId) ? { type: "notification", userId: v.userId } : null;
    default:
      return null;
  }
}

/** A stable identity, so one write's events are sent once each (and a burst can be folded on the client). */
export function eventKey(event: LiveEvent): string {
  switch (event.type) {
    case "story":
    case "page":
      return `${event.type}:${event.id}`;
    case "lock":
    case "comments":
      return `${event.type}:${event.storyId}`;
    case "notification":
      return `notification:${event.userId}`;
  }
}

/** The distinct events of a list, first occurrence kept. */
export function distinctEvents(events: readonly LiveEvent[]): LiveEvent[] {
  const seen = new Map<string, LiveEvent>();
  for (const e of events) if (!seen.has(eventKey(e))) seen.set(eventKey(e), e);
  return [...seen.values()];
}

/** The wire format (text/event-stream): one event, a comment (heartbeat), the reconnect delay. */
export const sseFrame = {
  event: (event: LiveEvent) => `data: ${JSON.stringify(event)}\n\n`,
  named: (name: string, data: unknown) => `event: ${name}\ndata: ${JSON.stringify(data)}\n\n`,
  comment: (text: string) => `: ${text}\n\n`,
  retry: (ms: number) => `retry: ${ms}\n\n`,
};

/** The named event a stream gets just before the server closes it for a newer one of the same user. */
export const SUPERSEDED_EVENT = "superseded";
