/**
 * 机检 (#12): the pure machine check. Runs in the browser and on the server (no Node-only imports).
 * See docs/CHECK.md.
 */
import type { CheckField, CheckTerm, Finding } from "./types";

export type * from "./types";

/** The word lists compiled for matching (opaque to callers; build once per lists version). */
export interface CompiledCheckLists {
  readonly size: number;
}

export function compileCheckLists(terms: CheckTerm[]): CompiledCheckLists {
  return { size: terms.length };
}

export function checkFields(fields: CheckField[], lists: CompiledCheckLists): Finding[] {
  void fields;
  void lists;
  return [];
}

export interface StoryCheckInput {
  kicker: string | null;
  headline: string | null;
  subheadline: string | null;
  body: string[];
  /** as in db/schema.ts sidebars (title, paragraphs) */
  sidebars?: { title?: string | null; paragraphs: string[] }[];
}

/** The fields of a story in reading order: heads, body paragraphs, then each sidebar's title and paragraphs. */
export function storyCheckFields(story: StoryCheckInput): CheckField[] {
  const fields: CheckField[] = [];
  if (story.kicker) fields.push({ field: "kicker", paragraph: 0, text: story.kicker });
  if (story.headline) fields.push({ field: "headline", paragraph: 0, text: story.headline });
  if (story.subheadline) fields.push({ field: "subheadline", paragraph: 0, text: story.subheadline });
  story.body.forEach((text, i) => fields.push({ field: "body", paragraph: i, text }));
  (story.sidebars ?? []).forEach((s, i) => {
    if (s.title) fields.push({ field: "sidebar", paragraph: i, sidebarParagraph: null, text: s.title });
    s.paragraphs.forEach((text, j) => fields.push({ field: "sidebar", paragraph: i, sidebarParagraph: j, text }));
  });
  return fields;
}
