"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTimeZone, useTranslations } from "next-intl";
import { Fragment, useMemo, useState } from "react";
import type { BudgetItem } from "@/db/queries/stories";
import type { Locale } from "@/lib/i18n/locales";
import { STORY_STATES, type StoryState } from "@/lib/story-kinds";
import { formatDeadline, isDueOn, isOverdue } from "@/lib/deadline";
import { budgetKeys } from "@/lib/query-keys";
import { Content, contentTag } from "./content";
import { useLiveInterval } from "./live-updates";
import { StoryStatusBadge } from "./status-badge";

type SortKey = "position" | "headline" | "length" | "status" | "page" | "deadline";
type DeadlineFilter = "" | "overdue" | "today";

const SORTERS: Record<SortKey, (a: BudgetItem, b: BudgetItem) => number> = {
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

/** The edition's story budget: sortable, filterable, kept live (events, or polling while the stream is down) so others' changes show up. */
export function BudgetTable({ date, locale, initialItems }: { date: string; locale: Locale; initialItems: BudgetItem[] }) {
  const t = useTranslations();
  const timeZone = useTimeZone();
  const { data: items = initialItems } = useQuery({
    queryKey: budgetKeys.edition(date),
    queryFn: () => fetchBudget(date),
    initialData: initialItems,
    refetchInterval: useLiveInterval(5_000),
  });
  const [status, setStatus] = useState<StoryState | "">("");
  const [person, setPerson] = useState<number | "">("");
  const [pageFilter, setPageFilter] = useState<number | "none" | "">("");
  const [deadline, setDeadline] = useState<DeadlineFilter>("");
  const [sort, setSort] = useState<{ key: SortKey; desc: boolean }>({ key: "position", desc: false });

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
    const sorted = [...filtered].sort(SORTERS[sort.key]);
    return sort.desc ? sorted.reverse() : sorted;
  }, [items, status, person, pageFilter, deadline, sort, timeZone]);
  const pageNumbers = useMemo(() => [...new Set(items.flatMap((i) => (i.pageNumber === null ? [] : [i.pageNumber])))].sort((a, b) => a - b), [items]);

  function header(key: SortKey, label: string, className = "") {
    const active = sort.key === key;
    return (
      <th className={`px-2 py-2 font-normal ${className}`} aria-sort={active ? (sort.desc ? "descending" : "ascending") : "none"}>
        <button type="button" className="hover:underline" onClick={() => setSort({ key, desc: active ? !sort.desc : false })}>
          {label}
          {active ? (sort.desc ? " ▼" : " ▲") : ""}
        </button>
      </th>
    );
  }

  return (
    <div>
      <div className="mb-3 flex flex-wrap items-center gap-4 text-sm">
        <label>
          {t("story.status")}{" "}
          <select aria-label={t("story.status")} value={status} onChange={(e) => setStatus(e.target.value as StoryState | "")} className="rounded border border-stone-300 px-2 py-1">
            <option value="">{t("budget.all")}</option>
            {STORY_STATES.map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("story.bylinePerson")}{" "}
          <select
            aria-label={t("story.bylinePerson")}
            value={person}
            onChange={(e) => setPerson(e.target.value === "" ? "" : Number(e.target.value))}
            className="rounded border border-stone-300 px-2 py-1"
          >
            <option value="">{t("budget.all")}</option>
            {people.map(([id, name]) => (
              <option key={id} value={id} data-content="">
                {name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("page.numberLabel")}{" "}
          <select
            aria-label={t("page.numberLabel")}
            value={pageFilter}
            onChange={(e) => setPageFilter(e.target.value === "" || e.target.value === "none" ? (e.target.value as "" | "none") : Number(e.target.value))}
            className="rounded border border-stone-300 px-2 py-1"
          >
            <option value="">{t("budget.all")}</option>
            {pageNumbers.map((n) => (
              <option key={n} value={n}>
                {t("page.number", { n })}
              </option>
            ))}
            <option value="none">{t("story.noPage")}</option>
          </select>
        </label>
        <label>
          {t("common.deadline")}{" "}
          <select aria-label={t("common.deadline")} value={deadline} onChange={(e) => setDeadline(e.target.value as DeadlineFilter)} className="rounded border border-stone-300 px-2 py-1">
            <option value="">{t("budget.all")}</option>
            <option value="overdue">{t("common.overdue")}</option>
            <option value="today">{t("budget.dueToday")}</option>
          </select>
        </label>
        <span className="ml-auto text-stone-500" data-testid="budget-count">
          {t("budget.count", { n: rows.length })}
        </span>
      </div>
      <table className="w-full border-collapse bg-white text-sm shadow-sm">
        <thead className="border-b border-stone-300 bg-stone-50 text-left text-stone-600">
          <tr>
            {header("position", t("budget.order"), "w-10")}
            <th className="w-20 px-2 py-2 font-normal">{t("story.kind")}</th>
            {header("headline", t("budget.headline"))}
            <th className="px-2 py-2 font-normal">{t("story.byline")}</th>
            {header("length", t("zi.label"), "w-20 text-right")}
            {header("status", t("story.status"), "w-24")}
            {header("page", t("page.numberLabel"), "w-24")}
            {header("deadline", t("common.deadline"), "w-28")}
          </tr>
        </thead>
        <tbody>
          {rows.map((item) => (
            <tr key={item.id} data-testid="budget-row" className="border-b border-stone-100 align-top hover:bg-amber-50/40">
              <td className="px-2 py-2 text-stone-500">{item.position}</td>
              <td className="px-2 py-2">{t(`kind.${item.kind}`)}</td>
              <td className="px-2 py-2">
                {item.kicker && (
                  <div className="text-xs text-stone-500" data-content="">
                    {item.kicker}
                  </div>
                )}
                <Link href={`/stories/${item.id}`} className="font-serif font-bold hover:underline" data-testid="budget-headline" data-content="">
                  {item.headline ?? item.slug}
                </Link>
                {item.continues && <span className="ml-2 text-xs text-press">{t("story.continuesNote")}</span>}
                {item.headline && item.headline !== item.slug && (
                  <div className="text-xs text-stone-500" data-content="">
                    {item.slug}
                  </div>
                )}
              </td>
              <td className="px-2 py-2" data-testid="budget-byline">
                {item.bylines.map((b, i) => (
                  <Fragment key={i}>
                    {i > 0 && " "}
                    {t.rich("budget.bylinePerson", { name: b.name, role: t(`bylineRoleShort.${b.role}`), content: contentTag })}
                  </Fragment>
                ))}
              </td>
              <td className="px-2 py-2 text-right tabular-nums" data-testid="budget-length">
                {item.length}
              </td>
              <td className="px-2 py-2">
                <StoryStatusBadge status={item.status} />
              </td>
              <td className="px-2 py-2">
                {item.pageNumber ? (
                  <>
                    {t("page.number", { n: item.pageNumber })} <Content>{item.pageName ?? ""}</Content>
                  </>
                ) : (
                  t("common.none")
                )}
              </td>
              <td className={`px-2 py-2 ${isOverdue(item.deadline, item.status) ? "font-bold text-red-700" : ""}`} data-testid="budget-deadline">
                {item.deadline ? formatDeadline(item.deadline, locale, timeZone) : t("common.none")}
                {isOverdue(item.deadline, item.status) && <span className="ml-1 rounded bg-red-100 px-1 text-xs">{t("budget.overdue")}</span>}
              </td>
            </tr>
          ))}
          {rows.length === 0 && (
            <tr>
              <td colSpan={8} className="px-2 py-6 text-center text-stone-500">
                {t("budget.empty")}
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
