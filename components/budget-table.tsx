"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { useTimeZone, useTranslations } from "next-intl";
import { Fragment, useMemo } from "react";
import type { BudgetItem } from "@/db/queries/stories";
import { BUDGET_SORT_KEYS, budgetViewSearch, parseBudgetView, type BudgetDeadlineFilter, type BudgetSortKey, type BudgetView } from "@/lib/budget-view";
import { STORY_STATES, type StoryState } from "@/lib/story-kinds";
import { isDueOn, isOverdue } from "@/lib/deadline";
import { budgetKeys } from "@/lib/query-keys";
import { Content, contentTag } from "./content";
import { useLiveInterval } from "./live-updates";
import { StoryStatusBadge } from "./status-badge";
import { useNewsroomTime } from "./use-newsroom-time";

const SORTERS: Record<BudgetSortKey, (a: BudgetItem, b: BudgetItem) => number> = {
  position: (a, b) => a.position - b.position,
  headline: (a, b) => (a.headline ?? a.slug).localeCompare(b.headline ?? b.slug, "zh-CN"),
  length: (a, b) => a.length - b.length,
  status: (a, b) => STORY_STATES.indexOf(a.status) - STORY_STATES.indexOf(b.status),
  page: (a, b) => (a.pageNumber ?? 999) - (b.pageNumber ?? 999),
  deadline: (a, b) => (a.deadline ?? "9999").localeCompare(b.deadline ?? "9999"),
};

async function fetchBudget(date: string): Promise<BudgetItem[]> {
  const res = await fetch(`/api/stories?edition=${date}`);
  if (!res.ok) throw new Error(`budget not loaded (${res.status})`);
  return ((await res.json()) as { items: BudgetItem[] }).items;
}

/** The view (filters, sort) lives in the URL's search params: a link or a reload shows the same list (lib/budget-view.ts). */
function useBudgetView(): [BudgetView, (patch: Partial<BudgetView>) => void] {
  const searchParams = useSearchParams();
  const pathname = usePathname();
  const view = useMemo(() => parseBudgetView(new URLSearchParams(searchParams.toString())), [searchParams]);
  // The native history API is in step with Next's router (useSearchParams follows it) and asks the server for nothing.
  const update = (patch: Partial<BudgetView>) => window.history.replaceState(null, "", `${pathname}${budgetViewSearch({ ...view, ...patch })}`);
  return [view, update];
}

/**
 * The edition's story budget: sortable, filterable (both kept in the URL), kept live (events, or polling
 * while the stream is down) so others' changes show up. One table in the DOM: on a phone each row is set as
 * a card (headline, status, 字数 against target, page, deadline), on paper as one printed line per story.
 */
