/**
 * The budget's view — filters and sort — as URL search params, so a link (or a reload) shows the same
 * list: `?status=filed&person=12&page=3&deadline=overdue&sort=length&order=desc`. Each param is read on
 * its own: an unreadable one is ignored (its default), the others still apply. The defaults are left out
 * of the URL, so the plain budget link stays `/editions/2019-01-09`.
 */
import { z } from "zod";
import { STORY_STATES, type StoryState } from "./story-kinds";

export const BUDGET_SORT_KEYS = ["position", "headline", "length", "status", "page", "deadline"] as const;
export type BudgetSortKey = (typeof BUDGET_SORT_KEYS)[number];
export const BUDGET_DEADLINE_FILTERS = ["overdue", "today"] as const;
export type BudgetDeadlineFilter = (typeof BUDGET_DEADLINE_FILTERS)[number];

export interface BudgetView {
  status: StoryState | "";
  /** a byline person's id */
  person: number | "";
  /** a page number, or "none" for stories on no page */
  page: number | "none" | "";
  deadline: BudgetDeadlineFilter | "";
  sort: BudgetSortKey;
  desc: boolean;
}

export const DEFAULT_BUDGET_VIEW: BudgetView = { status: "", person: "", page: "", deadline: "", sort: "position", desc: false };

const id = z.string().regex(/^[1-9]\d{0,9}$/).transform(Number);
const PARAMS = {
  status: z.enum(STORY_STATES),
  person: id,
  page: z.union([z.literal("none"), id.refine((n) => n <= 999)]),
  deadline: z.enum(BUDGET_DEADLINE_FILTERS),
  sort: z.enum(BUDGET_SORT_KEYS),
  order: z.enum(["asc", "desc"]),
};

type Params = URLSearchParams | Record<string, string | string[] | undefined>;

function param(params: Params, name: string): string | undefined {
  const value = params instanceof URLSearchParams ? (params.get(name) ?? undefined) : params[name];
  return Array.isArray(value) ? value[0] : value;
}

function read<T>(schema: z.ZodType<T>, value: string | undefined): T | undefined {
  if (value === undefined) return undefined;
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/** The view a URL's search params name (a page's `searchParams` or the browser's `URLSearchParams`). */
export function parseBudgetView(params: Params): BudgetView {
  const d = DEFAULT_BUDGET_VIEW;
  return {
    status: read(PARAMS.status, param(params, "status")) ?? d.status,
    person: read(PARAMS.person, param(params, "person")) ?? d.person,
    page: read(PARAMS.page, param(params, "page")) ?? d.page,
    deadline: read(PARAMS.deadline, param(params, "deadline")) ?? d.deadline,
    sort: read(PARAMS.sort, param(params, "sort")) ?? d.sort,
    desc: read(PARAMS.order, param(params, "order")) === "desc",
  };
}

/** The search string for a view ("" for the default view, else "?status=filed&…"), defaults left out. */
export function budgetViewSearch(view: BudgetView): string {
  const q = new URLSearchParams();
  if (view.status) q.set("status", view.status);
  if (view.person !== "") q.set("person", String(view.person));
  if (view.page !== "") q.set("page", String(view.page));
  if (view.deadline) q.set("deadline", view.deadline);
  if (view.sort !== DEFAULT_BUDGET_VIEW.sort) q.set("sort", view.sort);
  if (view.desc) q.set("order", "desc");
  const s = q.toString();
  return s ? `?${s}` : "";
}
