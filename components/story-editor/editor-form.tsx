"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useId, type ReactNode } from "react";
import { HighlightedField } from "@/components/highlights/highlighted-field";
import type { HighlightRange } from "@/lib/check-desk/editor-highlights";
import type { EditorFields } from "@/lib/story-draft";
import { BYLINE_ROLES, type BylineRole } from "@/lib/story-kinds";
import { fetchStaff, storyKeys, type StaffPerson } from "./api";

const input =
  "w-full rounded border border-stone-300 bg-white px-3 py-2 focus:border-stone-600 focus:outline-none focus:ring-1 focus:ring-stone-400 disabled:bg-stone-50";
// The highlighted fields split the same look: where the characters sit (the mirror shares it) and the colours.
const box = "w-full rounded border px-3 py-2";
const look = "border-stone-300 focus:border-stone-600 focus:outline-none focus:ring-1 focus:ring-stone-400";
const smallButton = "rounded border border-stone-300 px-2 py-1 text-xs text-stone-700 hover:bg-stone-100 disabled:opacity-50";

/** A staff person's byline role: staff reporters by default, people without a login as correspondents. */
function defaultRole(person: StaffPerson | undefined): BylineRole {
  return person && person.userId === null ? "correspondent" : "reporter";
}

/** What the caret is inside of, said under the field (the editing session knows the findings and marks). */
export type HighlightTip = (at: HighlightRange[], placeCaret: (offset: number) => void) => ReactNode;

function LineField({
  name,
  label,
  value,
  onChange,
  disabled,
  className = "",
  ranges,
  tip,
}: {
  name: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  disabled: boolean;
  className?: string;
  ranges?: readonly HighlightRange[];
  tip?: HighlightTip;
}) {
  const id = useId();
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-xs font-medium text-stone-600">
        {label}
      </label>
      {tip ? (
        <HighlightedField id={id} testId={`field-${name}`} value={value} disabled={disabled} onChange={onChange} box={`${box} ${className}`} look={look} ranges={ranges} tip={tip} />
      ) : (
        <input id={id} data-testid={`field-${name}`} value={value} disabled={disabled} onChange={(e) => onChange(e.target.value)} className={`${input} ${className}`} />
      )}
    </div>
  );
}

/**
 * The story's text as the writer edits it: head block, byline people, body (one paragraph per line)
 * and sidebars. Controlled; every change goes to `onChange` (which autosaves). `highlights` (per control key,
 * lib/check-desk/editor-highlights.ts) are drawn inside the heads, the body and the sidebars, and `tip` names
 * the one the caret is in.
 */
