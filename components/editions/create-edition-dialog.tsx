"use client";

import { useInfiniteQuery, useMutation } from "@tanstack/react-query";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { ApiError, apiRequest } from "@/components/api-request";
import { Content } from "@/components/content";
import { StoryStatusBadge } from "@/components/status-badge";
import type { Locale } from "@/lib/i18n/locales";
import { formatShortEditionDate } from "@/lib/short-edition-date";
import type { CarryOverCandidate } from "@/db/queries/carry-over-candidates";

const DATE = /^\d{4}-\d{2}-\d{2}$/;

interface CandidatePage {
  stories: CarryOverCandidate[];
  next: string | null;
}

function candidatesUrl(date: string, from: string, before: string | null): string {
  const q = new URLSearchParams({ date });
  if (from) q.set("from", from);
  if (before) q.set("before", before);
  return `/api/editions/carry-over?${q}`;
}

/**
 * 新建一期: the date (the day after the newest edition by default) and the unfinished stories of earlier
 * editions to carry over; `POST /api/editions`. The server decides: whatever it refuses (a date taken, a
 * story no longer unfinished …) is shown as it words it, and nothing is created.
 *
 * A date the paper does not appear on is refused with that reason; "create anyway" (加出) sends the same
 * request with `override: true`.
 */
/** The refusal a "create anyway" answers: the date is not one of the publication's days (加出 an extra edition). */
const NOT_PUBLICATION_DAY = "template.notPublicationDay";

function errorKeyOf(refusal: ApiError): string | undefined {
  const error = refusal.body.error as { key?: unknown } | undefined;
  return typeof error?.key === "string" ? error.key : undefined;
}