export function BudgetTable({ date, initialItems }: { date: string; initialItems: BudgetItem[] }) {
  const t = useTranslations();
  const timeZone = useTimeZone() ?? "Asia/Shanghai";
  const formatTime = useNewsroomTime();
  const { data: items = initialItems } = useQuery({
    queryKey: budgetKeys.edition(date),
    queryFn: () => fetchBudget(date),
    initialData: initialItems,
    refetchInterval: useLiveInterval(5_000),
  });
  const [view, setView] = useBudgetView();
  const { status, person, page: pageFilter, deadline, sort, desc } = view;

  const people = useMemo(() => {
    const byId = new Map<number, string>();
    for (const item of items) for (const b of item.bylines) byId.set(b.personId, b.name);
    return [...byId].sort((a, b) => a[1].localeCompare(b[1], "zh-CN"));
  }, [items]);

  const rows = useMemo(() => {
    const now = new Date();
    const filtered = items.filter(
      (i) =>
        (status === "" || i.status === status) &&
        (person === "" || i.bylines.some((b) => b.personId === person)) &&
        (pageFilter === "" || (pageFilter === "none" ? i.pageNumber === null : i.pageNumber === pageFilter)) &&
        (deadline === "" || (deadline === "overdue" ? isOverdue(i.deadline, i.status, now) : isDueOn(i.deadline, now, timeZone))),
    );
    const sorted = [...filtered].sort(SORTERS[sort]);
    return desc ? sorted.reverse() : sorted;
  }, [items, status, person, pageFilter, deadline, sort, desc, timeZone]);
  const pageNumbers = useMemo(() => [...new Set(items.flatMap((i) => (i.pageNumber === null ? [] : [i.pageNumber])))].sort((a, b) => a - b), [items]);
  // A filter naming a person or page no longer in the budget still shows in its select.
  const personOptions = person !== "" && !people.some(([id]) => id === person) ? [...people, [person, String(person)] as [number, string]] : people;
  const pageOptions = typeof pageFilter === "number" && !pageNumbers.includes(pageFilter) ? [...pageNumbers, pageFilter] : pageNumbers;

  const sortLabels: Record<BudgetSortKey, string> = {
    position: t("budget.order"),
    headline: t("budget.headline"),
    length: t("zi.label"),
    status: t("story.status"),
    page: t("page.numberLabel"),
    deadline: t("common.deadline"),
  };

  function header(key: BudgetSortKey, className = "") {
    const active = sort === key;
    return (
      <th className={`px-2 py-2 font-normal ${className}`} aria-sort={active ? (desc ? "descending" : "ascending") : "none"}>
        <button type="button" className="hover:underline" onClick={() => setView({ sort: key, desc: active ? !desc : false })}>
          {sortLabels[key]}
          {active ? (desc ? " ▼" : " ▲") : ""}
        </button>
      </th>
    );
  }

  const select = "rounded border border-stone-300 px-2 py-1 phone:w-full phone:py-2";
  const filter = "phone:flex phone:flex-col phone:gap-1 phone:text-xs phone:text-stone-600";
  // On a phone a cell is a line of the card; its label (screen-reader text on the desktop table's header) is shown before it.
  const cardLabel = "hidden text-xs text-stone-500 phone:inline";

  return (
    <div>
      <div className="mb-3 flex flex-wrap items-center gap-4 text-sm phone:grid phone:grid-cols-2 phone:gap-2 print:hidden" data-testid="budget-filters">
        <label className={filter}>
          {t("story.status")}{" "}
          <select aria-label={t("story.status")} value={status} onChange={(e) => setView({ status: e.target.value as StoryState | "" })} className={select}>
            <option value="">{t("budget.all")}</option>
            {STORY_STATES.map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label className={filter}>
          {t("story.bylinePerson")}{" "}
          <select aria-label={t("story.bylinePerson")} value={person} onChange={(e) => setView({ person: e.target.value === "" ? "" : Number(e.target.value) })} className={select}>
            <option value="">{t("budget.all")}</option>
            {personOptions.map(([id, name]) => (
              <option key={id} value={id} data-content="">
                {name}
              </option>
            ))}
          </select>
        </label>
        <label className={filter}>
          {t("page.numberLabel")}{" "}
          <select
            aria-label={t("page.numberLabel")}
            value={pageFilter}
            onChange={(e) => setView({ page: e.target.value === "" || e.target.value === "none" ? (e.target.value as "" | "none") : Number(e.target.value) })}
            className={select}
          >
            <option value="">{t("budget.all")}</option>
            {pageOptions.map((n) => (
              <option key={n} value={n}>
                {t("page.number", { n })}
              </option>
            ))}
            <option value="none">{t("story.noPage")}</option>
          </select>
        </label>
        <label className={filter}>
          {t("common.deadline")}{" "}
          <select aria-label={t("common.deadline")} value={deadline} onChange={(e) => setView({ deadline: e.target.value as BudgetDeadlineFilter | "" })} className={select}>
            <option value="">{t("budget.all")}</option>
            <option value="overdue">{t("common.overdue")}</option>
            <option value="today">{t("budget.dueToday")}</option>
          </select>
        </label>
        {/* The desktop table sorts by its column headers; the cards have none, so a phone sorts here. */}
        <label className={`hidden ${filter}`}>
          {t("phone.sort")}
          <select aria-label={t("phone.sort")} value={sort} onChange={(e) => setView({ sort: e.target.value as BudgetSortKey })} className={select}>
            {BUDGET_SORT_KEYS.map((k) => (
              <option key={k} value={k}>
                {sortLabels[k]}
              </option>
            ))}
          </select>
        </label>
        <label className="hidden items-center gap-2 self-end py-2 phone:flex">
          <input type="checkbox" checked={desc} onChange={(e) => setView({ desc: e.target.checked })} className="size-5" />
          {t("phone.descending")}
        </label>
        <span className="ml-auto flex items-center gap-3 text-stone-500 phone:col-span-2 phone:ml-0">
          <span data-testid="budget-count">{t("budget.count", { n: rows.length })}</span>
          <button type="button" onClick={() => window.print()} className="rounded border border-stone-300 px-2 py-0.5 text-stone-700 hover:bg-stone-100 phone:hidden">
            {t("phone.print")}
          </button>
        </span>
      </div>
      <table className="w-full border-collapse bg-white text-sm shadow-sm phone:block phone:bg-transparent phone:shadow-none print:text-xs print:shadow-none" data-testid="budget-table">
        <thead className="border-b border-stone-300 bg-stone-50 text-left text-stone-600 phone:hidden print:bg-white">
          <tr>
            {header("position", "w-10")}
            <th className="w-20 px-2 py-2 font-normal print:hidden">{t("story.kind")}</th>
            {header("headline")}
            <th className="px-2 py-2 font-normal">{t("story.byline")}</th>
            {header("length", "w-20 text-right print:w-14")}
            {header("status", "w-24 print:w-20")}
            {header("page", "w-24 print:w-20")}
            {header("deadline", "w-28 print:w-24")}
          </tr>
        </thead>
        <tbody className="phone:flex phone:flex-col phone:gap-2">
          {rows.map((item) => {
            const overdue = isOverdue(item.deadline, item.status);
            return (
              <tr
                key={item.id}
                data-testid="budget-row"
                className="border-b border-stone-100 align-top hover:bg-amber-50/40 phone:flex phone:flex-wrap phone:items-center phone:gap-x-3 phone:gap-y-1 phone:rounded phone:border phone:border-stone-200 phone:bg-white phone:p-3 phone:shadow-sm print:break-inside-avoid"
              >
                <td className="px-2 py-2 text-stone-500 phone:hidden">{item.position}</td>
                <td className="px-2 py-2 phone:hidden print:hidden">{t(`kind.${item.kind}`)}</td>
                <td className="px-2 py-2 phone:block phone:basis-full phone:p-0">
                  {item.kicker && (
                    <div className="text-xs text-stone-500" data-content="">
                      {item.kicker}
                    </div>
                  )}
                  <Link href={`/stories/${item.id}`} className="font-serif font-bold hover:underline phone:text-base" data-testid="budget-headline" data-content="">
                    {item.headline ?? item.slug}
                  </Link>
                  {item.continues && <span className="ml-2 text-xs text-press">{t("story.continuesNote")}</span>}
                  {item.headline && item.headline !== item.slug && (
                    <div className="text-xs text-stone-500 phone:hidden print:hidden" data-content="">
                      {item.slug}
                    </div>
                  )}
                </td>
                <td className="px-2 py-2 phone:block phone:basis-full phone:p-0 phone:text-xs phone:text-stone-600" data-testid="budget-byline">
                  {item.bylines.map((b, i) => (
                    <Fragment key={i}>
                      {i > 0 && " "}
                      {t.rich("budget.bylinePerson", { name: b.name, role: t(`bylineRoleShort.${b.role}`), content: contentTag })}
                    </Fragment>
                  ))}
                </td>
                <td className="px-2 py-2 text-right tabular-nums phone:order-1 phone:block phone:p-0 phone:text-left">
                  <span className={`${cardLabel} mr-1`}>{t("zi.label")}</span>
                  <span data-testid="budget-length">{item.length}</span>
                  {item.targetLength !== null && (
                    <span className="block text-xs text-stone-500 phone:ml-1 phone:inline" data-testid="budget-target">
                      {t("phone.target", { n: item.targetLength })}
                    </span>
                  )}
                </td>
                <td className="px-2 py-2 phone:order-first phone:block phone:p-0">
                  <StoryStatusBadge status={item.status} />
                </td>
                <td className="px-2 py-2 phone:order-2 phone:block phone:p-0">
                  {item.pageNumber ? (
                    <>
                      {t("page.number", { n: item.pageNumber })} <Content>{item.pageName ?? ""}</Content>
                    </>
                  ) : (
                    <span className={cardLabel}>{t("story.noPage")}</span>
                  )}
                  {!item.pageNumber && <span className="phone:hidden">{t("common.none")}</span>}
                </td>
                <td className={`px-2 py-2 phone:order-3 phone:block phone:p-0 ${overdue ? "font-bold text-red-700" : ""}`}>
                  <span className={`${cardLabel} mr-1 font-normal`}>{t("common.deadline")}</span>
                  <span data-testid="budget-deadline">{item.deadline ? formatTime(item.deadline, date) : t("common.none")}</span>
                  {overdue && <span className="ml-1 rounded bg-red-100 px-1 text-xs">{t("budget.overdue")}</span>}
                </td>
              </tr>
            );
          })}
          {rows.length === 0 && (
            <tr className="phone:block">
              <td colSpan={8} className="px-2 py-6 text-center text-stone-500 phone:block">
                {t("budget.empty")}
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
