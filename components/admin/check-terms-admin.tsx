"use client";

import { useTranslations } from "next-intl";
import { useCallback, useRef, useState, type FormEvent } from "react";
import { apiRequest, ApiError } from "@/components/api-request";
import type { CheckTermItem } from "@/db/queries/check-lists";
import { CHECK_LISTS } from "@/lib/check/lists";
import type { CheckList } from "@/lib/check/types";

const field = "rounded border border-stone-300 bg-white px-2 py-1";
const button = "rounded border border-stone-300 px-3 py-1 hover:bg-stone-100 disabled:opacity-60";
const primary = "rounded bg-press px-3 py-1 font-bold text-white hover:bg-red-800 disabled:opacity-60";

interface Page {
  terms: CheckTermItem[];
  total: number;
  counts: Record<CheckList, number>;
  version: number;
}

interface PreviewLine {
  line: number;
  status: "add" | "change" | "same" | "reject";
  list: CheckList | null;
  term: string | null;
  replacement: string | null;
  note: string | null;
  currentReplacement: string | null;
  reason: string | null;
}
interface Preview {
  listsVersion: number;
  summary: Record<PreviewLine["status"], number>;
  lines: PreviewLine[];
  applied: number | null;
}

const PAGE = 100;
const LIST_LABEL = {
  banned: "check.lists.banned",
  caution: "check.lists.caution",
  typo: "check.lists.typo",
  preferred: "check.lists.preferred",
  whitelist: "check.lists.whitelist",
} as const satisfies Record<CheckList, string>;
const STATUS_LABEL = {
  add: "check.statuses.add",
  change: "check.statuses.change",
  same: "check.statuses.same",
  reject: "check.statuses.reject",
} as const satisfies Record<PreviewLine["status"], string>;
const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** The chief's and admin's page of the 机检 word lists: a tab per list with its count, add/edit/delete, import with a preview. */
export function CheckTermsAdmin({ initial }: { initial: Page }) {
  const t = useTranslations("check");
  const tAll = useTranslations();
  const [list, setList] = useState<CheckList>("banned");
  const [page, setPage] = useState<Page>(initial);
  const [q, setQ] = useState("");
  const [offset, setOffset] = useState(0);
  const [error, setError] = useState<string | null>(null);

  // only the answer to the latest request is shown (a reload after an add may come back after a filter)
  const latest = useRef(0);
  const load = useCallback(async (l: CheckList, query: string, off: number) => {
    const mine = ++latest.current;
    try {
      const params = new URLSearchParams({ list: l, offset: String(off), limit: String(PAGE) });
      if (query.trim()) params.set("q", query.trim());
      const answer = await apiRequest<Page>("GET", `/api/check-terms?${params}`);
      if (mine !== latest.current) return;
      setPage(answer);
      setError(null);
    } catch (e) {
      setError(message(e));
    }
  }, []);

  const show = (l: CheckList, off = 0) => {
    setList(l);
    setOffset(off);
    void load(l, q, off);
  };
  const reload = () => load(list, q, offset);
  const isPair = list === "typo";

  return (
    <div className="space-y-8">
      <section className="space-y-3">
        <div role="tablist" aria-label={t("title")} className="flex flex-wrap gap-2">
          {CHECK_LISTS.map((l) => (
            <button
              key={l}
              type="button"
              role="tab"
              aria-selected={l === list}
              data-testid={`tab-${l}`}
              className={l === list ? primary : button}
              onClick={() => show(l)}
            >
              {t("count", { label: tAll(LIST_LABEL[l]), n: page.counts[l] })}
            </button>
          ))}
        </div>
        <form
          className="flex flex-wrap items-end gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            show(list);
          }}
        >
          <label className="flex flex-col text-sm">
            {t("filter")}
            <input className={field} value={q} onChange={(e) => setQ(e.target.value)} placeholder={t("filterPlaceholder")} maxLength={40} />
          </label>
          <button type="submit" className={button}>
            {t("filter")}
          </button>
        </form>
        {error && (
          <p role="alert" className="text-sm text-red-700">
            {error}
          </p>
        )}
        <AddTerm list={list} isPair={isPair} onAdded={reload} />
        <div className="overflow-x-auto bg-white shadow-sm">
          <table className="w-full text-sm" data-testid="check-terms">
            <thead className="bg-stone-100 text-left">
              <tr>
                <th className="px-2 py-1">{isPair ? t("termTypo") : t("term")}</th>
                <th className="px-2 py-1">{isPair ? t("replacementTypo") : t("replacement")}</th>
                <th className="px-2 py-1 max-md:hidden">{t("note")}</th>
                <th className="px-2 py-1 max-md:hidden">{t("updatedBy")}</th>
                <th className="px-2 py-1">{t("actions")}</th>
              </tr>
            </thead>
            <tbody>
              {page.terms.map((term) => (
                <TermRow key={`${term.id}-${term.version}`} term={term} onChanged={reload} onError={setError} />
              ))}
            </tbody>
          </table>
          {page.terms.length === 0 && <p className="p-3 text-sm text-stone-500">{t("none")}</p>}
        </div>
        {page.total > 0 && (
          <div className="flex items-center gap-3 text-sm">
            <span>{t("shown", { from: offset + 1, to: Math.min(page.total, offset + PAGE), total: page.total })}</span>
            <button type="button" className={button} disabled={offset === 0} onClick={() => show(list, Math.max(0, offset - PAGE))}>
              {t("previous")}
            </button>
            <button type="button" className={button} disabled={offset + PAGE >= page.total} onClick={() => show(list, offset + PAGE)}>
              {t("next")}
            </button>
          </div>
        )}
      </section>
      <ImportTerms list={list} onCommitted={reload} />
    </div>
  );
}

