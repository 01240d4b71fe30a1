"use client";

import { useTranslations } from "next-intl";
import { useId, useMemo, useState } from "react";
import { diffParagraphs } from "@/lib/diff/char-diff";
import { contentLines, joinParagraphs, mergeContent, splitParagraphs, type DraftContent, type SingleLineField } from "@/lib/story-draft";
import { DiffText, useLineLabels } from "./diff-text";
import type { Conflict } from "./use-autosave";

const button = "rounded border px-3 py-1.5 text-sm font-medium disabled:opacity-50";

function Column({ title, lines, testId }: { title: string; lines: string[]; testId: string }) {
  return (
    <div className="min-w-0 rounded border border-stone-300 bg-white" data-testid={testId}>
      <h3 className="border-b border-stone-200 bg-stone-50 px-3 py-1.5 text-xs font-semibold text-stone-600">{title}</h3>
      <div className="max-h-80 space-y-1.5 overflow-auto px-3 py-2 font-serif text-[15px] leading-7" data-content="">
        {lines.map((line, i) => (
          <p key={i} className="whitespace-pre-wrap break-words">
            {line}
          </p>
        ))}
      </div>
    </div>
  );
}

/**
 * After a 409 on a stale save: the user's text and the server's side by side, a character diff,
 * and three ways out — keep mine, take the server's, or save an edited merge (the server's paragraphs
 * in order plus the user's new ones; see lib/story-draft `mergeContent`). Nothing is discarded until
 * the user picks.
 */
export function MergePanel({
  mine,
  conflict,
  busy,
  onKeepMine,
  onTakeServer,
  onSaveMerged,
}: {
  mine: DraftContent;
  conflict: Conflict;
  busy: boolean;
  onKeepMine: () => void;
  onTakeServer: () => void;
  onSaveMerged: (content: DraftContent) => void;
}) {
  const t = useTranslations("merge");
  const tField = useTranslations("field");
  const ids = useId();
  const labels = useLineLabels();
  // The proposal is made once, when the conflict appears; the user edits it from there.
  const [proposal] = useState(() => mergeContent(conflict.server, mine, conflict.base));
  const [mergedBody, setMergedBody] = useState(() => joinParagraphs(proposal.content.body));
  const [choices, setChoices] = useState<Partial<Record<SingleLineField, "mine" | "server">>>({});

  const mineLines = useMemo(() => contentLines(mine, labels), [mine, labels]);
  const serverLines = useMemo(() => contentLines(conflict.server, labels), [conflict.server, labels]);
  const diff = useMemo(() => diffParagraphs(serverLines, mineLines), [serverLines, mineLines]);

  function save() {
    const content: DraftContent = { ...proposal.content, body: splitParagraphs(mergedBody) };
    for (const field of proposal.conflicts) content[field] = (choices[field] ?? "mine") === "mine" ? mine[field] : conflict.server[field];
    onSaveMerged(content);
  }

  return (
    <section
      data-testid="merge-panel"
      aria-labelledby={`${ids}-title`}
      className="space-y-4 rounded border-2 border-amber-400 bg-amber-50/70 p-4"
    >
      <div>
        <h2 id={`${ids}-title`} className="text-base font-bold text-amber-900">
          ⚠ {t("title")}
        </h2>
        <p className="mt-1 text-sm text-amber-900">{t("explain", { v: conflict.version })}</p>
      </div>

      <div className="grid gap-3 md:grid-cols-2">
        <Column title={t("mine")} lines={mineLines} testId="merge-mine" />
        <Column title={t("server")} lines={serverLines} testId="merge-server" />
      </div>

      <div className="rounded border border-stone-300 bg-white">
        <div className="flex flex-wrap items-baseline justify-between gap-2 border-b border-stone-200 bg-stone-50 px-3 py-1.5">
          <h3 className="text-xs font-semibold text-stone-600">{t("diff")}</h3>
          <span className="text-xs text-stone-500">{t("diffLegend")}</span>
        </div>
        <div className="max-h-72 overflow-auto px-3 py-2">
          <DiffText parts={diff} testId="merge-diff" />
        </div>
      </div>

      <div className="flex flex-wrap gap-2">
        <button type="button" disabled={busy} onClick={onKeepMine} className={`${button} border-stone-700 bg-stone-800 text-white hover:bg-stone-700`}>
          {t("keepMine")}
        </button>
        <button type="button" disabled={busy} onClick={onTakeServer} className={`${button} border-stone-300 bg-white hover:bg-stone-100`}>
          {t("takeServer")}
        </button>
      </div>

      <div className="space-y-3 rounded border border-stone-300 bg-white p-3">
        {proposal.conflicts.map((field) => (
          <fieldset key={field} className="text-sm">
            <legend className="mb-1 text-xs font-semibold text-stone-600">{t("fieldChoice", { field: tField(field) })}</legend>
            {(["mine", "server"] as const).map((side) => {
              const value = (side === "mine" ? mine[field] : conflict.server[field]) ?? t("empty");
              return (
                <label key={side} className="mr-4 inline-flex items-center gap-1.5">
                  <input
                    type="radio"
                    name={`${ids}-${field}`}
                    checked={(choices[field] ?? "mine") === side}
                    onChange={() => setChoices({ ...choices, [field]: side })}
                  />
                  {side === "mine" ? t("useMine", { value }) : t("useServer", { value })}
                </label>
              );
            })}
          </fieldset>
        ))}
        <div>
          <label htmlFor={`${ids}-merged`} className="mb-1 block text-xs font-semibold text-stone-600">
            {t("result")}
          </label>
          <textarea
            id={`${ids}-merged`}
            data-testid="merge-result"
            aria-describedby={`${ids}-merged-hint`}
            value={mergedBody}
            onChange={(e) => setMergedBody(e.target.value)}
            rows={10}
            className="w-full rounded border border-stone-300 px-3 py-2 font-serif text-[15px] leading-7"
          />
          <p id={`${ids}-merged-hint`} className="text-xs text-stone-500">
            {t("resultHint")}
          </p>
        </div>
        <button type="button" disabled={busy} onClick={save} className={`${button} border-emerald-700 bg-emerald-700 text-white hover:bg-emerald-600`}>
          {t("save")}
        </button>
      </div>
    </section>
  );
}
