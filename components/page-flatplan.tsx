"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent, type ReactNode } from "react";
import { createPage, deletePage, fetchEditionPages, pageKeys, updatePage, type PageSummary } from "@/components/layout-editor/api";
import { layoutStrings, type LayoutStrings } from "@/components/layout-editor/strings";
import { formatSignedAt } from "@/components/page-workflow-bar";
import { PageStateBadge } from "@/components/status-badge";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/messages";
import { isPageFrozen } from "@/lib/workflow/page-workflow";

/**
 * The edition's flatplan: every page as a thumbnail (drawn by the server with the page renderer)
 * with its number, name, state, overset and sign-off; editors add, rename, renumber and remove pages.
 */
export function PageFlatplan({
  date,
  locale,
  initialPages,
  thumbnails,
  canManage,
}: {
  date: string;
  locale: Locale;
  initialPages: PageSummary[];
  thumbnails: Record<number, ReactNode>;
  canManage: boolean;
}) {
  const s = layoutStrings(locale);
  const ids = useId();
  const router = useRouter();
  const queryClient = useQueryClient();
  const pages = useQuery({ queryKey: pageKeys.editionPages(date), queryFn: () => fetchEditionPages(date), initialData: initialPages, refetchInterval: 20_000 });
  const [name, setName] = useState("");
  const [number, setNumber] = useState("");
  const [notice, setNotice] = useState<string | null>(null);

  async function refresh() {
    await queryClient.invalidateQueries({ queryKey: pageKeys.editionPages(date) });
    router.refresh();
  }

  const create = useMutation({
    mutationFn: () => createPage(date, number.trim() ? { name: name.trim(), number: Number(number) } : { name: name.trim() }),
    onSuccess: async (page) => {
      setNotice(s("fp.added", { n: page.number, name: page.name }));
      setName("");
      setNumber("");
      await refresh();
    },
  });

  function submit(e: FormEvent) {
    e.preventDefault();
    if (name.trim()) create.mutate();
  }

  return (
    <div className="space-y-4">
      {canManage && (
        <form onSubmit={submit} className="flex flex-wrap items-end gap-3 rounded border border-stone-300 bg-white px-3 py-2" data-testid="add-page-form">
          <label htmlFor={`${ids}-name`} className="flex flex-col text-xs text-stone-600">
            {s("fp.pageName")}
            <input
              id={`${ids}-name`}
              value={name}
              maxLength={20}
              required
              onChange={(e) => setName(e.target.value)}
              className="mt-0.5 w-48 rounded border border-stone-300 px-2 py-1 text-sm text-ink"
            />
          </label>
          <label htmlFor={`${ids}-number`} className="flex flex-col text-xs text-stone-600">
            {s("fp.pageNumber")}
            <input
              id={`${ids}-number`}
              type="number"
              min={1}
              max={200}
              value={number}
              placeholder={s("fp.numberHint")}
              onChange={(e) => setNumber(e.target.value)}
              className="mt-0.5 w-36 rounded border border-stone-300 px-2 py-1 text-sm text-ink"
            />
          </label>
          <button type="submit" disabled={create.isPending || !name.trim()} className="rounded border border-stone-800 bg-stone-800 px-3 py-1.5 text-sm font-medium text-white hover:bg-stone-700 disabled:opacity-40">
            {s("fp.addPage")}
          </button>
          {create.error && (
            <p role="alert" className="text-sm text-red-700">
              {create.error.message}
            </p>
          )}
          {notice && !create.error && (
            <p role="status" className="text-sm text-stone-600">
              {notice}
            </p>
          )}
        </form>
      )}
      {pages.data.length === 0 ? (
        <p className="text-sm text-stone-500">{s("fp.empty")}</p>
      ) : (
        <ol className="grid grid-cols-[repeat(auto-fill,minmax(248px,1fr))] gap-5" data-testid="flatplan">
          {pages.data.map((p) => (
            <FlatplanCard key={p.id} page={p} date={date} thumbnail={thumbnails[p.id]} canManage={canManage} locale={locale} s={s} onChanged={refresh} />
          ))}
        </ol>
      )}
    </div>
  );
}

