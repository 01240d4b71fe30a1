"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { apiRequest } from "@/components/api-request";
import { useNewsroomTime } from "@/components/use-newsroom-time";
import { CORRECTION_MAX } from "@/lib/api/epaper-schemas";
import { CORRECTION_ERRORS_MAX, CORRECTION_ERRORS_MIN } from "@/lib/error-rate";
import { storyKeys } from "./api";

interface ListedCorrection {
  id: number;
  note: string;
  errorCount: number;
  createdAt: string;
  author: string;
}

const correctionsKey = (storyId: number) => [...storyKeys.story(storyId), "corrections"] as const;

/**
 * A published story's 更正: the list (note, the 差错 each corrects, who, when) and, for the chief, the form
 * that publishes one — the note and, beside it, how many errors it corrects (the 差错率 counts those).
 * The server checks both (1–500 字, an integer 1–50); its refusal is shown as it words it.
 */
export function CorrectionsPanel({ storyId, canCorrect }: { storyId: number; canCorrect: boolean }) {
  const t = useTranslations("corrections");
  const titleId = useId();
  const noteId = useId();
  const countId = useId();
  const hintId = useId();
  const time = useNewsroomTime();
  const queryClient = useQueryClient();
  const [note, setNote] = useState("");
  const [count, setCount] = useState("1");
  const list = useQuery({
    queryKey: correctionsKey(storyId),
    queryFn: async () => (await apiRequest<{ corrections: ListedCorrection[] }>("GET", `/api/stories/${storyId}/corrections`)).corrections,
  });
  const publish = useMutation({
    // the count goes as typed (a number when it reads as one): the server's check is the one that decides
    mutationFn: (body: { note: string; errorCount: number | string }) => apiRequest("POST", `/api/stories/${storyId}/corrections`, body),
    onSuccess: () => {
      setNote("");
      setCount("1");
      void queryClient.invalidateQueries({ queryKey: correctionsKey(storyId) });
      void queryClient.invalidateQueries({ queryKey: storyKeys.audit(storyId) });
    },
  });
  const corrections = list.data ?? [];

  return (
    <section data-testid="corrections" className="rounded border border-stone-300 bg-white shadow-sm" aria-labelledby={titleId}>
      <div className="border-b border-stone-200 px-4 py-2">
        <h2 id={titleId} className="text-sm font-bold tracking-wide">
          {t("title")}
          {corrections.length > 0 && <span className="ml-1 font-normal text-stone-500">({corrections.length})</span>}
        </h2>
        <p className="text-xs text-stone-600">{t("intro")}</p>
      </div>
      <ol className="divide-y divide-stone-100">
        {corrections.map((c) => (
          <li key={c.id} className="px-4 py-2" data-testid="correction">
            <p className="whitespace-pre-wrap break-words text-sm">
              <span data-content="">{c.note}</span>
            </p>
            <p className="mt-0.5 flex flex-wrap items-baseline gap-x-2 text-xs text-stone-600">
              <strong className="rounded bg-amber-50 px-1 font-medium text-amber-900" data-testid="correction-errors">
                {t("errors", { count: c.errorCount })}
              </strong>
              <span>{t("by", { author: c.author, time: time(c.createdAt) })}</span>
            </p>
          </li>
        ))}
        {list.isSuccess && corrections.length === 0 && <li className="px-4 py-2 text-sm text-stone-600">{t("none")}</li>}
      </ol>
      {canCorrect && (
        <form
          className="space-y-2 border-t border-stone-200 px-4 py-3"
          data-testid="correction-form"
          onSubmit={(e) => {
            e.preventDefault();
            const n = Number(count);
            publish.mutate({ note: note.trim(), errorCount: count.trim() !== "" && Number.isFinite(n) ? n : count });
          }}
        >
          {publish.error && (
            <p role="alert" className="rounded bg-red-50 px-2 py-1 text-sm text-red-800" data-testid="correction-error">
              {publish.error.message}
            </p>
          )}
          <div className="flex flex-wrap items-start gap-3">
            <div className="min-w-0 flex-1 basis-56">
              <label htmlFor={noteId} className="block text-xs font-medium text-stone-700">
                {t("note")}
              </label>
              <textarea
                id={noteId}
                name="note"
                value={note}
                onChange={(e) => setNote(e.target.value)}
                rows={3}
                maxLength={CORRECTION_MAX}
                required
                placeholder={t("notePlaceholder")}
                className="w-full rounded border border-stone-300 px-2 py-1.5 text-sm"
              />
            </div>
            <div className="w-32">
              <label htmlFor={countId} className="block text-xs font-medium text-stone-700">
                {t("errorCount")}
              </label>
              <input
                id={countId}
                name="errorCount"
                type="number"
                inputMode="numeric"
                min={CORRECTION_ERRORS_MIN}
                max={CORRECTION_ERRORS_MAX}
                step={1}
                required
                value={count}
                onChange={(e) => setCount(e.target.value)}
                aria-describedby={hintId}
                className="w-full rounded border border-stone-300 px-2 py-1.5 text-sm tabular-nums"
              />
            </div>
          </div>
          <p id={hintId} className="text-xs text-stone-600">
            {t("errorCountHint")}
          </p>
          <button type="submit" disabled={publish.isPending || note.trim() === ""} className="rounded bg-press px-3 py-1.5 text-sm font-medium text-white hover:opacity-90 disabled:opacity-50">
            {t("submit")}
          </button>
        </form>
      )}
    </section>
  );
}
