"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { ApiError, apiRequest } from "@/components/api-request";

interface ImportResult {
  date: string;
  pages: number;
  stories: number;
  createdUsers: string[];
  createdPeople: string[];
}

/**
 * 导入存档 (chief): one edition archive file sent as it is to `POST /api/editions/archive`. The server decides
 * everything (size, format, version, schema, a date taken) and words its refusal; the dialog shows that
 * message, or what was imported with a link to it.
 */
export function ImportArchiveDialog({ maxMb }: { maxMb: number }) {
  const t = useTranslations("archive");
  const tc = useTranslations("common");
  const router = useRouter();
  const ids = useId();
  const [open, setOpen] = useState(false);
  const [file, setFile] = useState<File | null>(null);
  const [readError, setReadError] = useState<string | null>(null);

  const upload = useMutation({
    mutationFn: async (chosen: File) => {
      let text: string;
      try {
        text = await chosen.text();
      } catch (err) {
        setReadError(t("unreadable", { reason: err instanceof Error ? err.message : String(err) }));
        throw err;
      }
      return apiRequest<ImportResult>("POST", "/api/editions/archive", undefined, { body: text, headers: { "content-type": "application/json" } });
    },
    onSuccess: () => router.refresh(),
  });

  function close() {
    setOpen(false);
    setFile(null);
    setReadError(null);
    upload.reset();
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!file) return;
    setReadError(null);
    upload.mutate(file);
  }

  if (!open) {
    return (
      <button type="button" onClick={() => setOpen(true)} className="rounded border border-stone-300 bg-white px-3 py-1.5 text-sm hover:bg-stone-100">
        {t("import")}
      </button>
    );
  }

  const refusal = readError ?? (upload.error instanceof ApiError ? upload.error.message : upload.error ? String(upload.error) : null);
  const done = upload.data;
  return (
    <div className="fixed inset-0 z-50 flex items-start justify-center overflow-y-auto bg-black/30 p-2 md:items-center md:p-4" onKeyDown={(e) => e.key === "Escape" && close()}>
      <form role="dialog" aria-modal="true" aria-labelledby={`${ids}-title`} onSubmit={onSubmit} className="w-full max-w-xl rounded bg-white shadow-xl">
        <div className="border-b border-stone-200 px-4 py-3 md:px-5">
          <h2 id={`${ids}-title`} className="text-base font-bold">
            {t("dialogTitle")}
          </h2>
        </div>
        <div className="space-y-3 px-4 py-4 text-sm md:px-5">
          <p id={`${ids}-hint`} className="text-stone-600">
            {t("dialogHint", { max: maxMb })}
          </p>
          <div>
            <label htmlFor={`${ids}-file`} className="mb-1 block font-medium">
              {t("file")}
            </label>
            <input
              id={`${ids}-file`}
              type="file"
              accept="application/json,.json"
              aria-describedby={`${ids}-hint`}
              onChange={(e) => {
                setFile(e.target.files?.[0] ?? null);
                setReadError(null);
                upload.reset();
              }}
              className="block w-full text-sm file:mr-3 file:rounded file:border file:border-stone-300 file:bg-stone-50 file:px-3 file:py-1"
            />
          </div>
          {refusal && (
            <p role="alert" className="break-words text-red-700" data-testid="import-archive-error">
              {refusal}
            </p>
          )}
          {done && (
            <div role="status" className="space-y-1 rounded bg-emerald-50 px-3 py-2 text-emerald-900" data-testid="import-archive-result">
              <p>{t("done", { date: done.date, pages: done.pages, stories: done.stories })}</p>
              {done.createdUsers.length > 0 && <p>{t("createdUsers", { logins: done.createdUsers.join("、") })}</p>}
              {done.createdPeople.length > 0 && <p data-content="">{t("createdPeople", { names: done.createdPeople.join("、") })}</p>}
              <Link href={`/editions/${done.date}`} className="font-medium text-press hover:underline">
                {t("open")}
              </Link>
            </div>
          )}
        </div>
        <div className="flex flex-wrap items-center justify-end gap-2 border-t border-stone-200 px-4 py-3 md:px-5">
          <button type="button" onClick={close} className="rounded border border-stone-300 px-3 py-1.5 hover:bg-stone-100">
            {done ? t("close") : tc("cancel")}
          </button>
          {!done && (
            <button type="submit" disabled={!file || upload.isPending} className="rounded bg-press px-3 py-1.5 font-bold text-white hover:bg-red-800 disabled:opacity-50">
              {upload.isPending ? t("importing") : t("submit")}
            </button>
          )}
        </div>
      </form>
    </div>
  );
}
