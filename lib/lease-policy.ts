/**
 * The editing lease (DESIGN.md "Stories": lease lock): one holder at a time, renewed while they work,
 * expiring on its own. The server (db/commands/story-lock.ts) and the editor (use-story-lease) both
 * read their timings from here.
 */
import type { Role } from "./roles";
import type { StoryState } from "./story-kinds";

/** A lease lasts this long on the server. */
export const LEASE_MS = 90_000;
/** The editor renews it this often while the tab is open and visible: two renewals may go missing. */
export const LEASE_RENEW_MS = 30_000;
/** When the lease could not be asked for at all (network), ask again this often. */
export const LEASE_RETRY_MS = 10_000;
/**
 * When the story is at this user's step, a refusal is usually the previous holder's lease on its way
 * out (they handed the story on a moment ago): ask a few more times before showing it as taken.
 */
export const HANDOVER_RETRY_MS = 3_000;
export const HANDOVER_RETRIES = 5;

/** Who holds a story's lease, and until when (epoch ms). */
export interface LockInfo {
  holderId: number;
  holderName: string;
  acquiredAt: string;
  expiresAt: number;
}

/**
 * States in which the story is on each desk role's table (初审 for editors, 复审 — or 初审 — for the desk head,
 * 终审 for the chief: edited with two review levels, reviewed with three).
 */
const DESK_TURN: Record<"editor" | "desk_head" | "chief", ReadonlySet<StoryState>> = {
  editor: new Set<StoryState>(["filed", "approved"]),
  desk_head: new Set<StoryState>(["filed", "edited", "approved"]),
  chief: new Set<StoryState>(["edited", "reviewed", "approved"]),
};

/**
 * Whether opening the story should take the editing lease at once: when the story is at this
 * person's step (a reporter's own story while they write it; filed for an editor; filed or edited for
 * the desk head; edited or reviewed for the chief; approved for any of them). Otherwise the page opens read-only with 开始编辑, so a desk editor
 * glancing at a draft does not lock the reporter out of it.
 */
export function leaseOnOpen(role: Role, status: StoryState): boolean {
  if (role === "reporter") return true;
  if (role === "editor" || role === "desk_head" || role === "chief") return DESK_TURN[role].has(status);
  return false;
}

/** The last answer to "may I have the lease": how it went, and how often each way so far. */
export interface LeaseRequestState {
  /** The last request got the lease. */
  held: boolean;
  /** The last request was refused because someone else holds the lease. */
  refusedByHolder: boolean;
  /** The story is at this user's step (the holder is probably handing over). */
  patient: boolean;
  /** Requests that got the lease so far. */
  timesHeld: number;
  /** Requests that failed so far. */
  timesRefused: number;
}

/**
 * When to ask for the lease again (ms), or never (false): renew while it is ours, retry after a
 * network failure; while someone else holds it, only a few quick retries when patient and we never
 * had it — an idle open tab must not grab a story whenever it frees up.
 */
export function nextLeaseRequest(s: LeaseRequestState): number | false {
  if (s.held) return LEASE_RENEW_MS;
  if (!s.refusedByHolder) return LEASE_RETRY_MS;
  return s.patient && s.timesHeld === 0 && s.timesRefused <= HANDOVER_RETRIES ? HANDOVER_RETRY_MS : false;
}

export type LeaseState =
  | { kind: "off" }
  | { kind: "acquiring" }
  | { kind: "held"; lock: LockInfo }
  /** Someone else holds the lease; we never had it in this session. */
  | { kind: "foreign"; lock: LockInfo }
  /** We held it and someone took it over. */
  | { kind: "lost"; lock: LockInfo }
  | { kind: "error"; message: string };

/** What the editor shows of the lease, from the last request: `lock` the last one we got, `refusedBy` the holder of a refusal. */
export function leaseStateOf(r: {
  enabled: boolean;
  status: "pending" | "error" | "success";
  lock: LockInfo | undefined;
  refusedBy: LockInfo | null;
  errorMessage: string;
}): LeaseState {
  if (!r.enabled) return { kind: "off" };
  if (r.status === "pending") return { kind: "acquiring" };
  if (r.status === "error") {
    if (r.refusedBy) return r.lock ? { kind: "lost", lock: r.refusedBy } : { kind: "foreign", lock: r.refusedBy };
    // A renewal lost to the network: keep editing (saves carry their own checks) and retry.
    if (r.lock) return { kind: "held", lock: r.lock };
    return { kind: "error", message: r.errorMessage };
  }
  return r.lock ? { kind: "held", lock: r.lock } : { kind: "acquiring" };
}

/**
 * While live events replace polling, a lease running out is no write and sends no event: a reader
 * showing someone's lease asks again just after it would end (a renewal moves the end; asked again then).
 */
export function untilLeaseEnds(lock: Pick<LockInfo, "expiresAt"> | null | undefined, now: number): number | false {
  if (!lock) return false;
  return Math.max(1_000, lock.expiresAt - now + 1_000);
}
