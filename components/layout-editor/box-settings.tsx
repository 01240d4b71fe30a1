"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { useFitLabel } from "@/components/use-fit-label";
import { textColumnsOf } from "@/lib/copyfit/copyfit";
import type { GridTemplate, Rect } from "@/lib/copyfit/grid";
import { setStory } from "@/lib/copyfit/set-story";
import type { Locale } from "@/lib/i18n/locales";
import { HEADLINE_SIZES } from "@/lib/page-states";
import { rectOf, type DraftElement } from "./draft";

const FIT_TEXT = { fits: "text-emerald-700", over: "text-red-700", short: "text-amber-700" } as const;

/** Settings of the selected box: position, text columns, headline size, caption, lock; its fit in detail. */
export function BoxSettings({
  el,
  name,
  grid,
  readOnly,
  onRect,
  onUpdate,
  onRemove,
}: {
  el: DraftElement | null;
  name: string;
  grid: GridTemplate;
  readOnly: boolean;
  onRect: (rect: Rect) => boolean;
  onUpdate: (patch: Partial<DraftElement>, coalesceKey?: string) => void;
  onRemove: () => void;
}) {
  const t = useTranslations();
  const fitWords = useFitLabel();
  const ids = useId();
  if (!el) {
    return (
      <section className="rounded border border-stone-300 bg-white px-3 py-2" data-testid="box-settings">
        <h2 className="text-sm font-bold">{t("box.settings")}</h2>
        <p className="mt-1 text-xs text-stone-500">{t("box.none")}</p>
      </section>
    );
  }
  const box = el.story ? setStory(el.story, el, grid) : null;
  const disabled = readOnly;
  const divisors: number[] = [];
  for (let k = 1; k <= el.columnSpan; k += 1) if (el.columnSpan % k === 0) divisors.push(k);

  function numberField(key: keyof Rect, label: string, min: number, max: number) {
    const id = `${ids}-${key}`;
    return (
      <label htmlFor={id} className="flex flex-col text-xs text-stone-600">
        {label}
        <input
          id={id}
          type="number"
          min={min}
          max={max}
          value={el![key]}
          disabled={disabled || el!.locked}
          onChange={(e) => {
            const v = Number(e.target.value);
            if (Number.isInteger(v) && v >= min && v <= max) onRect({ ...rectOf(el!), [key]: v });
          }}
          className="mt-0.5 w-full rounded border border-stone-300 px-1.5 py-0.5 text-sm text-ink"
        />
      </label>
    );
  }

  return (
    <section className="space-y-3 rounded border border-stone-300 bg-white px-3 py-2" data-testid="box-settings" aria-labelledby={`${ids}-title`}>
      <div>
        <h2 id={`${ids}-title`} className="text-sm font-bold">
          {t("box.settings")}
        </h2>
        <p className="text-sm" data-testid="box-settings-name" data-content="">
          {name}
        </p>
      </div>

      {box && (
        <div className="rounded bg-stone-50 px-2 py-1.5 text-sm" data-testid="box-settings-fit">
          <p className={`font-bold ${FIT_TEXT[box.fit.status]}`}>{fitWords.label(box.fit, el, grid)}</p>
          <p className="text-xs text-stone-600">{fitWords.needHave(box.fit)}</p>
          {box.fit.status === "over" && box.overflowWords && <p className="mt-1 text-xs text-red-700">{t("fit.overflowAt", { words: box.overflowWords })}</p>}
          {el.jumpFrom != null && <p className="mt-1 text-xs text-stone-600">{t("box.continuedFrom", { n: el.jumpFrom })}</p>}
          {el.jumpTo != null && <p className="mt-1 text-xs text-stone-600">{t("box.continuesTo", { n: el.jumpTo })}</p>}
        </div>
      )}

      <fieldset>
        <legend className="mb-1 text-xs font-medium text-stone-700">{t("box.position")}</legend>
        <div className="grid grid-cols-4 gap-1.5">
          {numberField("firstColumn", t("box.firstColumn"), 1, grid.columns)}
          {numberField("columnSpan", t("box.columnSpan"), 1, grid.columns)}
          {numberField("topLine", t("box.topLine"), 1, grid.linesPerColumn)}
          {numberField("heightLines", t("box.heightLines"), 1, grid.linesPerColumn)}
        </div>
      </fieldset>

      {el.story && (
        <>
          <label htmlFor={`${ids}-cols`} className="block text-xs font-medium text-stone-700">
            {t("box.textColumns")}
            <select
              id={`${ids}-cols`}
              value={el.textColumnSpan}
              disabled={disabled}
              onChange={(e) => onUpdate({ textColumnSpan: Number(e.target.value) })}
              className="mt-0.5 block w-full rounded border border-stone-300 px-1.5 py-1 text-sm font-normal text-ink"
            >
              {divisors.map((k) => {
                const { count, cpl } = textColumnsOf({ columnSpan: el.columnSpan, textColumnSpan: k }, grid);
                return (
                  <option key={k} value={k}>
                    {t("box.textColumnsOption", { n: count, k, cpl: Number.isInteger(cpl) ? cpl : cpl.toFixed(1) })}
                  </option>
                );
              })}
            </select>
          </label>
          <fieldset>
            <legend className="text-xs font-medium text-stone-700">{t("box.headlineSize")}</legend>
            <div className="mt-0.5 flex gap-1" role="radiogroup">
              {HEADLINE_SIZES.map((size) => (
                <label key={size} className={`flex-1 cursor-pointer rounded border px-2 py-0.5 text-center text-sm ${el.headlineSize === size ? "border-stone-800 bg-stone-800 text-white" : "border-stone-300"}`}>
                  <input
                    type="radio"
                    name={`${ids}-size`}
                    value={size}
                    checked={el.headlineSize === size}
                    disabled={disabled}
                    onChange={() => onUpdate({ headlineSize: size })}
                    className="sr-only"
                  />
                  {t(`box.size.${size}`)}
                </label>
              ))}
            </div>
          </fieldset>
        </>
      )}

      {el.kind === "photo" && !el.story && (
        <label htmlFor={`${ids}-caption`} className="block text-xs font-medium text-stone-700">
          {t("box.caption")}
          <textarea
            id={`${ids}-caption`}
            value={el.caption ?? ""}
            disabled={disabled}
            rows={3}
            maxLength={500}
            onChange={(e) => onUpdate({ caption: e.target.value }, `caption:${el.id}`)}
            className="mt-0.5 block w-full rounded border border-stone-300 px-1.5 py-1 text-sm font-normal text-ink"
          />
        </label>
      )}

      <label className="flex items-center gap-2 text-xs text-stone-700">
        <input type="checkbox" checked={el.locked} disabled={disabled} onChange={(e) => onUpdate({ locked: e.target.checked })} />
        {t("box.locked")}
      </label>

      {!disabled && !el.locked && (
        <button type="button" onClick={onRemove} className="rounded border border-press/60 px-2 py-1 text-sm text-press hover:bg-red-50" data-testid="remove-box">
          {t("box.remove")}
        </button>
      )}
    </section>
  );
}
