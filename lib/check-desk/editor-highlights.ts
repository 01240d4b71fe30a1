/**
 * What the story editor highlights inside its fields (docs/CHECK.md "Highlights in the text"): every open 机检
 * finding (block, warn) and every open proof mark, as ranges per form control, computed from the text in the form
 * now. Findings come from the live check (their offsets are in the saved shape: `formSpanMapper` maps them and
 * drops one whose text was typed away since the check ran); proof marks are re-anchored against the form's content
 * (lib/proofing/anchor.ts), so a mark follows its string and a mark whose string is gone is stale — listed, never
 * highlighted. Nothing here runs the checker. Pure.
 */
import type { Finding } from "@/lib/check/types";
import { reanchor, type AnchorableText, type ProofField } from "@/lib/proofing/anchor";
import type { DraftContent, EditorFields } from "@/lib/story-draft";
import { formSpanMapper, type FormControl } from "./editor-spans";
import type { FindingStatus } from "./finding-status";

export type HighlightKind = "block" | "warn" | "mark";

/** One highlighted span of a control's value (UTF-16 offsets, end exclusive). */
export interface HighlightRange {
  /** `finding:<key>` or `mark:<id>` */
  id: string;
  kind: HighlightKind;
  start: number;
  end: number;
}

/** The parts of a proof mark the highlights read (the API's mark view has them). */
export interface HighlightMark {
  id: number;
  state: string;
  field: string;
  paragraph: number;
  offset: number;
  marked: string;
}

type HighlightFinding = Pick<Finding, "key" | "severity" | "field" | "paragraph" | "sidebarParagraph" | "start" | "end" | "text"> & { status: FindingStatus };

export const findingHighlightId = (key: string) => `finding:${key}`;
export const markHighlightId = (id: number) => `mark:${id}`;

/** A control's key in the highlight map: `kicker`, `body`, `sidebarTitle:0`, `sidebarBody:1` … */
export function controlKey(control: FormControl): string {
  return control.name === "sidebarTitle" || control.name === "sidebarBody" ? `${control.name}:${control.index}` : control.name;
}

/** A story's text as the proof-mark anchors read it. */
export function anchorableText(content: Pick<DraftContent, "kicker" | "headline" | "subheadline" | "body">): AnchorableText {
  return { kicker: content.kicker, headline: content.headline, subheadline: content.subheadline, paragraphs: content.body };
}

export interface EditorHighlights {
  /** per control key, sorted by start */
  controls: Map<string, HighlightRange[]>;
  /** open marks whose string is gone (stale): not highlighted */
  staleMarks: number[];
}

const byStart = (a: HighlightRange, b: HighlightRange) => a.start - b.start || b.end - a.end;

/**
 * The highlights of the form `fields` (whose saved shape is `content`): open findings and open, re-anchored marks.
 * Dismissed warnings and overridden blocks are not highlighted (the panel lists them, greyed).
 */
export function editorHighlights(fields: EditorFields, content: DraftContent, findings: readonly HighlightFinding[], marks: readonly HighlightMark[]): EditorHighlights {
  const spanOf = formSpanMapper(fields);
  const controls = new Map<string, HighlightRange[]>();
  const add = (control: FormControl, range: HighlightRange) => {
    const key = controlKey(control);
    const list = controls.get(key);
    if (list) list.push(range);
    else controls.set(key, [range]);
  };
  for (const f of findings) {
    if (f.status !== "open" || f.end <= f.start) continue;
    const span = spanOf(f);
    if (span) add(span.control, { id: findingHighlightId(f.key), kind: f.severity, start: span.start, end: span.end });
  }
  const staleMarks: number[] = [];
  const text = anchorableText(content);
  for (const m of marks) {
    if (m.state !== "open") continue;
    const at = reanchor(text, { field: m.field as ProofField, paragraph: m.paragraph, offset: m.offset, marked: m.marked });
    const span = at.state === "stale" ? null : spanOf({ field: at.field, paragraph: at.paragraph, start: at.offset, end: at.offset + m.marked.length, text: m.marked });
    if (span) add(span.control, { id: markHighlightId(m.id), kind: "mark", start: span.start, end: span.end });
    else staleMarks.push(m.id);
  }
  for (const list of controls.values()) list.sort(byStart);
  return { controls, staleMarks };
}

