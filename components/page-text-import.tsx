"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type ChangeEvent, type ReactNode } from "react";
import type { z } from "zod";
import type { importPreview, ImportResult } from "@/lib/api/import-schemas";
import { PAGE_TEXT_MAX_BYTES, type PageTextEncoding } from "@/lib/page-text/encoding";
import { bytesToBase64, importItemsOf, initialDrafts, toggleRole, type ItemDraft } from "@/lib/page-text/import-draft";
import type { PreviewItem } from "@/lib/page-text/import-preview";
import type { ParseWarning } from "@/lib/page-text/types";
import { budgetKeys } from "@/lib/query-keys";
import { BYLINE_ROLES, STORY_KINDS, type StoryKind } from "@/lib/story-kinds";
import { apiRequest } from "./api-request";
import { Content, contentTag } from "./content";

type Preview = z.infer<typeof importPreview>;

interface FileState {
  key: string;
  fileName: string;
  /** refused: not read (too large, not .txt, refused by the server); ready: previewed; done/failed: confirmed */
  status: "refused" | "ready" | "done" | "failed";
  message: ReactNode;
  preview: Preview | null;
  drafts: (ItemDraft | null)[];
  pageNumber: number | null;
  result: ImportResult | null;
}

type Progress = { phase: "reading" | "importing"; n: number; total: number };

const MAX_KB = PAGE_TEXT_MAX_BYTES / 1024;

/**
 * 导入版面文字 on the budget (editors and the chief): .txt page texts chosen, each previewed by the server
 * (encoding, parsed items, warnings beside their item), fixed here (drop, kind, headline, byline roles, page),
 * then confirmed file by file — each file one transaction on the server, which checks the items again.
 */
export function PageTextImport({ date, pages }: { date: string; pages: { number: number; name: string }[] }) {
  const t = useTranslations("textImport");
  const router = useRouter();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [files, setFiles] = useState<FileState[]>([]);
  const [progress, setProgress] = useState<Progress | null>(null);

  const update = (key: string, change: (f: FileState) => FileState) => setFiles((all) => all.map((f) => (f.key === key ? change(f) : f)));

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const chosen = [...(event.target.files ?? [])];
    event.target.value = "";
    const fresh: FileState[] = chosen.map((file, i) => ({
      key: `${Date.now()}-${i}-${file.name}`,
      fileName: file.name,
      status: "refused",
      message: null,
      preview: null,
      drafts: [],
      pageNumber: pages[0]?.number ?? null,
      result: null,
    }));
    setFiles(fresh);
    for (const [i, file] of chosen.entries()) {
      setProgress({ phase: "reading", n: i + 1, total: chosen.length });
      const key = fresh[i].key;
      if (!/\.txt$/iu.test(file.name)) {
        update(key, (f) => ({ ...f, message: t.rich("notTxt", { file: file.name, content: contentTag }) }));
        continue;
      }
      if (file.size > PAGE_TEXT_MAX_BYTES) {
        update(key, (f) => ({ ...f, message: t.rich("tooLargeHere", { file: file.name, max: MAX_KB, content: contentTag }) }));
        continue;
      }
      try {
        const content = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
        const preview = await apiRequest<Preview>("POST", `/api/editions/${date}/imports/preview`, { fileName: file.name, content });
        update(key, (f) => ({ ...f, status: "ready", preview, drafts: initialDrafts(preview.items as PreviewItem[]) }));
      } catch (err) {
        update(key, (f) => ({ ...f, message: err instanceof Error ? err.message : String(err) }));
      }
    }
    setProgress(null);
  }

  const ready = files.filter((f) => f.status === "ready" && f.preview);
  const selected = ready.reduce((n, f) => n + f.drafts.filter((d) => d?.include).length, 0);

  async function confirm() {
    const todo = ready.filter((f) => f.drafts.some((d) => d?.include));
    for (const [i, file] of todo.entries()) {
      setProgress({ phase: "importing", n: i + 1, total: todo.length });
      try {
        const items = importItemsOf(file.preview!.items as PreviewItem[], file.drafts);
        const result = await apiRequest<ImportResult>("POST", `/api/editions/${date}/imports`, { fileName: file.fileName, pageNumber: file.pageNumber, items });
        update(file.key, (f) => ({ ...f, status: "done", result, message: null }));
      } catch (err) {
        update(file.key, (f) => ({ ...f, status: "failed", message: err instanceof Error ? err.message : String(err) }));
      }
    }
    setProgress(null);
    await queryClient.invalidateQueries({ queryKey: budgetKeys.edition(date) });
    router.refresh();
  }

  if (!open) {
    return (
      <button type="button" onClick={() => setOpen(true)} className="rounded border border-press px-3 py-1.5 text-sm font-bold text-press hover:bg-red-50">
        {t("open")}
      </button>
    );
  }
  return (
    <section aria-label={t("title")} className="mb-4 min-w-0 basis-full rounded border border-stone-300 bg-white p-4 text-sm shadow-sm">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="text-base font-bold">{t("title")}</h2>
        <button type="button" onClick={() => setOpen(false)} className="rounded border border-stone-300 px-2 py-1">
          {t("close")}
        </button>
      </div>
      <p className="mt-1 text-stone-600">{t("hint", { max: MAX_KB })}</p>
      <label className="mt-3 inline-flex cursor-pointer items-center gap-2 rounded bg-press px-3 py-1.5 font-bold text-white hover:bg-red-800">
        {t("chooseFiles")}
        <input type="file" accept=".txt,text/plain" multiple onChange={choose} disabled={progress !== null} className="sr-only" />
      </label>
      {progress && (
        <p role="status" className="mt-3 text-stone-700">
          {progress.phase === "reading" ? t("reading", { n: progress.n, total: progress.total }) : t("importing", { n: progress.n, total: progress.total })}
          <progress value={progress.n - 1} max={progress.total} className="ml-2 align-middle" />
        </p>
      )}
      {files.map((file) => (
        <ImportFile key={file.key} file={file} pages={pages} onChange={(change) => update(file.key, change)} />
      ))}
      {ready.length > 0 && (
        <div className="mt-4 flex flex-wrap items-center gap-3 border-t border-stone-200 pt-3">
          <button type="button" onClick={confirm} disabled={selected === 0 || progress !== null} className="rounded bg-press px-3 py-1.5 font-bold text-white disabled:opacity-60">
            {t("confirm", { n: selected })}
          </button>
          {selected === 0 && <span className="text-stone-500">{t("nothingSelected")}</span>}
        </div>
      )}
    </section>
  );
}

