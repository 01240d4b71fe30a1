/**
 * The search page's query and filters as URL search params (/search?q=聊城&status=filed&person=12&pageName=聊城新闻
 * &kind=article&from=…&to=…&sort=newest&p=2), like the budget's view (lib/budget-view.ts): each param is read on
 * its own, an unreadable one is ignored (its default) and the others still apply; the defaults are left out of
 * the links the page makes.
 */
import { z } from "zod";
import { editionDate } from "./api/common";
import { SEARCH_PAGE_MAX, SEARCH_PAGE_NAME_MAX, SEARCH_PAGE_SIZE, SEARCH_QUERY_MAX } from "./api/search-schemas";
import { STORY_KINDS, STORY_STATES, type StoryKind, type StoryState } from "./story-kinds";

export interface SearchView {
  /** the query, "" for none (then the page shows only the form) */
  q: string;
  from: string;
  to: string;
  status: StoryState | "";
  /** a byline person's id */
  person: number | "";
  pageName: string;
  kind: StoryKind | "";
  sort: "rank" | "newest";
  p: number;
}

export const DEFAULT_SEARCH_VIEW: SearchView = { q: "", from: "", to: "", status: "", person: "", pageName: "", kind: "", sort: "rank", p: 1 };

const id = z.string().regex(/^[1-9]\d{0,9}$/).transform(Number);
const PARAMS = {
  q: z.string().trim().min(1).max(SEARCH_QUERY_MAX),
  from: editionDate,
  to: editionDate,
  status: z.enum(STORY_STATES),
  person: id,
  pageName: z.string().trim().min(1).max(SEARCH_PAGE_NAME_MAX),
  kind: z.enum(STORY_KINDS),
  sort: z.enum(["rank", "newest"]),
  p: id.refine((n) => n <= SEARCH_PAGE_MAX),
};

type Params = URLSearchParams | Record<string, string | string[] | undefined>;

function param(params: Params, name: string): string | undefined {
  const value = params instanceof URLSearchParams ? (params.get(name) ?? undefined) : params[name];
  return Array.isArray(value) ? value[0] : value;
}

function read<T>(schema: z.ZodType<T>, value: string | undefined): T | undefined {
  if (value === undefined || value === "") return undefined;
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/** The view a URL's search params name. A range whose start is after its end keeps neither end. */
export function parseSearchView(params: Params): SearchView {
  const d = DEFAULT_SEARCH_VIEW;
  let from = read(PARAMS.from, param(params, "from")) ?? d.from;
  let to = read(PARAMS.to, param(params, "to")) ?? d.to;
  if (from && to && from > to) from = to = "";
  return {
    q: read(PARAMS.q, param(params, "q")) ?? d.q,
    from,
    to,
    status: read(PARAMS.status, param(params, "status")) ?? d.status,
    person: read(PARAMS.person, param(params, "person")) ?? d.person,
    pageName: read(PARAMS.pageName, param(params, "pageName")) ?? d.pageName,
    kind: read(PARAMS.kind, param(params, "kind")) ?? d.kind,
    sort: read(PARAMS.sort, param(params, "sort")) ?? d.sort,
    p: read(PARAMS.p, param(params, "p")) ?? d.p,
  };
}

/** The search string of a view ("?q=…&…"), defaults left out. */
export function searchViewSearch(view: SearchView): string {
  const q = new URLSearchParams();
  const d = DEFAULT_SEARCH_VIEW;
  for (const key of ["q", "from", "to", "status", "person", "pageName", "kind", "sort", "p"] as const) {
    if (view[key] !== d[key]) q.set(key, String(view[key]));
  }
  const s = q.toString();
  return s ? `?${s}` : "";
}

/** Does the view filter on anything besides the query and the order? */
export function hasSearchFilters(view: SearchView): boolean {
  return Boolean(view.from || view.to || view.status || view.person !== "" || view.pageName || view.kind);
}

export const SEARCH_VIEW_PAGE_SIZE = SEARCH_PAGE_SIZE;