export function CreateEditionDialog({ defaultDate, newest }: { defaultDate: string; newest: string | null }) {
  const t = useTranslations("editions");
  const tc = useTranslations("common");
  const format = useFormatter();
  const router = useRouter();
  const ids = useId();
  const [open, setOpen] = useState(false);
  const [date, setDate] = useState(defaultDate);
  const locale = useLocale() as Locale;
  const [from, setFrom] = useState("");
  const [chosen, setChosen] = useState<number[]>([]);
  const [refusal, setRefusal] = useState<ApiError | null>(null);
  const dateOk = DATE.test(date);

  const candidates = useInfiniteQuery({
    queryKey: ["carry-over", date, from],
    queryFn: ({ pageParam }) => apiRequest<CandidatePage>("GET", candidatesUrl(date, from, pageParam)),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.next,
    enabled: open && dateOk && (from === "" || DATE.test(from)),
  });

  const creation = useMutation({
    mutationFn: (body: Record<string, unknown>) => apiRequest<{ edition: { date: string } }>("POST", "/api/editions", body),
    onSuccess: ({ edition }) => {
      setOpen(false);
      router.push(`/editions/${edition.date}`);
      router.refresh();
    },
    onError: (err) => setRefusal(err instanceof ApiError ? err : new ApiError(0, "network", String(err))),
  });

  function create(extra: Record<string, unknown> = {}) {
    setRefusal(null);
    creation.mutate({ date, ...(chosen.length > 0 && { carryOver: chosen }), ...extra });
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    create();
  }

  function toggle(id: number) {
    setChosen((c) => (c.includes(id) ? c.filter((x) => x !== id) : [...c, id]));
  }

  if (!open) {
    return (
      <button type="button" onClick={() => setOpen(true)} className="rounded bg-press px-3 py-1.5 text-sm font-bold text-white hover:bg-red-800">
        {t("newEdition")}
      </button>
    );
  }

  const rows = candidates.data?.pages.flatMap((p) => p.stories) ?? [];
  return (
    <div className="fixed inset-0 z-50 flex items-start justify-center overflow-y-auto bg-black/30 p-2 md:items-center md:p-4" onKeyDown={(e) => e.key === "Escape" && setOpen(false)}>
      <form
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${ids}-title`}
        onSubmit={onSubmit}
        className="flex max-h-[calc(100dvh-1rem)] w-full max-w-4xl flex-col rounded bg-white shadow-xl md:max-h-[calc(100dvh-2rem)]"
      >
        <div className="border-b border-stone-200 px-4 py-3 md:px-5">
          <h2 id={`${ids}-title`} className="text-base font-bold">
            {t("dialogTitle")}
          </h2>
        </div>
        <div className="flex-1 space-y-4 overflow-y-auto px-4 py-4 text-sm md:px-5">
          <div>
            <label htmlFor={`${ids}-date`} className="mb-1 block font-medium">
              {t("date")}
            </label>
            <input
              id={`${ids}-date`}
              type="date"
              required
              value={date}
              onChange={(e) => {
                setDate(e.target.value);
                setRefusal(null);
              }}
              aria-describedby={`${ids}-date-hint`}
              className="rounded border border-stone-300 px-2 py-1"
            />
            {newest && (
              <p id={`${ids}-date-hint`} className="mt-1 text-xs text-stone-500">
                {t("dateHint", { newest })}
              </p>
            )}
          </div>

          <fieldset className="min-w-0">
            <legend className="font-medium">{t("carryOverTitle")}</legend>
            <p className="mb-2 mt-1 text-xs text-stone-500">{t("carryOverHint")}</p>
            <div className="mb-2 flex flex-wrap items-center gap-2">
              <label htmlFor={`${ids}-from`}>{t("fromEdition")}</label>
              <input id={`${ids}-from`} type="date" value={from} max={date} onChange={(e) => setFrom(e.target.value)} className="rounded border border-stone-300 px-2 py-1" />
              {from && (
                <button type="button" onClick={() => setFrom("")} className="text-press hover:underline">
                  {t("fromAll")}
                </button>
              )}
              <span className="ml-auto text-stone-600" data-testid="carry-over-chosen">
                {t("selected", { n: chosen.length })}
              </span>
            </div>
            {candidates.isError && (
              <p role="alert" className="text-red-700">
                {candidates.error.message}
              </p>
            )}
            {candidates.isSuccess && rows.length === 0 && <p className="py-3 text-stone-500">{t("noCandidates")}</p>}
            {rows.length > 0 && (
              <div className="overflow-x-auto rounded border border-stone-200">
                <table className="w-full text-left">
                  <thead className="bg-stone-50 text-xs text-stone-500">
                    <tr>
                      <th className="w-8 px-2 py-1.5" />
                      <th className="px-2 py-1.5 font-normal">{t("headline")}</th>
                      <th className="px-2 py-1.5 font-normal">{t("reporter")}</th>
                      <th className="hidden px-2 py-1.5 text-right font-normal md:table-cell">{t("zi")}</th>
                      <th className="hidden px-2 py-1.5 font-normal md:table-cell">{t("edition")}</th>
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-stone-100">
                    {rows.map((s) => {
                      const name = s.headline ?? s.slug;
                      const people = s.bylines.length ? s.bylines : s.assignees;
                      return (
                        <tr key={s.id} data-testid="carry-over-candidate" className={chosen.includes(s.id) ? "bg-amber-50" : ""}>
                          <td className="px-2 py-1.5">
                            <input type="checkbox" checked={chosen.includes(s.id)} onChange={() => toggle(s.id)} aria-label={t("pickStory", { headline: name })} />
                          </td>
                          <td className="px-2 py-1.5">
                            <span className="mr-2 font-serif font-bold" data-content="">
                              {name}
                            </span>
                            <StoryStatusBadge status={s.status} />
                            {/* on a phone the 字数 and edition columns fold in under the headline */}
                            <span className="mt-0.5 block text-xs text-stone-600 md:hidden">
                              {formatShortEditionDate(s.editionDate, locale, date)} · {tc("zi", { n: s.length })}
                            </span>
                          </td>
                          <td className="px-2 py-1.5">{people.length ? <Content>{format.list(people)}</Content> : tc("none")}</td>
                          <td className="hidden px-2 py-1.5 text-right tabular-nums md:table-cell">
                            {s.length}
                            {s.targetLength !== null && <span className="text-stone-500">/{s.targetLength}</span>}
                          </td>
                          <td className="hidden whitespace-nowrap px-2 py-1.5 text-stone-600 md:table-cell">{formatShortEditionDate(s.editionDate, locale, date)}</td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            )}
            {candidates.isFetching && <p className="py-2 text-stone-500">{tc("loading")}</p>}
            {candidates.hasNextPage && !candidates.isFetchingNextPage && (
              <button type="button" onClick={() => void candidates.fetchNextPage()} className="mt-2 text-press hover:underline">
                {t("moreCandidates")}
              </button>
            )}
          </fieldset>
        </div>
        <div className="flex flex-wrap items-center justify-end gap-2 border-t border-stone-200 px-4 py-3 md:px-5">
          {refusal && (
            <p role="alert" className="mr-auto text-sm text-red-700" data-testid="create-edition-error">
              {t("createFailed", { message: refusal.message })}
            </p>
          )}
          {refusal && errorKeyOf(refusal) === NOT_PUBLICATION_DAY && (
            <button
              type="button"
              onClick={() => create({ override: true })}
              disabled={creation.isPending}
              className="rounded border border-amber-600 bg-amber-50 px-3 py-1.5 text-sm font-medium text-amber-900 hover:bg-amber-100 disabled:opacity-50"
              data-testid="create-edition-override"
            >
              {t("createExtra")}
            </button>
          )}
          <button type="button" onClick={() => setOpen(false)} className="rounded border border-stone-300 px-3 py-1.5 text-sm hover:bg-stone-100">
            {tc("cancel")}
          </button>
          <button type="submit" disabled={creation.isPending || !dateOk} className="rounded border border-press bg-press px-3 py-1.5 text-sm font-medium text-white hover:opacity-90 disabled:opacity-50">
            {creation.isPending ? t("creating") : tc("create")}
          </button>
        </div>
      </form>
    </div>
  );
}