function ImportFile({ file, pages, onChange }: { file: FileState; pages: { number: number; name: string }[]; onChange: (change: (f: FileState) => FileState) => void }) {
  const t = useTranslations("textImport");
  const tPage = useTranslations("page");
  const preview = file.preview;
  const locked = file.status === "done";
  return (
    <article aria-label={file.fileName} className="mt-4 rounded border border-stone-200">
      <header className="flex flex-wrap items-center gap-x-4 gap-y-1 border-b border-stone-200 bg-stone-50 px-3 py-2">
        <h3 className="font-bold">
          <Content>{file.fileName}</Content>
        </h3>
        {preview && <span>{t("encoding", { name: encodingName(t, preview.encoding) })}</span>}
        {preview && <span className="text-stone-600">{t("summary", { stories: file.drafts.filter(Boolean).length, others: file.drafts.filter((d) => !d).length })}</span>}
        {preview?.responsibleEditor && <span className="text-stone-600">{t.rich("responsibleEditor", { name: preview.responsibleEditor, content: contentTag })}</span>}
        {preview && (
          <label className="flex items-center gap-1 sm:ml-auto">
            {t("targetPage")}
            <select
              value={file.pageNumber ?? ""}
              disabled={locked}
              onChange={(e) => {
                const value = e.target.value;
                onChange((f) => ({ ...f, pageNumber: value === "" ? null : Number(value) }));
              }}
              className="rounded border border-stone-300 px-1 py-0.5"
            >
              <option value="">{t("noPage")}</option>
              {pages.map((p) => (
                <option key={p.number} value={p.number}>
                  {tPage("number", { n: p.number })} {p.name}
                </option>
              ))}
            </select>
          </label>
        )}
      </header>
      {file.message && (
        <p role="alert" className="px-3 py-2 text-red-700">
          {file.status === "failed" && typeof file.message === "string" ? t.rich("failed", { file: file.fileName, message: file.message, content: contentTag }) : file.message}
        </p>
      )}
      {file.result && (
        <p role="status" className="px-3 py-2 font-bold text-green-800">
          {t.rich("done", { file: file.fileName, n: file.result.stories.length, matched: file.result.people.matched, created: file.result.people.created, content: contentTag })}
        </p>
      )}
      {preview && preview.unattached.length > 0 && (
        <div className="mx-3 mt-2 rounded border border-amber-300 bg-amber-50 px-3 py-2">
          <p className="font-bold">{t("unattached")}</p>
          <WarningList warnings={preview.unattached} />
        </div>
      )}
      {preview && (
        <ol className="divide-y divide-stone-200">
          {(preview.items as PreviewItem[]).map((item, i) => (
            <li key={item.index}>
              <ImportItemRow
                item={item}
                draft={file.drafts[i]}
                locked={locked}
                onChange={(draft) => onChange((f) => ({ ...f, drafts: f.drafts.map((d, j) => (j === i ? draft : d)) }))}
              />
            </li>
          ))}
        </ol>
      )}
    </article>
  );
}