export function EditorForm({
  fields,
  onChange,
  disabled,
  highlights,
  tip,
}: {
  fields: EditorFields;
  onChange: (next: EditorFields) => void;
  disabled: boolean;
  highlights?: ReadonlyMap<string, HighlightRange[]>;
  tip?: HighlightTip;
}) {
  const t = useTranslations();
  const ids = useId();
  const staff = useQuery({ queryKey: storyKeys.staff, queryFn: fetchStaff, staleTime: 5 * 60_000 });
  const people = staff.data ?? [];
  const set = <K extends keyof EditorFields>(key: K, value: EditorFields[K]) => onChange({ ...fields, [key]: value });

  function setBylineName(i: number, name: string) {
    const person = people.find((p) => p.name === name.trim());
    const bylines = fields.bylines.map((b, j) => {
      if (j !== i) return b;
      if (!person) return { name, role: b.role };
      // Picking a person sets their role only on a fresh row; a chosen role stays.
      return { personId: person.personId, name, role: b.name.trim() === "" && b.personId === undefined ? defaultRole(person) : b.role };
    });
    set("bylines", bylines);
  }

  return (
    <fieldset disabled={disabled} className="space-y-5" data-testid="editor-form">
      <div className="space-y-3">
        <LineField name="kicker" label={t("field.kicker")} value={fields.kicker} onChange={(v) => set("kicker", v)} disabled={disabled} className="text-center" ranges={highlights?.get("kicker")} tip={tip} />
        <LineField
          name="headline"
          label={t("field.headline")}
          value={fields.headline}
          onChange={(v) => set("headline", v)}
          disabled={disabled}
          className="text-center font-serif text-2xl font-bold"
          ranges={highlights?.get("headline")}
          tip={tip}
        />
        <LineField
          name="subheadline"
          label={t("field.subheadline")}
          value={fields.subheadline}
          onChange={(v) => set("subheadline", v)}
          disabled={disabled}
          className="text-center"
          ranges={highlights?.get("subheadline")}
          tip={tip}
        />
      </div>

      <div>
        <div className="mb-1 flex items-baseline justify-between">
          <span className="text-xs font-medium text-stone-600" id={`${ids}-bylines`}>
            {t("story.byline")}
          </span>
          <span className="text-xs text-stone-500">{t("field.bylineHint")}</span>
        </div>
        <datalist id={`${ids}-people`}>
          {people.map((p) => (
            <option key={p.personId} value={p.name} />
          ))}
        </datalist>
        <ul className="space-y-2" aria-labelledby={`${ids}-bylines`} data-testid="bylines">
          {fields.bylines.map((b, i) => (
            <li key={i} className="flex items-end gap-2" data-testid="byline-row">
              <div className="flex-1">
                <label htmlFor={`${ids}-bn-${i}`} className="sr-only">
                  {t("story.bylinePerson")} {i + 1}
                </label>
                <input
                  id={`${ids}-bn-${i}`}
                  list={`${ids}-people`}
                  data-testid={`byline-name-${i}`}
                  value={b.name}
                  placeholder={t("story.bylinePerson")}
                  onChange={(e) => setBylineName(i, e.target.value)}
                  className={input}
                  autoComplete="off"
                />
              </div>
              <div>
                <label htmlFor={`${ids}-br-${i}`} className="sr-only">
                  {t("field.bylineRole")} {i + 1}
                </label>
                <select
                  id={`${ids}-br-${i}`}
                  data-testid={`byline-role-${i}`}
                  value={b.role}
                  onChange={(e) => set("bylines", fields.bylines.map((x, j) => (j === i ? { ...x, role: e.target.value as BylineRole } : x)))}
                  className="rounded border border-stone-300 bg-white px-2 py-2 text-sm"
                >
                  {BYLINE_ROLES.map((r) => (
                    <option key={r} value={r}>
                      {t(`bylineRole.${r}`)}
                    </option>
                  ))}
                </select>
              </div>
              <button
                type="button"
                className={`${smallButton} mb-1.5`}
                onClick={() => set("bylines", fields.bylines.filter((_, j) => j !== i))}
                aria-label={`${t("field.removeByline")} ${i + 1}`}
              >
                ✕
              </button>
            </li>
          ))}
          {fields.bylines.length === 0 && <li className="text-sm text-stone-500">{t("field.noBylines")}</li>}
        </ul>
        <button type="button" className={`${smallButton} mt-2`} onClick={() => set("bylines", [...fields.bylines, { name: "", role: "reporter" }])}>
          + {t("field.addByline")}
        </button>
      </div>

      <LineField name="dateline" label={t("field.dateline")} value={fields.dateline} onChange={(v) => set("dateline", v)} disabled={disabled} className="max-w-xs" />

      <div>
        <label htmlFor={`${ids}-body`} className="mb-1 block text-xs font-medium text-stone-600">
          {t("field.body")}
        </label>
        <HighlightedField
          multiline
          id={`${ids}-body`}
          testId="field-body"
          describedBy={`${ids}-body-hint`}
          value={fields.bodyText}
          onChange={(v) => set("bodyText", v)}
          rows={18}
          disabled={disabled}
          box={`${box} min-h-[24rem] font-serif text-[17px] leading-8`}
          look={look}
          ranges={highlights?.get("body")}
          tip={tip}
        />
        <p id={`${ids}-body-hint`} className="mt-1 text-xs text-stone-500">
          {t("field.bodyHint")}
        </p>
      </div>

      <div>
        <div className="mb-2 text-xs font-medium text-stone-600">{t("field.sidebars")}</div>
        <div className="space-y-3">
          {fields.sidebars.map((sb, i) => (
            <div key={i} className="rounded border-2 border-stone-300 p-3" data-testid="sidebar-editor">
              <div className="flex items-end gap-2">
                <div className="flex-1">
                  <label htmlFor={`${ids}-st-${i}`} className="mb-1 block text-xs text-stone-600">
                    {t("field.sidebarTitle")}
                  </label>
                  <HighlightedField
                    id={`${ids}-st-${i}`}
                    testId={`sidebar-title-${i}`}
                    value={sb.title}
                    onChange={(v) => set("sidebars", fields.sidebars.map((x, j) => (j === i ? { ...x, title: v } : x)))}
                    disabled={disabled}
                    box={`${box} font-bold`}
                    look={look}
                    ranges={highlights?.get(`sidebarTitle:${i}`)}
                    tip={tip}
                  />
                </div>
                <button type="button" className={`${smallButton} mb-1.5`} onClick={() => set("sidebars", fields.sidebars.filter((_, j) => j !== i))}>
                  {t("field.removeSidebar")}
                </button>
              </div>
              <label htmlFor={`${ids}-sb-${i}`} className="mt-2 mb-1 block text-xs text-stone-600">
                {t("field.sidebarBody")}
              </label>
              <HighlightedField
                multiline
                id={`${ids}-sb-${i}`}
                testId={`sidebar-body-${i}`}
                value={sb.text}
                onChange={(v) => set("sidebars", fields.sidebars.map((x, j) => (j === i ? { ...x, text: v } : x)))}
                rows={5}
                disabled={disabled}
                box={`${box} font-serif text-[15px] leading-7`}
                look={look}
                ranges={highlights?.get(`sidebarBody:${i}`)}
                tip={tip}
              />
            </div>
          ))}
        </div>
        <button
          type="button"
          className={`${smallButton} mt-2`}
          onClick={() => set("sidebars", [...fields.sidebars, { title: t("field.sidebarDefaultTitle"), text: "" }])}
        >
          + {t("field.addSidebar")}
        </button>
      </div>
    </fieldset>
  );
}
