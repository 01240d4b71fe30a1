/**
 * Where a finding of the machine check sits in the story editor's form, and a suggestion applied as a normal
 * edit. Findings are offsets in the saved shape of the text (lib/check storyCheckFields over
 * contentFromFields: single lines trimmed, body one trimmed paragraph per non-blank line, empty sidebars left
 * out); the form holds what was typed, so the offsets are mapped back here. Pure.
 */
import type { Finding } from "@/lib/check/types";
import type { EditorFields } from "@/lib/story-draft";

export type FormControl =
  | { name: "kicker" | "headline" | "subheadline" | "body" }
  | { name: "sidebarTitle" | "sidebarBody"; index: number };

/** A span in one control's value (UTF-16 offsets, end exclusive). */
export interface FormSpan {
  control: FormControl;
  start: number;
  end: number;
}

type FindingPlace = Pick<Finding, "field" | "paragraph" | "sidebarParagraph" | "start" | "end" | "text">;

const leadingSpace = (s: string) => s.length - s.trimStart().length;

/** The offset in `text` (one paragraph per line) where the n-th non-blank line's trimmed text begins. */
function paragraphOffset(text: string, n: number): number | null {
  let offset = 0;
  let seen = 0;
  for (const line of text.split(/(\r\n|\r|\n)/)) {
    if (/^(\r\n|\r|\n)$/.test(line)) {
      offset += line.length;
      continue;
    }
    if (line.trim() !== "") {
      if (seen === n) return offset + leadingSpace(line);
      seen += 1;
    }
    offset += line.length;
  }
  return null;
}

/** The form sidebar that is the n-th sidebar of the saved content (sidebars with no title and no text are not saved). */
function formSidebarIndex(fields: EditorFields, n: number): number | null {
  let seen = 0;
  for (let i = 0; i < fields.sidebars.length; i++) {
    const s = fields.sidebars[i];
    if (s.title.trim() === "" && s.text.trim() === "") continue;
    if (seen === n) return i;
    seen += 1;
  }
  return null;
}

export function controlValue(fields: EditorFields, control: FormControl): string {
  switch (control.name) {
    case "kicker":
    case "headline":
    case "subheadline":
      return fields[control.name];
    case "body":
      return fields.bodyText;
    case "sidebarTitle":
      return fields.sidebars[control.index]?.title ?? "";
    case "sidebarBody":
      return fields.sidebars[control.index]?.text ?? "";
  }
}

/** The finding's span in the form as it is now, or null when the text there is no longer what was found. */
export function formSpanOf(fields: EditorFields, finding: FindingPlace): FormSpan | null {
  let control: FormControl;
  let base: number | null;
  if (finding.field === "body") {
    control = { name: "body" };
    base = paragraphOffset(fields.bodyText, finding.paragraph);
  } else if (finding.field === "sidebar") {
    const index = formSidebarIndex(fields, finding.paragraph);
    if (index === null) return null;
    const sidebar = fields.sidebars[index];
    if (finding.sidebarParagraph === null || finding.sidebarParagraph === undefined) {
      control = { name: "sidebarTitle", index };
      base = leadingSpace(sidebar.title);
    } else {
      control = { name: "sidebarBody", index };
      base = paragraphOffset(sidebar.text, finding.sidebarParagraph);
    }
  } else {
    control = { name: finding.field };
    base = leadingSpace(fields[finding.field]);
  }
  if (base === null) return null;
  const start = base + finding.start;
  const end = base + finding.end;
  if (controlValue(fields, control).slice(start, end) !== finding.text) return null;
  return { control, start, end };
}

function withControlValue(fields: EditorFields, control: FormControl, value: string): EditorFields {
  switch (control.name) {
    case "kicker":
    case "headline":
    case "subheadline":
      return { ...fields, [control.name]: value };
    case "body":
      return { ...fields, bodyText: value };
    case "sidebarTitle":
      return { ...fields, sidebars: fields.sidebars.map((s, i) => (i === control.index ? { ...s, title: value } : s)) };
    case "sidebarBody":
      return { ...fields, sidebars: fields.sidebars.map((s, i) => (i === control.index ? { ...s, text: value } : s)) };
  }
}

/** The form with the finding's text replaced by its suggestion; null when there is none or the text moved on. */
export function applySuggestion(fields: EditorFields, finding: FindingPlace & Pick<Finding, "suggestion">): EditorFields | null {
  if (finding.suggestion === null) return null;
  const span = formSpanOf(fields, finding);
  if (!span) return null;
  const value = controlValue(fields, span.control);
  return withControlValue(fields, span.control, value.slice(0, span.start) + finding.suggestion + value.slice(span.end));
}