function ImportItemRow({ item, draft, locked, onChange }: { item: PreviewItem; draft: ItemDraft | null; locked: boolean; onChange: (draft: ItemDraft) => void }) {
  const t = useTranslations("textImport");
  const tKind = useTranslations("kind");
  const tRole = useTranslations("bylineRoleShort");
  if (!draft) {
    return (
      <p className="flex min-w-0 gap-3 px-3 py-1.5 text-stone-500">
        <span className="shrink-0">{item.kind === "ad" ? t("ad") : t("furniture")}</span>
        <span className="min-w-0 truncate" data-content="">
          {item.text?.split("\n")[0]}
        </span>
      </p>
    );
  }
  const label = draft.headline || item.kicker || t("item", { n: item.index + 1 });
  return (
    <section aria-label={label} className={`grid gap-3 px-3 py-3 md:grid-cols-[1fr_20rem] ${draft.include ? "" : "opacity-50"}`}>
      <div className="flex min-w-0 flex-col gap-2">
        <div className="flex flex-wrap items-center gap-2">
          <label className="flex items-center gap-1 font-bold">
            <input type="checkbox" checked={draft.include} disabled={locked} onChange={(e) => onChange({ ...draft, include: e.target.checked })} />
            {t("include")}
          </label>
          <label className="flex items-center gap-1">
            <span className="sr-only">{t("kindLabel")}</span>
            <select value={draft.kind} disabled={locked} aria-label={t("kindLabel")} onChange={(e) => onChange({ ...draft, kind: e.target.value as StoryKind })} className="rounded border border-stone-300 px-1 py-0.5">
              {STORY_KINDS.map((k) => (
                <option key={k} value={k}>
                  {tKind(k)}
                </option>
              ))}
            </select>
          </label>
          {item.continues && <span className="rounded bg-stone-200 px-1.5 py-0.5 text-xs">{t("continues")}</span>}
          <span className="text-xs text-stone-500">
            {t("paragraphs", { n: item.paragraphCount })} · {t("zi", { n: item.zi })}
          </span>
        </div>
        {item.kicker && (
          <p className="text-stone-600">
            <span className="mr-1 text-xs text-stone-400">{t("kicker")}</span>
            <Content>{item.kicker}</Content>
          </p>
        )}
        <label className="flex flex-col gap-0.5">
          <span className="text-xs text-stone-400">{t("headline")}</span>
          <input
            value={draft.headline}
            disabled={locked}
            maxLength={200}
            onChange={(e) => onChange({ ...draft, headline: e.target.value })}
            placeholder={t("headlineMissing")}
            className="w-full min-w-0 rounded border border-stone-300 px-2 py-1 text-base font-bold"
            data-content=""
          />
        </label>
        {item.subheadline && (
          <p className="text-stone-600">
            <span className="mr-1 text-xs text-stone-400">{t("subheadline")}</span>
            <Content>{item.subheadline}</Content>
          </p>
        )}
        <div className="flex flex-wrap items-center gap-x-4 gap-y-1">
          {item.dateline && (
            <span>
              <span className="mr-1 text-xs text-stone-400">{t("dateline")}</span>
              <Content>{item.dateline}</Content>
            </span>
          )}
          <span className="text-xs text-stone-400">{t("byline")}</span>
          {draft.people.length === 0 && <span className="text-stone-500">{t("noByline")}</span>}
          {draft.people.map((person) => (
            <fieldset key={person.name} aria-label={t("roles", { name: person.name })} className="flex flex-wrap items-center gap-1 rounded border border-stone-200 px-2 py-0.5">
              <Content>
                <span className="font-bold">{person.name}</span>
              </Content>
              {BYLINE_ROLES.map((role) => (
                <label key={role} className="flex items-center gap-0.5 text-xs">
                  <input type="checkbox" checked={person.roles.includes(role)} disabled={locked} onChange={() => onChange(toggleRole(draft, person.name, role))} />
                  {tRole(role)}
                </label>
              ))}
            </fieldset>
          ))}
        </div>
        {item.paragraphs[0] && (
          <p className="line-clamp-2 text-stone-600" data-content="">
            {item.paragraphs[0]}
          </p>
        )}
      </div>
      <div className="min-w-0">
        {item.warnings.length > 0 && (
          <div role="note" className="rounded border border-amber-300 bg-amber-50 px-3 py-2">
            <p className="font-bold text-amber-900">{t("warnings", { n: item.warnings.length })}</p>
            <WarningList warnings={item.warnings} />
          </div>
        )}
      </div>
    </section>
  );
}

function WarningList({ warnings }: { warnings: ParseWarning[] }) {
  const t = useTranslations("textImport");
  const text = (w: ParseWarning) => {
    const values = { line: w.line, excerpt: w.excerpt, content: contentTag };
    switch (w.code) {
      case "leftOutLine":
        return t.rich("warningLeftOutLine", values);
      case "unattachedParagraph":
        return t.rich("warningUnattachedParagraph", values);
      case "crosshead":
        return t.rich("warningCrosshead", values);
      case "noBody":
        return t.rich("warningNoBody", values);
    }
  };
  return (
    <ul className="mt-1 list-disc pl-5 text-amber-900">
      {warnings.map((w) => (
        <li key={`${w.code}-${w.line}`}>{text(w)}</li>
      ))}
    </ul>
  );
}

function encodingName(t: ReturnType<typeof useTranslations<"textImport">>, encoding: PageTextEncoding): string {
  switch (encoding) {
    case "utf-8":
      return t("encodingUtf8");
    case "utf-8-bom":
      return t("encodingUtf8Bom");
    case "gb18030":
      return t("encodingGb18030");
  }
}