function AddTerm({ list, isPair, onAdded }: { list: CheckList; isPair: boolean; onAdded: () => void }) {
  const t = useTranslations("check");
  const [term, setTerm] = useState("");
  const [replacement, setReplacement] = useState("");
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      await apiRequest("POST", "/api/check-terms", { list, term, replacement: list === "whitelist" ? null : replacement, note });
      setTerm("");
      setReplacement("");
      setNote("");
      setError(null);
      onAdded();
    } catch (err) {
      setError(message(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={submit} className="flex flex-wrap items-end gap-2" aria-label={t("add")}>
      <label className="flex flex-col text-sm">
        {isPair ? t("termTypo") : t("term")}
        <input className={field} name="term" value={term} onChange={(e) => setTerm(e.target.value)} maxLength={40} required />
      </label>
      {list !== "whitelist" && (
        <label className="flex flex-col text-sm">
          {isPair ? t("replacementTypo") : t("replacement")}
          <input className={field} name="replacement" value={replacement} onChange={(e) => setReplacement(e.target.value)} maxLength={40} />
        </label>
      )}
      <label className="flex flex-col text-sm">
        {t("note")}
        <input className={field} name="note" value={note} onChange={(e) => setNote(e.target.value)} maxLength={200} />
      </label>
      <button type="submit" className={primary} disabled={busy}>
        {t("add")}
      </button>
      {error && (
        <p role="alert" className="w-full text-sm text-red-700">
          {error}
        </p>
      )}
    </form>
  );
}

function TermRow({ term, onChanged, onError }: { term: CheckTermItem; onChanged: () => void; onError: (m: string | null) => void }) {
  const t = useTranslations("check");
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState({ term: term.term, replacement: term.replacement ?? "", note: term.note ?? "" });
  const save = async () => {
    try {
      await apiRequest("PUT", `/api/check-terms/${term.id}`, { baseVersion: term.version, list: term.list, term: draft.term, replacement: term.list === "whitelist" ? null : draft.replacement, note: draft.note });
      onError(null);
      setEditing(false);
      onChanged();
    } catch (e) {
      onError(message(e));
    }
  };
  const remove = async () => {
    if (!window.confirm(t("confirmDelete", { term: term.term }))) return;
    try {
      await apiRequest("DELETE", `/api/check-terms/${term.id}?baseVersion=${term.version}`);
      onError(null);
      onChanged();
    } catch (e) {
      onError(e instanceof ApiError ? e.message : message(e));
    }
  };
  if (editing) {
    return (
      <tr className="border-t border-stone-200" data-testid="term-row">
        <td className="px-2 py-1">
          <input className={field} aria-label={t("term")} value={draft.term} onChange={(e) => setDraft({ ...draft, term: e.target.value })} maxLength={40} />
        </td>
        <td className="px-2 py-1">
          {term.list !== "whitelist" && <input className={field} aria-label={t("replacement")} value={draft.replacement} onChange={(e) => setDraft({ ...draft, replacement: e.target.value })} maxLength={40} />}
        </td>
        <td className="px-2 py-1 max-md:hidden">
          <input className={field} aria-label={t("note")} value={draft.note} onChange={(e) => setDraft({ ...draft, note: e.target.value })} maxLength={200} />
        </td>
        <td className="px-2 py-1 max-md:hidden" />
        <td className="space-x-2 whitespace-nowrap px-2 py-1">
          <button type="button" className={primary} onClick={save}>
            {t("save")}
          </button>
          <button type="button" className={button} onClick={() => setEditing(false)}>
            {t("cancel")}
          </button>
        </td>
      </tr>
    );
  }
  return (
    <tr className="border-t border-stone-200" data-testid="term-row">
      <td className="px-2 py-1 font-medium">{term.term}</td>
      <td className="px-2 py-1">{term.replacement}</td>
      <td className="px-2 py-1 text-stone-600 max-md:hidden">{term.note}</td>
      <td className="px-2 py-1 text-stone-600 max-md:hidden">{term.updatedBy ?? t("starter")}</td>
      <td className="space-x-2 whitespace-nowrap px-2 py-1">
        <button type="button" className={button} onClick={() => setEditing(true)}>
          {t("edit")}
        </button>
        <button type="button" className={button} onClick={remove}>
          {t("delete")}
        </button>
      </td>
    </tr>
  );
}

function ImportTerms({ list, onCommitted }: { list: CheckList; onCommitted: () => void }) {
  const t = useTranslations("check");
  const tAll = useTranslations();
  const [format, setFormat] = useState<"csv" | "text">("csv");
  const [into, setInto] = useState<CheckList>(list);
  const [text, setText] = useState("");
  const [preview, setPreview] = useState<Preview | null>(null);
  const [applied, setApplied] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const send = async (step: "preview" | "commit") => {
    setBusy(true);
    try {
      const res = await apiRequest<Preview>("POST", "/api/check-terms/import", { step, format, list: format === "text" ? into : null, text, ...(step === "commit" && { baseVersion: preview?.listsVersion }) });
      setError(null);
      if (step === "preview") {
        setPreview(res);
        setApplied(null);
      } else {
        setPreview(null);
        setApplied(res.applied);
        onCommitted();
      }
    } catch (e) {
      setError(message(e));
    } finally {
      setBusy(false);
    }
  };
  const toApply = preview ? preview.summary.add + preview.summary.change : 0;
  return (
    <section aria-labelledby="import-heading" className="space-y-3">
      <h2 id="import-heading" className="text-lg font-bold">
        {t("importTitle")}
      </h2>
      <p className="max-w-3xl text-sm text-stone-600">{t("importHint")}</p>
      <div className="flex flex-wrap items-end gap-2">
        <label className="flex flex-col text-sm">
          {t("format")}
          <select className={field} value={format} onChange={(e) => setFormat(e.target.value as "csv" | "text")}>
            <option value="csv">{t("formatCsv")}</option>
            <option value="text">{t("formatText")}</option>
          </select>
        </label>
        {format === "text" && (
          <label className="flex flex-col text-sm">
            {t("importList")}
            <select className={field} value={into} onChange={(e) => setInto(e.target.value as CheckList)}>
              {CHECK_LISTS.map((l) => (
                <option key={l} value={l}>
                  {tAll(LIST_LABEL[l])}
                </option>
              ))}
            </select>
          </label>
        )}
        <label className="flex flex-col text-sm">
          {t("file")}
          <input
            type="file"
            accept=".csv,.txt,text/csv,text/plain"
            className="text-sm"
            onChange={async (e) => {
              const file = e.target.files?.[0];
              if (!file) return;
              setText(await file.text());
              setPreview(null);
              setApplied(null);
            }}
          />
        </label>
        <button type="button" className={button} disabled={busy || text.trim() === ""} onClick={() => send("preview")}>
          {t("preview")}
        </button>
      </div>
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
      {applied !== null && (
        <p role="status" className="text-sm text-green-800">
          {t("applied", { n: applied })}
        </p>
      )}
      {preview && (
        <div className="space-y-2">
          <p role="status" className="text-sm" data-testid="import-summary">
            {t("summary", preview.summary)}
          </p>
          <div className="overflow-x-auto bg-white shadow-sm">
            <table className="w-full text-sm" data-testid="import-preview">
              <thead className="bg-stone-100 text-left">
                <tr>
                  <th className="px-2 py-1">{t("line")}</th>
                  <th className="px-2 py-1">{t("status")}</th>
                  <th className="px-2 py-1">{t("term")}</th>
                  <th className="px-2 py-1">{t("replacement")}</th>
                  <th className="px-2 py-1">{t("reason")}</th>
                </tr>
              </thead>
              <tbody>
                {preview.lines.map((l) => (
                  <tr key={l.line} data-status={l.status} className={`border-t border-stone-200 ${l.status === "reject" ? "bg-red-50" : ""}`}>
                    <td className="px-2 py-1 tabular-nums">{l.line}</td>
                    <td className="px-2 py-1">{tAll(STATUS_LABEL[l.status])}</td>
                    <td className="px-2 py-1">
                      {l.list ? `${tAll(LIST_LABEL[l.list])} · ` : ""}
                      {l.term}
                    </td>
                    <td className="px-2 py-1">
                      {l.replacement}
                      {l.currentReplacement && l.currentReplacement !== l.replacement && <span className="text-stone-500"> ({t("was", { value: l.currentReplacement })})</span>}
                    </td>
                    <td className="px-2 py-1 text-red-800">{l.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <button type="button" className={primary} disabled={busy || toApply === 0} onClick={() => send("commit")}>
            {t("commit", { n: toApply })}
          </button>
        </div>
      )}
    </section>
  );
}
