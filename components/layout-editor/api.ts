import type { PageDetail } from "@/db/queries/pages";
import type { StoryForUser } from "@/db/queries/story-for-user";
import type { LayoutElementInput } from "@/lib/api/page-schemas";
import type { PageState } from "@/lib/page-states";
import type { PageAction } from "@/lib/workflow/page-workflow";
import { ApiError, apiRequest } from "@/components/api-request";

export { ApiError };
export type { PageDetail };
export type PageDetailElement = PageDetail["elements"][number];
export type UnplacedStory = PageDetail["unplacedStories"][number];

/** A row of GET /api/editions/:date/pages. */
export interface PageSummary {
  id: number;
  number: number;
  name: string;
  state: PageState;
  version: number;
  responsibleEditor: string | null;
  signedBy: string | null;
  signedAt: string | null;
  oversetLines: number;
  elementCount: number;
}

/** One element of PUT /api/pages/:id/layout: with `id` it updates that element, without it creates one. */
export type { LayoutElementInput };

const request = apiRequest;

const pageUrl = (id: number) => `/api/pages/${id}`;

export async function fetchPage(id: number): Promise<PageDetail> {
  return (await request<{ page: PageDetail }>("GET", pageUrl(id))).page;
}

export async function fetchEditionPages(date: string): Promise<PageSummary[]> {
  return (await request<{ pages: PageSummary[] }>("GET", `/api/editions/${date}/pages`)).pages;
}

export async function createPage(date: string, input: { name: string; number?: number }): Promise<PageSummary> {
  return (await request<{ page: PageSummary }>("POST", `/api/editions/${date}/pages`, input)).page;
}

export function updatePage(id: number, input: { baseVersion: number; name?: string; number?: number; responsibleEditorId?: number | null }) {
  return request<{ version: number; page?: PageDetail }>("PATCH", pageUrl(id), input);
}

export function deletePage(id: number, baseVersion: number) {
  return request<unknown>("DELETE", `${pageUrl(id)}?baseVersion=${baseVersion}`);
}

export async function saveLayout(id: number, baseVersion: number, elements: LayoutElementInput[]): Promise<PageDetail> {
  return (await request<{ page: PageDetail }>("PUT", `${pageUrl(id)}/layout`, { baseVersion, elements })).page;
}

export function autoLayout(id: number, baseVersion: number, storyIds: number[]) {
  return request<{ page: PageDetail; unplaced: { id: number; reason: string }[] }>("POST", `${pageUrl(id)}/auto-layout`, { baseVersion, storyIds });
}

export async function transitionPage(id: number, action: PageAction, reason?: string): Promise<PageDetail> {
  return (await request<{ page: PageDetail }>("POST", `${pageUrl(id)}/transitions`, reason === undefined ? { action } : { action, reason })).page;
}

export async function fetchStory(id: number): Promise<StoryForUser> {
  return (await request<{ story: StoryForUser }>("GET", `/api/stories/${id}`)).story;
}

export interface StaffMember {
  id: number;
  name: string;
  role: string;
}

export async function fetchAssignableStaff(): Promise<StaffMember[]> {
  return (await request<{ assignable: StaffMember[] }>("GET", "/api/staff")).assignable;
}

/** The server's version in a 409 on a stale write (null when the conflict is about something else). */
export function staleVersionOf(err: unknown): number | null {
  if (!(err instanceof ApiError) || err.status !== 409) return null;
  const version = (err.body as { version?: unknown }).version ?? (err.body.error as { details?: { version?: unknown } } | undefined)?.details?.version;
  return typeof version === "number" ? version : null;
}

/** The reasons in a 409 that refuses submit (a list of sentences), else null. */
export function refusalReasonsOf(err: unknown): string[] | null {
  if (!(err instanceof ApiError)) return null;
  const details = (err.body.error as { details?: unknown } | undefined)?.details;
  return Array.isArray(details) && details.every((d) => typeof d === "string") ? (details as string[]) : null;
}

export { pageKeys } from "@/lib/query-keys";
