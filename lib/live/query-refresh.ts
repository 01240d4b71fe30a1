/**
 * Which cached queries a live event makes stale. The browser runs every query through `refreshes` and
 * invalidates those it names; TanStack Query then refetches the ones a view shows. Pure, on plain keys.
 */
import type { LiveEvent } from "./live-events";

/** What the browser knows of one cached query. */
export interface CachedQuery {
  queryKey: readonly unknown[];
  /** Its last fetch succeeded (for the lease: the lease is ours). */
  succeeded: boolean;
  /** The edition its data belongs to, when the data says (a story's or a page's `editionDate`). */
  editionDate?: string;
}

/** A story's own reads: the story and its revisions, comments and audit — not a revision's content, which never changes. */
function isStoryRead(key: readonly unknown[], id: number): boolean {
  return key[0] === "story" && key[1] === id && key[2] !== "revision";
}

/** Reads of an edition: its budget, its flatplan, and any page or story whose data is of that edition. */
function isOfEdition(query: CachedQuery, date: string): boolean {
  const [kind, second] = query.queryKey;
  if (kind === "budget" || kind === "edition-pages") return second === date;
  if (kind === "page" || (kind === "story" && query.queryKey.length === 2)) return query.editionDate === date;
  return false;
}

export function refreshes(event: LiveEvent, query: CachedQuery): boolean {
  const key = query.queryKey;
  // The dashboard's queues: a hand-over changes a story's or a page's state (and notifies someone).
  if (key[0] === "queues") return event.type === "story" || event.type === "page" || event.type === "notification";
  switch (event.type) {
    // A story's row in the budget, its view, and the pages of its edition (fits, the unplaced list).
    case "story":
      return isStoryRead(key, event.id) || (key[0] !== "story" && isOfEdition(query, event.editionDate));
    // The page, the flatplan, the budget's page column, and stories and pages of its edition (转版, release).
    case "page":
      return (key[0] === "page" && key[1] === event.id) || isOfEdition(query, event.editionDate);
    // The story carries the lease (a take-over is audited); a lease we hold is renewed at once, so a take-over shows now.
    case "lock":
      if (key[0] === "story-lease") return key[1] === event.storyId && query.succeeded;
      return key[0] === "story" && key[1] === event.storyId && (key.length === 2 || key[2] === "audit");
    case "comments":
      return key[0] === "story" && key[1] === event.storyId && key[2] === "comments";
    case "notification":
      return key[0] === "notifications";
  }
}

/**
 * After the stream (re)opens, events sent while it was down are lost: every live read is refetched
 * once. Not the lease (that would ask for it) nor anything else that does not change under us.
 */
export function refreshesOnReconnect(query: CachedQuery): boolean {
  const [kind, , sub] = query.queryKey;
  if (kind === "story") return sub !== "revision";
  return kind === "page" || kind === "budget" || kind === "edition-pages" || kind === "notifications" || kind === "queues";
}