function FlatplanCard({
  page,
  date,
  thumbnail,
  canManage,
  locale,
  s,
  onChanged,
}: {
  page: PageSummary;
  date: string;
  thumbnail: ReactNode;
  canManage: boolean;
  locale: Locale;
  s: LayoutStrings;
  onChanged: () => Promise<void>;
}) {
  const t = translator(locale);
  const ids = useId();
  const [editing, setEditing] = useState<"name" | "number" | null>(null);
  const [value, setValue] = useState("");
  const [confirming, setConfirming] = useState(false);
  const frozen = isPageFrozen(page.state);
  const href = `/editions/${date}/pages/${page.number}`;

  const update = useMutation({
    mutationFn: () => updatePage(page.id, editing === "number" ? { baseVersion: page.version, number: Number(value) } : { baseVersion: page.version, name: value.trim() }),
    onSuccess: async () => {
      setEditing(null);
      await onChanged();
    },
  });
  const remove = useMutation({
    mutationFn: () => deletePage(page.id, page.version),
    onSuccess: onChanged,
  });
  const error = update.error ?? remove.error;

  function startEdit(kind: "name" | "number") {
    update.reset();
    setEditing(kind);
    setValue(kind === "name" ? page.name : String(page.number));
  }

  const small = "rounded border border-stone-300 px-2 py-0.5 text-xs hover:bg-stone-100 disabled:opacity-40";
  return (
    <li className="flex flex-col gap-2 rounded border border-stone-300 bg-white p-3" data-testid="flatplan-page" data-page-number={page.number} data-page-id={page.id}>
      <Link href={href} className="block self-center" aria-label={`${t("page.number", { n: page.number })} ${page.name}`}>
        {thumbnail ?? <div className="h-[300px] w-[216px] bg-paper" />}
      </Link>
      <div className="flex items-baseline gap-2">
        <Link href={href} className="font-bold hover:underline" data-testid="flatplan-title">
          {t("page.number", { n: page.number })} {page.name}
        </Link>
        <span className="ml-auto">
          <PageStateBadge state={page.state} t={t} />
        </span>
      </div>
      <p className="flex flex-wrap gap-x-3 text-xs">
        {page.oversetLines > 0 ? (
          <span className="font-bold text-red-700" data-testid="flatplan-overset">
            ⚠ {s("fp.overset", { n: page.oversetLines })}
          </span>
        ) : (
          <span className="text-stone-500">{s("fp.noOverset")}</span>
        )}
        <span className="text-stone-500">{s("fp.elements", { n: page.elementCount })}</span>
      </p>
      <p className="text-xs text-stone-600" data-testid="flatplan-signoff">
        {page.signedBy && page.signedAt ? `${s("fp.signed", { name: page.signedBy })} · ${formatSignedAt(page.signedAt)}` : s("fp.unsigned")}
        {" · "}
        {s("fp.responsible", { name: page.responsibleEditor ?? t("common.none") })}
      </p>

      {canManage && editing && (
        <form
          className="flex items-end gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            update.mutate();
          }}
        >
          <label htmlFor={`${ids}-edit`} className="flex flex-1 flex-col text-xs text-stone-600">
            {editing === "name" ? s("fp.pageName") : s("fp.pageNumber")}
            <input
              id={`${ids}-edit`}
              autoFocus
              type={editing === "number" ? "number" : "text"}
              min={1}
              max={200}
              maxLength={20}
              value={value}
              onChange={(e) => setValue(e.target.value)}
              className="mt-0.5 rounded border border-stone-300 px-2 py-0.5 text-sm text-ink"
            />
          </label>
          <button type="submit" disabled={update.isPending || !value.trim()} className={small}>
            {s("fp.save")}
          </button>
          <button type="button" onClick={() => setEditing(null)} className={small}>
            {s("fp.cancel")}
          </button>
        </form>
      )}

      {canManage && !editing && (
        <div className="flex flex-wrap gap-1.5">
          {!frozen && (
            <Link href={`${href}/layout`} className={small}>
              {s("fp.layout")}
            </Link>
          )}
          <button type="button" className={small} disabled={frozen} onClick={() => startEdit("name")}>
            {s("fp.rename")}
          </button>
          <button type="button" className={small} disabled={frozen} onClick={() => startEdit("number")}>
            {s("fp.renumber")}
          </button>
          <button
            type="button"
            className={`${small} text-press`}
            disabled={frozen}
            title={frozen ? s("fp.signedLocked") : undefined}
            onClick={() => {
              remove.reset();
              setConfirming(true);
            }}
          >
            {s("fp.remove")}
          </button>
        </div>
      )}
      {confirming && (
        <div role="alertdialog" aria-labelledby={`${ids}-confirm`} className="rounded border border-red-300 bg-red-50 px-2 py-1.5 text-xs text-red-900">
          <p id={`${ids}-confirm`}>{s("fp.removeConfirm", { n: page.number, name: page.name })}</p>
          <div className="mt-1 flex gap-2">
            <button type="button" className="rounded border border-press bg-press px-2 py-0.5 text-white" disabled={remove.isPending} onClick={() => remove.mutate()}>
              {s("fp.confirm")}
            </button>
            <button type="button" className={small} onClick={() => setConfirming(false)}>
              {s("fp.cancel")}
            </button>
          </div>
        </div>
      )}
      {error && (
        <p role="alert" className="text-xs text-red-700">
          {error.message}
        </p>
      )}
    </li>
  );
}
