/**
 * Where a proofreader's mark sits in the story text (三校, docs/PROOFING.md "Anchors"). A mark is made on the
 * proof against the text as it was then: a field (body paragraph, 主标题, 引题, 副题), a paragraph, a UTF-16
 * offset and the marked string itself. The text may change afterwards (another mark accepted, the editor's
 * own edits); the mark follows its string:
 * 1. the string still at its place → `exact`;
 * 2. else the occurrence of the string in the same text nearest to the old offset → `moved`;
 * 3. else (body only) the string in another paragraph, the nearest paragraph first, then the nearest offset
 *    → `moved` (a paragraph split or joined, or text moved);
 * 4. else `stale`: the string is gone (edited or deleted); the mark is shown as stale and cannot be applied.
 */

/** Which text of the story a mark is in (`proof_marks.field`). */
export const PROOF_FIELDS = ["body", "kicker", "headline", "subheadline"] as const;
export type ProofField = (typeof PROOF_FIELDS)[number];

export interface MarkAnchor {
  field: ProofField;
  /** index in the body paragraphs (0 for the head fields) */
  paragraph: number;
  /** UTF-16 offset of the marked string in that text */
  offset: number;
  marked: string;
}

/** The parts of a story's text a mark can be in. */
export interface AnchorableText {
  kicker: string | null;
  headline: string | null;
  subheadline: string | null;
  paragraphs: readonly string[];
}

export type AnchorPlace = { field: ProofField; paragraph: number; offset: number };
export type Anchored = ({ state: "exact" | "moved" } & AnchorPlace) | { state: "stale" };

/** The text of `field` (and `paragraph` for the body), or null when there is none. */
export function fieldText(text: AnchorableText, field: ProofField, paragraph: number): string | null {
  if (field === "body") return text.paragraphs[paragraph] ?? null;
  return text[field];
}

/** Every offset at which `needle` occurs in `hay` (overlapping occurrences included). */
function occurrences(hay: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = hay.indexOf(needle); at !== -1; at = hay.indexOf(needle, at + 1)) found.push(at);
  return found;
}

function nearest(offsets: number[], to: number): number | null {
  let best: number | null = null;
  for (const o of offsets) if (best === null || Math.abs(o - to) < Math.abs(best - to)) best = o;
  return best;
}

/** Where the mark is in `text` now (see the module comment). */
export function reanchor(text: AnchorableText, anchor: MarkAnchor): Anchored {
  const { field, paragraph, offset, marked } = anchor;
  if (marked === "") return { state: "stale" };
  const own = fieldText(text, field, paragraph);
  if (own !== null) {
    if (own.startsWith(marked, offset)) return { state: "exact", field, paragraph, offset };
    const near = nearest(occurrences(own, marked), offset);
    if (near !== null) return { state: "moved", field, paragraph, offset: near };
  }
  if (field !== "body") return { state: "stale" };
  const others = text.paragraphs
    .map((_, p) => p)
    .filter((p) => p !== paragraph)
    .sort((a, b) => Math.abs(a - paragraph) - Math.abs(b - paragraph) || a - b);
  for (const p of others) {
    const near = nearest(occurrences(text.paragraphs[p], marked), offset);
    if (near !== null) return { state: "moved", field, paragraph: p, offset: near };
  }
  return { state: "stale" };
}

/**
 * The text with the mark's correction applied at its (re-anchored) place: the story's kicker, headline,
 * subheadline and paragraphs, or null when the mark is stale.
 */
export function applyCorrection<T extends AnchorableText>(text: T, anchor: MarkAnchor, correction: string): (T & { at: AnchorPlace }) | null {
  const at = reanchor(text, anchor);
  if (at.state === "stale") return null;
  const own = fieldText(text, at.field, at.paragraph)!;
  const changed = own.slice(0, at.offset) + correction + own.slice(at.offset + anchor.marked.length);
  const place = { field: at.field, paragraph: at.paragraph, offset: at.offset };
  if (at.field === "body") {
    const paragraphs = [...text.paragraphs];
    paragraphs[at.paragraph] = changed;
    return { ...text, paragraphs, at: place };
  }
  return { ...text, [at.field]: changed, at: place };
}
