import { createHash } from "node:crypto";
import { revisionTextOf, type StoryText } from "./story-text";
import type { ReviewSheetEntry } from "./review/review-levels";

/** JSON with object keys in sorted order at every level, so equal content always gives equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value as Record<string, unknown>)
        .sort()
        .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
        .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

/** A 审稿单 line in the snapshot: the same fields in any order of the input. */
function reviewSheetLine(e: ReviewSheetEntry) {
  return { level: e.level, outcome: e.outcome, reviewerId: e.reviewerId, reviewer: e.reviewer, at: e.at, opinion: e.opinion, zi: e.zi, revision: e.revision };
}

/**
 * A 机检 block the chief let through (放行) on a story, as its 审稿单 shows it: the rule, the text as written, who
 * (id and name), when and why. The snapshot keeps them in the order they were let through.
 */
export interface SignedCheckOverride {
  rule: string;
  text: string;
  reason: string;
  byId: number;
  by: string;
  at: string;
}

/** An override line in the snapshot: the same fields in any order of the input. */
function checkOverrideLine(o: SignedCheckOverride) {
  return { rule: o.rule, text: o.text, reason: o.reason, byId: o.byId, by: o.by, at: o.at };
}

/** Fields only copied into the snapshot, whatever their type. */
type Copied<K extends string> = Record<K, unknown>;

/** What signing reads of a page: the page detail of db/queries/pages, described here so lib needs no db import. */
export interface PageToSign extends Copied<"publication" | "editionDate" | "number" | "name" | "responsibleEditorId" | "grid"> {
  id: number;
  elements: (Copied<
    | "kind"
    | "storyId"
    | "firstColumn"
    | "columnSpan"
    | "topLine"
    | "heightLines"
    | "textColumnSpan"
    | "headlineSize"
    | "locked"
    | "text"
    | "label"
    | "caption"
    | "continuedFromElementId"
    | "flowStart"
    | "jumpTo"
    | "jumpFrom"
  > & {
    id: number;
    story:
      | (StoryText & Copied<"version" | "kind" | "continues"> & { id: number })
      | null;
  })[];
}

export interface PageSnapshot {
  /** { elements, page, stories }, keys sorted at every level (stored as such). */
  content: unknown;
  /** sha256 (hex) of canonicalJson(content). */
  hash: string;
}

/**
 * What a signature covers: the page's identity and grid, every box as laid out (with its 转版 flow and
 * jump page numbers), and each story in a box at its version, with its full text — and, given `reviewSheets`
 * (三审, #12; signing gives them, the seed's printed page has none), each story's 审稿单 as it stood, oldest act
 * first, with the 机检 blocks the chief let through on it (`checkOverrides`, oldest first; left out when there are
 * none, so a story without overrides serializes as before). Nothing about who or when signs — so signing the same
 * page again, unchanged, gives the same hash (the review acts change only with a transition, which changes the
 * story's version too).
 */
export function pageSnapshot(
  page: PageToSign,
  {
    reviewSheets,
    checkOverrides,
  }: { reviewSheets?: ReadonlyMap<number, readonly ReviewSheetEntry[]>; checkOverrides?: ReadonlyMap<number, readonly SignedCheckOverride[]> } = {},
): PageSnapshot {
  const elements = [...page.elements]
    .sort((a, b) => a.id - b.id)
    .map((e) => ({
      id: e.id,
      kind: e.kind,
      storyId: e.storyId,
      firstColumn: e.firstColumn,
      columnSpan: e.columnSpan,
      topLine: e.topLine,
      heightLines: e.heightLines,
      textColumnSpan: e.textColumnSpan,
      headlineSize: e.headlineSize,
      locked: e.locked,
      text: e.text,
      label: e.label,
      caption: e.caption,
      continuedFromElementId: e.continuedFromElementId,
      flowStart: e.flowStart,
      jumpTo: e.jumpTo,
      jumpFrom: e.jumpFrom,
    }));
  const storiesById = new Map(page.elements.flatMap((e) => (e.story ? [[e.story.id, e.story] as const] : [])));
  const stories = [...storiesById.values()]
    .sort((a, b) => a.id - b.id)
    .map((s) => ({
      id: s.id,
      version: s.version,
      kind: s.kind,
      ...revisionTextOf(s),
      continues: s.continues,
      ...(reviewSheets ? { reviewSheet: (reviewSheets.get(s.id) ?? []).map(reviewSheetLine) } : {}),
      ...(checkOverrides?.get(s.id)?.length ? { checkOverrides: checkOverrides.get(s.id)!.map(checkOverrideLine) } : {}),
    }));
  const content = {
    page: {
      id: page.id,
      publication: page.publication,
      editionDate: page.editionDate,
      number: page.number,
      name: page.name,
      responsibleEditorId: page.responsibleEditorId,
      grid: page.grid,
    },
    elements,
    stories,
  };
  const text = canonicalJson(content);
  return { content: JSON.parse(text), hash: createHash("sha256").update(text).digest("hex") };
}