/** Where a finding or a mark sits in the saved text (the read view's paragraphs): `headline`, `body:2`, `sidebar:0:t`, `sidebar:0:3`. */
export function placeKey(field: string, paragraph: number, sidebarParagraph?: number | null): string {
  if (field === "body") return `body:${paragraph}`;
  if (field === "sidebar") return `sidebar:${paragraph}:${sidebarParagraph === null || sidebarParagraph === undefined ? "t" : sidebarParagraph}`;
  return field;
}

/**
 * The same highlights over the saved text as the read view shows it (one element per head field and paragraph):
 * the server's findings as they are, the open marks re-anchored against `text`.
 */
export function savedTextHighlights(text: AnchorableText, findings: readonly HighlightFinding[], marks: readonly HighlightMark[]): Map<string, HighlightRange[]> {
  const places = new Map<string, HighlightRange[]>();
  const add = (key: string, range: HighlightRange) => {
    const list = places.get(key);
    if (list) list.push(range);
    else places.set(key, [range]);
  };
  for (const f of findings) {
    if (f.status === "open" && f.end > f.start) add(placeKey(f.field, f.paragraph, f.sidebarParagraph), { id: findingHighlightId(f.key), kind: f.severity, start: f.start, end: f.end });
  }
  for (const m of marks) {
    if (m.state !== "open") continue;
    const at = reanchor(text, { field: m.field as ProofField, paragraph: m.paragraph, offset: m.offset, marked: m.marked });
    if (at.state !== "stale") add(placeKey(at.field, at.paragraph), { id: markHighlightId(m.id), kind: "mark", start: at.offset, end: at.offset + m.marked.length });
  }
  for (const list of places.values()) list.sort(byStart);
  return places;
}

/** A piece of a text and the ranges that cover it (none: plain text). */
export interface HighlightSegment {
  start: number;
  end: number;
  ranges: HighlightRange[];
}

/**
 * The text cut at every range boundary, so overlapping ranges (a mark over a finding, a finding inside another)
 * render as flat pieces: each piece knows every range over it. Ranges past the text's end are clipped, empty
 * ones dropped. The pieces cover the whole text in order.
 */
export function highlightSegments(length: number, ranges: readonly HighlightRange[]): HighlightSegment[] {
  const clip = (n: number) => Math.max(0, Math.min(n, length));
  const live = ranges.filter((r) => clip(r.end) > clip(r.start)).sort((a, b) => clip(a.start) - clip(b.start));
  if (live.length === 0) return length > 0 ? [{ start: 0, end: length, ranges: [] }] : [];
  const cuts = [...new Set([0, length, ...live.flatMap((r) => [clip(r.start), clip(r.end)])])].sort((a, b) => a - b);
  const segments: HighlightSegment[] = [];
  let active: HighlightRange[] = [];
  let next = 0;
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i];
    const end = cuts[i + 1];
    active = active.filter((r) => clip(r.end) > start);
    while (next < live.length && clip(live[next].start) <= start) active.push(live[next++]);
    const last = segments[segments.length - 1];
    // Plain pieces next to each other are one.
    if (last && last.ranges.length === 0 && active.length === 0) last.end = end;
    else segments.push({ start, end, ranges: active });
  }
  return segments;
}

/** The ranges the caret (or the selection start…end) is inside of, innermost first. */
export function rangesAtCaret(ranges: readonly HighlightRange[], selectionStart: number, selectionEnd: number): HighlightRange[] {
  return ranges.filter((r) => r.start <= selectionStart && selectionEnd <= r.end).sort((a, b) => a.end - a.start - (b.end - b.start));
}

/** Whether two range lists are the same (so a field whose highlights did not change keeps its drawn mirror). */
export function sameRanges(a: readonly HighlightRange[], b: readonly HighlightRange[]): boolean {
  return a === b || (a.length === b.length && a.every((r, i) => r.id === b[i].id && r.start === b[i].start && r.end === b[i].end && r.kind === b[i].kind));
}
