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

/** Where each saved paragraph begins in a one-paragraph-per-line text (the n-th non-blank line's trimmed start). */
function paragraphOffsets(text: string): number[] {
  const starts: number[] = [];
  let offset = 0;
  for (const line of text.split(/(\r\n|\r|\n)/)) {
    if (!/^(\r\n|\r|\n)$/.test(line) && line.trim() !== "") starts.push(offset + leadingSpace(line));
    offset += line.length;
  }
  return starts;
}

/**
 * The spans of many findings (or re-anchored proof marks) in one form, each paragraph offset computed once:
 * what the highlights need on every keystroke, where `formSpanOf` per finding would split the body each time.
 */
export function formSpanMapper(fields: EditorFields): (place: FindingPlace) => FormSpan | null {
  let body: number[] | undefined;
  const sidebarBodies = new Map<number, number[]>();
  const sidebarIndex: number[] = [];
  fields.sidebars.forEach((s, i) => {
    if (s.title.trim() !== "" || s.text.trim() !== "") sidebarIndex.push(i);
  });
  return (finding) => {
    let control: FormControl;
    let base: number | undefined;
    if (finding.field === "body") {
      control = { name: "body" };
      body ??= paragraphOffsets(fields.bodyText);
      base = body[finding.paragraph];
    } else if (finding.field === "sidebar") {
      const index = sidebarIndex[finding.paragraph];
      if (index === undefined) return null;
      const sidebar = fields.sidebars[index];
      if (finding.sidebarParagraph === null || finding.sidebarParagraph === undefined) {
        control = { name: "sidebarTitle", index };
        base = leadingSpace(sidebar.title);
      } else {
        control = { name: "sidebarBody", index };
        let starts = sidebarBodies.get(index);
        if (!starts) sidebarBodies.set(index, (starts = paragraphOffsets(sidebar.text)));
        base = starts[finding.sidebarParagraph];
      }
    } else {
      control = { name: finding.field };
      base = leadingSpace(fields[finding.field]);
    }
    if (base === undefined) return null;
    const start = base + finding.start;
    const end = base + finding.end;
    if (controlValue(fields, control).slice(start, end) !== finding.text) return null;
    return { control, start, end };
  };
}

/** The finding's span in the form as it is now, or null when the text there is no longer what was found. */
export function formSpanOf(fields: EditorFields, finding: FindingPlace): FormSpan | null {
  return formSpanMapper(fields)(finding);
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
