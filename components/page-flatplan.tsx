"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent, type ReactNode } from "react";
import { createPage, deletePage, fetchEditionPages, pageKeys, updatePage, type PageSummary } from "@/components/layout-editor/api";
import { Content, contentTag } from "@/components/content";
import { useNewsroomTime } from "@/components/use-newsroom-time";
import { PageStateBadge } from "@/components/status-badge";
import { useLiveInterval } from "@/components/live-updates";
import { isPageFrozen } from "@/lib/workflow/page-workflow";

/**
 * The edition's flatplan: every page as a thumbnail (drawn by the server with the page renderer)
 * with its number, name, state, overset and sign-off; editors add, rename, renumber and remove pages.
 */
export function PageFlatplan({
  date,
  initialPages,
  thumbnails,
  canManage,
}: {
  date: string;
  initialPages: PageSummary[];
  thumbnails: Record<number, ReactNode>;
  canManage: boolean;
}) {
  const t = useTranslations("flatplan");
  const tPage = useTranslations("page");
  const ids = useId();
  const router = useRouter();
  const queryClient = useQueryClient();
  const pages = useQuery({ queryKey: pageKeys.editionPages(date), queryFn: () => fetchEditionPages(date), initialData: initialPages, refetchInterval: useLiveInterval(20_000) });
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
      setNotice(t("added", { n: page.number, name: page.name }));
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
            {t("pageName")}
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
            {tPage("numberLabel")}
            <input
              id={`${ids}-number`}
              type="number"
              min={1}
              max={200}
              value={number}
              placeholder={t("numberHint")}
              onChange={(e) => setNumber(e.target.value)}
              className="mt-0.5 w-36 rounded border border-stone-300 px-2 py-1 text-sm text-ink"
            />
          </label>
          <button type="submit" disabled={create.isPending || !name.trim()} className="rounded border border-stone-800 bg-stone-800 px-3 py-1.5 text-sm font-medium text-white hover:bg-stone-700 disabled:opacity-40">
            {t("addPage")}
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
        <p className="text-sm text-stone-500">{t("empty")}</p>
      ) : (
        <ol className="grid grid-cols-[repeat(auto-fill,minmax(248px,1fr))] gap-5" data-testid="flatplan">
          {pages.data.map((p) => (
            <FlatplanCard key={p.id} page={p} date={date} thumbnail={thumbnails[p.id]} canManage={canManage} onChanged={refresh} />
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
  onChanged,
}: {
  page: PageSummary;
  date: string;
  thumbnail: ReactNode;
  canManage: boolean;
  onChanged: () => Promise<void>;
}) {
  const t = useTranslations();
  const formatTime = useNewsroomTime();
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
          {t("page.number", { n: page.number })} <Content>{page.name}</Content>
        </Link>
        <span className="ml-auto">
          <PageStateBadge state={page.state} />
        </span>
      </div>
      <p className="flex flex-wrap gap-x-3 text-xs">
        {page.oversetLines > 0 ? (
          <span className="font-bold text-red-700" data-testid="flatplan-overset">
            ⚠ {t("fit.overLines", { n: page.oversetLines })}
          </span>
        ) : (
          <span className="text-stone-500">{t("flatplan.noOverset")}</span>
        )}
        <span className="text-stone-500">{t("flatplan.elements", { n: page.elementCount })}</span>
      </p>
      <p className="text-xs text-stone-600" data-testid="flatplan-signoff">
        {page.signedBy && page.signedAt ? (
          <>
            {t.rich("flatplan.signed", { name: page.signedBy, content: contentTag })} · {formatTime(page.signedAt, date)}
          </>
        ) : (
          t("flatplan.unsigned")
        )}
        {" · "}
        {t.rich("page.responsibleEditorIs", { name: page.responsibleEditor ?? t("common.none"), content: contentTag })}
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
            {editing === "name" ? t("flatplan.pageName") : t("page.numberLabel")}
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
            {t("common.save")}
          </button>
          <button type="button" onClick={() => setEditing(null)} className={small}>
            {t("common.cancel")}
          </button>
        </form>
      )}

      {canManage && !editing && (
        <div className="flex flex-wrap gap-1.5">
          {!frozen && (
            <Link href={`${href}/layout`} className={small}>
              {t("layout.title")}
            </Link>
          )}
          <button type="button" className={small} disabled={frozen} onClick={() => startEdit("name")}>
            {t("flatplan.rename")}
          </button>
          <button type="button" className={small} disabled={frozen} onClick={() => startEdit("number")}>
            {t("flatplan.renumber")}
          </button>
          <button
            type="button"
            className={`${small} text-press`}
            disabled={frozen}
            title={frozen ? t("flatplan.signedLocked") : undefined}
            onClick={() => {
              remove.reset();
              setConfirming(true);
            }}
          >
            {t("flatplan.remove")}
          </button>
        </div>
      )}
      {confirming && (
        <div role="alertdialog" aria-labelledby={`${ids}-confirm`} className="rounded border border-red-300 bg-red-50 px-2 py-1.5 text-xs text-red-900">
          <p id={`${ids}-confirm`}>{t("flatplan.removeConfirm", { n: page.number, name: page.name })}</p>
          <div className="mt-1 flex gap-2">
            <button type="button" className="rounded border border-press bg-press px-2 py-0.5 text-white" disabled={remove.isPending} onClick={() => remove.mutate()}>
              {t("flatplan.confirmRemove")}
            </button>
            <button type="button" className={small} onClick={() => setConfirming(false)}>
              {t("common.cancel")}
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
