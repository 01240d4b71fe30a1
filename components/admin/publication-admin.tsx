"use client";

import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useState, type FormEvent, type ReactNode } from "react";
import { apiRequest } from "@/components/api-request";
import type { PageTemplateView, PublicationView } from "@/db/queries/publication";
import { REVIEW_LEVEL_CHOICES } from "@/lib/proofing/kinds";
import { ALL_WEEKDAYS, furnitureRects, type AdSlot, type Weekday } from "@/lib/publication";

const field = "rounded border border-stone-300 bg-white px-2 py-1";
const button = "rounded border border-stone-300 px-3 py-1 hover:bg-stone-100 disabled:opacity-60";
const primary = "rounded bg-press px-3 py-1 font-bold text-white hover:bg-red-800 disabled:opacity-60";

export interface EditorChoice {
  id: number;
  name: string;
}

/** The admin's (and the chief's) publication page: the settings, then the template's pages, each editable. */
export function PublicationAdmin({ initialPublication, initialTemplates, editors }: { initialPublication: PublicationView; initialTemplates: PageTemplateView[]; editors: EditorChoice[] }) {
  const t = useTranslations("publicationAdmin");
  const [templates, setTemplates] = useState(initialTemplates);
  const [open, setOpen] = useState<number | "new" | null>(null);
  const sorted = [...templates].sort((a, b) => a.number - b.number);
  const saved = (tpl: PageTemplateView) => {
    setTemplates((all) => [...all.filter((x) => x.id !== tpl.id), tpl]);
    setOpen(null);
  };
  return (
    <div className="space-y-10">
      <PublicationSettings initial={initialPublication} />
      <section aria-labelledby="templates-heading" className="space-y-3">
        <div className="flex flex-wrap items-baseline gap-4">
          <h2 id="templates-heading" className="text-lg font-bold">
            {t("templates")}
          </h2>
          <button type="button" className={primary} onClick={() => setOpen("new")} disabled={open === "new"}>
            {t("newPage")}
          </button>
        </div>
        <p className="max-w-3xl text-sm text-stone-600">{t("templatesHint")}</p>
        {open === "new" && <TemplateEditor editors={editors} onSaved={saved} onClose={() => setOpen(null)} nextNumber={Math.max(0, ...templates.map((x) => x.number)) + 1} />}
        {sorted.length === 0 && open !== "new" && <p className="text-sm text-stone-500">{t("noTemplates")}</p>}
        <ul className="space-y-3">
          {sorted.map((tpl) => (
            <li key={tpl.id} data-testid="template-row" data-number={tpl.number} className="bg-white shadow-sm">
              <TemplateSummary template={tpl} onEdit={() => setOpen(open === tpl.id ? null : tpl.id)} editing={open === tpl.id} />
              {open === tpl.id && (
                <TemplateEditor
                  template={tpl}
                  editors={editors}
                  onSaved={saved}
                  onDeleted={() => {
                    setTemplates((all) => all.filter((x) => x.id !== tpl.id));
                    setOpen(null);
                  }}
                  onClose={() => setOpen(null)}
                />
              )}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

function useWeekdayNames() {
  const t = useTranslations("publicationAdmin");
  const names = [t("weekday.1"), t("weekday.2"), t("weekday.3"), t("weekday.4"), t("weekday.5"), t("weekday.6"), t("weekday.7")];
  return (d: Weekday) => names[d - 1];
}

function daysText(days: number[], name: (d: Weekday) => string, everyDay: string, locale: string): string {
  return days.length === 7 ? everyDay : new Intl.ListFormat(locale, { style: "long", type: "conjunction" }).format(days.map((d) => name(d as Weekday)));
}

function WeekdayChoice({ value, onChange, legend }: { value: Weekday[]; onChange: (days: Weekday[]) => void; legend: string }) {
  const name = useWeekdayNames();
  return (
    <fieldset className="flex flex-wrap items-center gap-3">
      <legend className="mb-1 text-sm text-stone-700">{legend}</legend>
      {ALL_WEEKDAYS.map((d) => (
        <label key={d} className="flex items-center gap-1 text-sm">
          <input type="checkbox" checked={value.includes(d)} onChange={(e) => onChange(e.target.checked ? [...value, d].sort() : value.filter((x) => x !== d))} />
          {name(d)}
        </label>
      ))}
    </fieldset>
  );
}

function Field({ label, children, className = "" }: { label: string; children: ReactNode; className?: string }) {
  return (
    <label className={`text-sm ${className}`}>
      <span className="mb-1 block text-stone-700">{label}</span>
      {children}
    </label>
  );
}

function ErrorLine({ error }: { error: unknown }) {
  if (!error) return null;
  return (
    <p role="alert" className="rounded bg-red-50 px-3 py-2 text-sm text-red-800">
      {error instanceof Error ? error.message : String(error)}
    </p>
  );
}

/** 三审: the review levels new editions take (each edition keeps its own once made). */
function ReviewLevelsField({ value }: { value: number }) {
  const t = useTranslations("review");
  return (
    <div>
      <Field label={t("levelsSetting")}>
        <select name="reviewLevels" defaultValue={value} className={`${field} w-64`} aria-describedby="review-levels-hint" data-testid="review-levels-setting">
          {REVIEW_LEVEL_CHOICES.map((n) => (
            <option key={n} value={n}>
              {n === 3 ? t("levelsThree") : t("levelsTwo")}
            </option>
          ))}
        </select>
      </Field>
      <p id="review-levels-hint" className="mt-1 text-xs text-stone-500">
        {t("levelsSettingHint")}
      </p>
    </div>
  );
}

/** 三校: how many proofreading rounds the editions made from now on go through (docs/PROOFING.md). */
function ProofRoundsField({ value, className }: { value: number; className: string }) {
  const t = useTranslations("proof");
  return (
    <Field label={t("roundsSetting")}>
      <select name="proofRounds" defaultValue={value} className={`${className} w-32`} title={t("roundsHint")}>
        {[1, 2, 3].map((n) => (
          <option key={n} value={n}>
            {t("roundsChoice", { n })}
          </option>
        ))}
      </select>
    </Field>
  );
}

function PublicationSettings({ initial }: { initial: PublicationView }) {
  const t = useTranslations("publicationAdmin");
  const [pub, setPub] = useState(initial);
  const [weekdays, setWeekdays] = useState<Weekday[]>(initial.weekdays);
  const save = useMutation({
    mutationFn: (body: unknown) => apiRequest<{ publication: PublicationView }>("PUT", "/api/publication", body),
    onSuccess: ({ publication }) => setPub(publication),
  });
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    save.mutate({
      baseVersion: pub.version,
      name: String(form.get("name") ?? ""),
      timeZone: String(form.get("timeZone") ?? ""),
      firstTotalNumber: Number(form.get("firstTotalNumber")),
      firstYearNumber: Number(form.get("firstYearNumber")),
      weekdays,
      reviewLevels: Number(form.get("reviewLevels")),
      proofRounds: Number(form.get("proofRounds")),
    });
  }
  return (
    <section aria-labelledby="settings-heading" className="bg-white p-4 shadow-sm">
      <h2 id="settings-heading" className="mb-4 text-lg font-bold">
        {t("settings")}
      </h2>
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        <div className="flex flex-wrap gap-4">
          <Field label={t("name")}>
            <input name="name" defaultValue={pub.name} required maxLength={40} className={`${field} w-48`} />
          </Field>
          <Field label={t("timeZone")}>
            <input name="timeZone" defaultValue={pub.timeZone} required className={`${field} w-48 font-mono`} aria-describedby="tz-hint" />
          </Field>
          <Field label={t("firstTotalNumber")}>
            <input name="firstTotalNumber" type="number" min={1} defaultValue={pub.firstTotalNumber} className={`${field} w-32 tabular-nums`} aria-describedby="numbering-hint" />
          </Field>
          <Field label={t("firstYearNumber")}>
            <input name="firstYearNumber" type="number" min={1} defaultValue={pub.firstYearNumber} className={`${field} w-32 tabular-nums`} aria-describedby="numbering-hint" />
          </Field>
          <ProofRoundsField value={pub.proofRounds} className={field} />
        </div>
        <p id="tz-hint" className="text-xs text-stone-500">
          {t("timeZoneHint")}
        </p>
        <p id="numbering-hint" className="text-xs text-stone-500">
          {t("numberingHint")}
        </p>
        <WeekdayChoice legend={t("schedule")} value={weekdays} onChange={setWeekdays} />
        <ReviewLevelsField value={pub.reviewLevels} />
        <ErrorLine error={save.error} />
        <div className="flex items-center gap-3">
          <button type="submit" className={primary} disabled={save.isPending}>
            {t("save")}
          </button>
          {save.isSuccess && (
            <span role="status" className="text-sm text-green-800">
              {t("saved")}
            </span>
          )}
        </div>
      </form>
    </section>
  );
}

function TemplateSummary({ template, onEdit, editing }: { template: PageTemplateView; onEdit: () => void; editing: boolean }) {
  const t = useTranslations("publicationAdmin");
  const name = useWeekdayNames();
  const locale = useLocale();
  return (
    <div className="flex flex-wrap items-center gap-x-6 gap-y-1 px-4 py-3 text-sm">
      <span className="w-16 font-bold tabular-nums">{t("slotNumber", { number: template.number })}</span>
      <span className="w-28 font-bold" data-content="" data-testid="template-name">
        {template.name}
      </span>
      <span className="whitespace-nowrap">
        <span className="text-stone-500">{t("responsibleEditor")} </span>
        <span data-content="">{template.responsibleEditor ?? t("noEditor")}</span>
      </span>
      <span>{daysText(template.weekdays, name, t("everyDay"), locale)}</span>
      <span className="tabular-nums">{t("gridSummary", { columns: template.grid.columns, chars: template.grid.charsPerColumn, lines: template.grid.linesPerColumn })}</span>
      <span data-testid="template-ads">{t("adCount", { count: template.adSlots.length })}</span>
      <button type="button" className={`${button} ml-auto`} onClick={onEdit} aria-expanded={editing}>
        {editing ? t("close") : t("edit")}
      </button>
    </div>
  );
}

interface Draft {
  number: number;
  name: string;
  responsibleEditorId: number | null;
  grid: PageTemplateView["grid"];
  weekdays: Weekday[];
  stripLines: number;
  footerLines: number;
  footerText: string;
  adSlots: AdSlot[];
}

const BLANK: Omit<Draft, "number"> = {
  name: "",
  responsibleEditorId: null,
  grid: { columns: 8, charsPerColumn: 13, gutterChars: 1, linesPerColumn: 100 },
  weekdays: [...ALL_WEEKDAYS],
  stripLines: 4,
  footerLines: 4,
  footerText: "",
  adSlots: [],
};

function TemplateEditor({
  template,
  editors,
  nextNumber = 1,
  onSaved,
  onDeleted,
  onClose,
}: {
  template?: PageTemplateView;
  editors: EditorChoice[];
  nextNumber?: number;
  onSaved: (t: PageTemplateView) => void;
  onDeleted?: () => void;
  onClose: () => void;
}) {
  const t = useTranslations("publicationAdmin");
  const [draft, setDraft] = useState<Draft>(() =>
    template
      ? {
          number: template.number,
          name: template.name,
          responsibleEditorId: template.responsibleEditorId,
          grid: template.grid,
          weekdays: template.weekdays as Weekday[],
          stripLines: template.stripLines,
          footerLines: template.footerLines,
          footerText: template.footerText,
          adSlots: template.adSlots,
        }
      : { ...BLANK, number: nextNumber },
  );
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const setGrid = (patch: Partial<Draft["grid"]>) => setDraft((d) => ({ ...d, grid: { ...d.grid, ...patch } }));
  const setSlot = (i: number, patch: Partial<AdSlot>) => setDraft((d) => ({ ...d, adSlots: d.adSlots.map((s, j) => (j === i ? { ...s, ...patch } : s)) }));
  const save = useMutation({
    mutationFn: () =>
      template
        ? apiRequest<{ template: PageTemplateView }>("PUT", `/api/page-templates/${template.id}`, { baseVersion: template.version, ...draft })
        : apiRequest<{ template: PageTemplateView }>("POST", "/api/page-templates", draft),
    onSuccess: ({ template: stored }) => onSaved(stored),
  });
  const remove = useMutation({
    mutationFn: () => apiRequest<void>("DELETE", `/api/page-templates/${template!.id}?baseVersion=${template!.version}`),
    onSuccess: () => onDeleted?.(),
  });
  const num = (v: string) => (v === "" ? Number.NaN : Number(v));
  const title = template ? t("editing", { number: template.number }) : t("creating");

  return (
    <form
      aria-label={title}
      data-testid="template-editor"
      className="grid gap-6 border-t border-stone-200 bg-stone-50 p-4 lg:grid-cols-[1fr_16rem]"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
      noValidate
    >
      <div className="space-y-4">
        <h3 className="font-bold">{title}</h3>
        <div className="flex flex-wrap gap-4">
          <Field label={t("number")}>
            <input type="number" min={1} max={200} value={Number.isNaN(draft.number) ? "" : draft.number} onChange={(e) => set({ number: num(e.target.value) })} className={`${field} w-20 tabular-nums`} />
          </Field>
          <Field label={t("pageName")}>
            <input value={draft.name} onChange={(e) => set({ name: e.target.value })} maxLength={20} className={`${field} w-40`} />
          </Field>
          <Field label={t("responsibleEditor")}>
            <select value={draft.responsibleEditorId ?? ""} onChange={(e) => set({ responsibleEditorId: e.target.value === "" ? null : Number(e.target.value) })} className={field}>
              <option value="">{t("noEditor")}</option>
              {editors.map((ed) => (
                <option key={ed.id} value={ed.id} data-content="">
                  {ed.name}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <WeekdayChoice legend={t("days")} value={draft.weekdays} onChange={(weekdays) => set({ weekdays })} />
        <fieldset className="flex flex-wrap gap-4">
          <legend className="mb-1 text-sm font-bold text-stone-700">{t("grid")}</legend>
          <Field label={t("columns")}>
            <input type="number" value={Number.isNaN(draft.grid.columns) ? "" : draft.grid.columns} onChange={(e) => setGrid({ columns: num(e.target.value) })} className={`${field} w-20`} />
          </Field>
          <Field label={t("charsPerColumn")}>
            <input type="number" value={Number.isNaN(draft.grid.charsPerColumn) ? "" : draft.grid.charsPerColumn} onChange={(e) => setGrid({ charsPerColumn: num(e.target.value) })} className={`${field} w-20`} />
          </Field>
          <Field label={t("gutterChars")}>
            <input type="number" value={Number.isNaN(draft.grid.gutterChars) ? "" : draft.grid.gutterChars} onChange={(e) => setGrid({ gutterChars: num(e.target.value) })} className={`${field} w-20`} />
          </Field>
          <Field label={t("linesPerColumn")}>
            <input type="number" value={Number.isNaN(draft.grid.linesPerColumn) ? "" : draft.grid.linesPerColumn} onChange={(e) => setGrid({ linesPerColumn: num(e.target.value) })} className={`${field} w-20`} />
          </Field>
        </fieldset>
        <fieldset className="flex flex-wrap gap-4">
          <legend className="mb-1 text-sm font-bold text-stone-700">{t("furniture")}</legend>
          <Field label={t("stripLines")}>
            <input type="number" min={0} value={Number.isNaN(draft.stripLines) ? "" : draft.stripLines} onChange={(e) => set({ stripLines: num(e.target.value) })} className={`${field} w-20`} />
          </Field>
          <Field label={t("footerLines")}>
            <input type="number" min={0} value={Number.isNaN(draft.footerLines) ? "" : draft.footerLines} onChange={(e) => set({ footerLines: num(e.target.value) })} className={`${field} w-20`} />
          </Field>
          <Field label={t("footerText")} className="w-full">
            <textarea value={draft.footerText} onChange={(e) => set({ footerText: e.target.value })} rows={4} className={`${field} w-full max-w-xl`} />
          </Field>
        </fieldset>
        <fieldset className="space-y-2">
          <legend className="mb-1 text-sm font-bold text-stone-700">{t("adSlots")}</legend>
          {draft.adSlots.map((slot, i) => (
            <div key={i} data-testid="ad-slot" className="flex flex-wrap items-end gap-3 rounded border border-stone-200 bg-white p-2" role="group" aria-label={t("slot", { n: i + 1 })}>
              <span className="self-center text-sm font-bold tabular-nums">{i + 1}</span>
              <Field label={t("advertiser")}>
                <input value={slot.label} onChange={(e) => setSlot(i, { label: e.target.value })} maxLength={40} className={`${field} w-40`} />
              </Field>
              {(
                [
                  ["firstColumn", t("firstColumn")],
                  ["columnSpan", t("columnSpan")],
                  ["topLine", t("topLine")],
                  ["heightLines", t("heightLines")],
                ] as const
              ).map(([k, label]) => (
                <Field key={k} label={label}>
                  <input type="number" value={Number.isNaN(slot[k]) ? "" : slot[k]} onChange={(e) => setSlot(i, { [k]: num(e.target.value) })} className={`${field} w-20`} />
                </Field>
              ))}
              <Field label={t("adText")} className="min-w-48 flex-1">
                <textarea value={slot.text} onChange={(e) => setSlot(i, { text: e.target.value })} rows={2} className={`${field} w-full`} />
              </Field>
              <button type="button" className={button} onClick={() => set({ adSlots: draft.adSlots.filter((_, j) => j !== i) })}>
                {t("removeAd", { n: i + 1 })}
              </button>
            </div>
          ))}
          <button
            type="button"
            className={button}
            onClick={() =>
              set({ adSlots: [...draft.adSlots, { label: "", text: "", firstColumn: 1, columnSpan: Math.min(4, draft.grid.columns || 1), topLine: Math.max(1, (draft.grid.linesPerColumn || 100) - (draft.footerLines || 0) - 14 + 1), heightLines: 14 }] })
            }
          >
            {t("addAd")}
          </button>
        </fieldset>
        <ErrorLine error={save.error ?? remove.error} />
        <div className="flex flex-wrap gap-3">
          <button type="submit" className={primary} disabled={save.isPending}>
            {t("saveTemplate")}
          </button>
          <button type="button" className={button} onClick={onClose}>
            {t("close")}
          </button>
          {template && (
            <button type="button" className={`${button} ml-auto text-red-800`} disabled={remove.isPending} onClick={() => window.confirm(t("deleteConfirm", { number: template.number })) && remove.mutate()}>
              {t("deleteTemplate")}
            </button>
          )}
        </div>
      </div>
      <TemplatePreview draft={draft} />
    </form>
  );
}

/** The template page drawn to scale on its grid: the strip, the footer and each ad slot where it would be placed. */
function TemplatePreview({ draft }: { draft: Draft }) {
  const t = useTranslations("publicationAdmin");
  const { columns, linesPerColumn } = draft.grid;
  if (!(columns > 0 && linesPerColumn > 0 && columns <= 24 && linesPerColumn <= 400)) return <div />;
  const furniture = furnitureRects({ grid: draft.grid, stripLines: draft.stripLines || 0, footerLines: draft.footerLines || 0 });
  const box = (r: { firstColumn: number; columnSpan: number; topLine: number; heightLines: number }) => ({
    left: `${((r.firstColumn - 1) / columns) * 100}%`,
    width: `${(r.columnSpan / columns) * 100}%`,
    top: `${((r.topLine - 1) / linesPerColumn) * 100}%`,
    height: `${(r.heightLines / linesPerColumn) * 100}%`,
  });
  return (
    <figure className="space-y-1">
      <figcaption className="text-sm text-stone-700">{t("preview")}</figcaption>
      <div className="relative w-full max-w-64 border border-stone-400 bg-paper" style={{ aspectRatio: "350 / 490" }} data-testid="template-preview">
        {Array.from({ length: columns - 1 }, (_, i) => (
          <div key={i} className="absolute inset-y-0 border-l border-dashed border-stone-300" style={{ left: `${((i + 1) / columns) * 100}%` }} />
        ))}
        {furniture.map((f) => (
          <div key={f.label} className="absolute flex items-center justify-center bg-stone-300/70 text-[10px] text-stone-700" style={box(f.rect)}>
            {f.label === "masthead" ? t("previewStrip") : t("previewFooter")}
          </div>
        ))}
        {draft.adSlots.map((s, i) => (
          <div key={i} className="absolute flex items-center justify-center overflow-hidden border border-press bg-red-50/80 p-0.5 text-center text-[10px] leading-tight text-press" style={box(s)} data-testid="preview-ad">
            <span data-content="">{s.label || t("slot", { n: i + 1 })}</span>
          </div>
        ))}
      </div>
    </figure>
  );
}
