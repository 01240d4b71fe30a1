import type { StoryForUser } from "@/db/queries/story-for-user";
import type { DraftContent } from "@/lib/story-draft";
import type { LockInfo } from "@/lib/lease-policy";
import type { StoryText } from "@/lib/story-text";
import type { StoryAction } from "@/lib/workflow/story-workflow";
import { ApiError, apiRequest } from "@/components/api-request";

export { ApiError };

export type { LockInfo };

/** What a 409 on a stale save carries: the server's content (slug and status besides) and version. */
export interface StaleCopy {
  current: DraftContent & { slug?: string; status?: string };
  version: number;
}

export interface Revision {
  number: number;
  storyVersion: number;
  cause: string;
  createdAt: string;
  author: string | null;
}

export interface RevisionWithContent extends Revision {
  content: StoryText;
}

export interface StoryComment {
  id: number;
  parentId: number | null;
  body: string;
  resolvedAt: string | null;
  createdAt: string;
  author: string;
  authorId: number;
}

export interface AuditEvent {
  id: number;
  action: string;
  fromState: string | null;
  toState: string | null;
  reason: string | null;
  createdAt: string;
  actor: string | null;
}

export interface StaffPerson {
  personId: number;
  name: string;
  userId: number | null;
  role: string | null;
}

const request = apiRequest;

const storyUrl = (id: number) => `/api/stories/${id}`;

export async function fetchStory(id: number): Promise<StoryForUser> {
  return (await request<{ story: StoryForUser }>("GET", storyUrl(id))).story;
}

export function saveStoryContent(id: number, baseVersion: number, content: DraftContent) {
  return request<{ version: number; revision: number | null; changed: boolean }>("PATCH", storyUrl(id), { baseVersion, content });
}

/** Last-chance save when the page goes away; the answer is not awaited (keepalive bodies are capped at 64 KB). */
export function saveStoryContentKeepalive(id: number, baseVersion: number, content: DraftContent): void {
  const body = JSON.stringify({ baseVersion, content });
  if (body.length > 60_000) return;
  void fetch(storyUrl(id), { method: "PATCH", headers: { "content-type": "application/json" }, body, keepalive: true }).catch(() => {});
}

export function transitionStory(id: number, action: StoryAction, reason?: string) {
  return request<{ status: string; version: number }>("POST", `${storyUrl(id)}/transitions`, reason === undefined ? { action } : { action, reason });
}

/** 签收: the first desk editor opening a filed story marks it received (a no-op for anyone else). */
export function receiveStory(id: number) {
  return request<{ received: boolean }>("POST", `${storyUrl(id)}/receive`);
}

/** One page of the revisions, newest first (`before` = the last revision number of the page before); `next` is null on the last page. */
export function fetchRevisions(id: number, before: number | null): Promise<{ revisions: Revision[]; next: number | null }> {
  return request<{ revisions: Revision[]; next: number | null }>("GET", `${storyUrl(id)}/revisions${before === null ? "" : `?before=${before}`}`);
}

export async function fetchRevision(id: number, n: number): Promise<RevisionWithContent> {
  const { revision } = await request<{ revision: RevisionWithContent }>("GET", `${storyUrl(id)}/revisions/${n}`);
  // Older revisions (e.g. the seed's) may lack fields that were added later, such as bylines.
  const c: Partial<StoryText> = revision.content ?? {};
  return {
    ...revision,
    content: {
      kicker: c.kicker ?? null,
      headline: c.headline ?? null,
      subheadline: c.subheadline ?? null,
      dateline: c.dateline ?? null,
      body: c.body ?? [],
      sidebars: c.sidebars ?? [],
      bylines: c.bylines ?? [],
    },
  };
}

export function restoreRevision(id: number, n: number, baseVersion: number) {
  return request<{ version: number; revision: number }>("POST", `${storyUrl(id)}/revisions/${n}/restore`, { baseVersion });
}

export async function acquireLock(id: number, takeOver = false): Promise<LockInfo> {
  return (await request<{ lock: LockInfo }>("POST", `${storyUrl(id)}/lock`, takeOver ? { takeOver } : {})).lock;
}

/** Gives the lease back; keepalive so it also goes out while the page unloads. */
export function releaseLock(id: number): void {
  void fetch(`${storyUrl(id)}/lock`, { method: "DELETE", keepalive: true }).catch(() => {});
}

export async function fetchComments(id: number): Promise<StoryComment[]> {
  return (await request<{ comments: StoryComment[] }>("GET", `${storyUrl(id)}/comments`)).comments;
}

export function addComment(id: number, body: string, parentId?: number) {
  return request<{ comment: StoryComment }>("POST", `${storyUrl(id)}/comments`, parentId ? { body, parentId } : { body });
}

export function setCommentResolved(id: number, commentId: number, resolved: boolean) {
  return request<{ comment: StoryComment }>("PATCH", `${storyUrl(id)}/comments/${commentId}`, { resolved });
}

export async function fetchStaff(): Promise<StaffPerson[]> {
  return (await request<{ people: StaffPerson[] }>("GET", "/api/staff")).people;
}

/** The lease holder in a 409 body, if that is what the conflict is about. */
export function lockOf(err: unknown): LockInfo | null {
  if (!(err instanceof ApiError) || err.status !== 409) return null;
  const lock = err.body.lock as LockInfo | undefined;
  return lock && typeof lock.holderName === "string" ? lock : null;
}

/** The server's copy in a 409 on a stale save (and not a lease conflict). */
export function staleCopyOf(err: unknown): StaleCopy | null {
  if (!(err instanceof ApiError) || err.status !== 409 || lockOf(err)) return null;
  const { current, version } = err.body as { current?: StaleCopy["current"]; version?: number };
  return current && typeof version === "number" ? { current, version } : null;
}

export { storyKeys } from "@/lib/query-keys";
