/**
 * Story text as the editor holds it while someone types (DESIGN.md "Stories": autosave, 409 merge,
 * "nothing typed is ever lost"). Pure: the editor components, the autosave hook and the tests use it.
 *
 * - Body text in the editor is one textarea, **one paragraph per line**: a newline ends a paragraph,
 *   blank lines are ignored, and each paragraph is trimmed (the 2-字 indent is typographic, not typed).
 * - Content is compared after normalising (trimmed single lines, blank → null, bylines by name and
 *   role only — the server's copy in a 409 carries no person ids).
 * - A local draft (`newsdesk:draft:<storyId>`) keeps the text, the version it was based on and the
 *   server text at that version, so a later merge is three-way.
 */
import { diffChars } from "./diff/char-diff";
import type { StoryByline, StorySidebar, StoryText } from "./story-text";

/** The text as the editor holds it and a save sends it (PATCH /api/stories/:id `content`): the story text. */
export type DraftContent = StoryText;

/** What the form edits: plain strings, body and sidebar text as one paragraph per line. */
export interface EditorFields {
  kicker: string;
  headline: string;
  subheadline: string;
  dateline: string;
  bodyText: string;
  sidebars: { title: string; text: string }[];
  bylines: StoryByline[];
}

export const SINGLE_LINE_FIELDS = ["kicker", "headline", "subheadline", "dateline"] as const;
export type SingleLineField = (typeof SINGLE_LINE_FIELDS)[number];

// ── Paragraphs ──────────────────────────────────────────────────────────────

/** One paragraph per line; blank lines dropped; each paragraph trimmed (incl. U+3000). */
export function splitParagraphs(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((p) => p.trim())
    .filter((p) => p !== "");
}

export function joinParagraphs(paragraphs: readonly string[]): string {
  return paragraphs.join("\n");
}

// ── Normalising and comparing ───────────────────────────────────────────────

/** A single-line field as stored: trimmed, line breaks folded to a space, blank → null. */
export function normalizeLine(value: string | null | undefined): string | null {
  const line = (value ?? "").replace(/[\r\n]+/g, " ").trim();
  return line === "" ? null : line;
}

function normalizeParagraphs(paragraphs: readonly string[]): string[] {
  return paragraphs.map((p) => p.trim()).filter((p) => p !== "");
}

/** Any content-shaped value (the story from the API, a revision, a 409 `current`) as DraftContent. */
export function toDraftContent(c: StoryText): DraftContent {
  return {
    kicker: normalizeLine(c.kicker),
    headline: normalizeLine(c.headline),
    subheadline: normalizeLine(c.subheadline),
    dateline: normalizeLine(c.dateline),
    body: normalizeParagraphs(c.body),
    sidebars: c.sidebars.map((s) => ({ title: s.title.trim(), paragraphs: normalizeParagraphs(s.paragraphs) })),
    bylines: c.bylines
      .filter((b) => b.name.trim() !== "")
      .map((b) => ({
        ...(typeof b.personId === "number" ? { personId: b.personId } : {}),
        name: b.name.trim(),
        role: b.role,
      })),
  };
}

function comparable(c: DraftContent) {
  return { ...c, bylines: c.bylines.map((b) => ({ name: b.name, role: b.role })) };
}

/** Same text, headlines, sidebars and byline names/roles (person ids are not compared). */
export function contentEquals(a: DraftContent, b: DraftContent): boolean {
  return JSON.stringify(comparable(a)) === JSON.stringify(comparable(b));
}

// ── Form fields ─────────────────────────────────────────────────────────────

export function fieldsFromContent(c: DraftContent): EditorFields {
  return {
    kicker: c.kicker ?? "",
    headline: c.headline ?? "",
    subheadline: c.subheadline ?? "",
    dateline: c.dateline ?? "",
    bodyText: joinParagraphs(c.body),
    sidebars: c.sidebars.map((s) => ({ title: s.title, text: joinParagraphs(s.paragraphs) })),
    bylines: c.bylines.map((b) => ({ ...b })),
  };
}

/** The content a form holds. A sidebar with neither title nor text and a byline without a name are left out. */
export function contentFromFields(f: EditorFields): DraftContent {
  return {
    kicker: normalizeLine(f.kicker),
    headline: normalizeLine(f.headline),
    subheadline: normalizeLine(f.subheadline),
    dateline: normalizeLine(f.dateline),
    body: splitParagraphs(f.bodyText),
    sidebars: f.sidebars
      .map((s) => ({ title: s.title.trim(), paragraphs: splitParagraphs(s.text) }))
      .filter((s) => s.title !== "" || s.paragraphs.length > 0),
    bylines: f.bylines
      .filter((b) => b.name.trim() !== "")
      .map((b) => ({ ...(b.personId ? { personId: b.personId } : {}), name: b.name.trim(), role: b.role })),
  };
}

export type ContentIssue = "sidebarTitleMissing";

/** Problems the server would refuse with 400, caught before saving. */
export function contentIssues(c: DraftContent): ContentIssue[] {
  return c.sidebars.some((s) => s.title === "") ? ["sidebarTitleMissing"] : [];
}

// ── Local drafts ────────────────────────────────────────────────────────────

export interface StoredDraft {
  storyId: number;
  /** The server version the text was based on. */
  baseVersion: number;
  /** The server's content at baseVersion (for a three-way merge). */
  base: DraftContent;
  content: DraftContent;
  savedAt: string;
}

export function draftKey(storyId: number): string {
  return `newsdesk:draft:${storyId}`;
}

export function serializeDraft(draft: StoredDraft): string {
  return JSON.stringify({ v: 1, ...draft });
}

const isStr = (v: unknown): v is string => typeof v === "string";
const isLine = (v: unknown) => v === null || isStr(v);
const isStrArray = (v: unknown): v is string[] => Array.isArray(v) && v.every(isStr);

function isDraftContent(v: unknown): v is DraftContent {
  if (!v || typeof v !== "object") return false;
  const c = v as Record<string, unknown>;
  return (
    isLine(c.kicker) &&
    isLine(c.headline) &&
    isLine(c.subheadline) &&
    isLine(c.dateline) &&
    isStrArray(c.body) &&
    Array.isArray(c.sidebars) &&
    c.sidebars.every((s) => s && typeof s === "object" && isStr(s.title) && isStrArray(s.paragraphs)) &&
    Array.isArray(c.bylines) &&
    c.bylines.every((b) => b && typeof b === "object" && isStr(b.name) && isStr(b.role))
  );
}

/** A stored draft, or null when there is none or it is unreadable (another format, hand-edited). */
export function parseDraft(raw: string | null, storyId: number): StoredDraft | null {
  if (!raw) return null;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!data || typeof data !== "object") return null;
  const d = data as Record<string, unknown>;
  if (d.v !== 1 || d.storyId !== storyId || typeof d.baseVersion !== "number" || !isStr(d.savedAt)) return null;
  if (!isDraftContent(d.base) || !isDraftContent(d.content)) return null;
  return { storyId, baseVersion: d.baseVersion, base: toDraftContent(d.base), content: toDraftContent(d.content), savedAt: d.savedAt };
}

/** What to do with a draft found on load: nothing, drop it (the server already has that text), or offer it. */
export function draftOnLoad(draft: StoredDraft | null, server: DraftContent): "none" | "discard" | "offer" {
  if (!draft) return "none";
  return contentEquals(draft.content, server) ? "discard" : "offer";
}

// ── Merging ─────────────────────────────────────────────────────────────────

/** Paragraphs as single code points (private-use planes), so the character diff aligns whole paragraphs. */
function paragraphCodes(dict: Map<string, number>, paragraphs: readonly string[]): string {
  return paragraphs
    .map((p) => {
      let id = dict.get(p);
      if (id === undefined) {
        id = dict.size;
        dict.set(p, id);
      }
      return String.fromCodePoint(id < 0xfffe ? 0xf0000 + id : 0x100000 + (id - 0xfffe));
    })
    .join("");
}

/** Which paragraph of `b` each paragraph of `a` is (-1: none), by a minimal diff; duplicates are matched in order. */
function alignParagraphs(a: readonly string[], b: readonly string[], dict: Map<string, number>) {
  const aToB = new Array<number>(a.length).fill(-1);
  const bToA = new Array<number>(b.length).fill(-1);
  let i = 0;
  let j = 0;
  for (const part of diffChars(paragraphCodes(dict, a), paragraphCodes(dict, b))) {
    const n = Array.from(part.text).length;
    if (part.op === "equal") {
      for (let k = 0; k < n; k++) {
        aToB[i + k] = j + k;
        bToA[j + k] = i + k;
      }
      i += n;
      j += n;
    } else if (part.op === "delete") i += n;
    else j += n;
  }
  return { aToB, bToA };
}

/**
 * Body paragraphs after a conflict: the server's paragraphs in the server's order, plus the user's
 * paragraphs that the server copy does not have, at their place in the user's copy (after the
 * server's own new paragraphs at the same place). Paragraphs are aligned by a minimal diff, so a
 * repeated paragraph is never swallowed. With `base` (the text both started from) it is three-way: a
 * paragraph the user removed or rewrote is dropped from the server's list, and one the server removed
 * is not brought back. When both rewrote one paragraph, both versions stay (the server's first) for
 * the editor to settle — nothing typed is lost.
 */
export function mergeParagraphs(server: readonly string[], mine: readonly string[], base?: readonly string[]): string[] {
  const dict = new Map<string, number>();
  const sm = alignParagraphs(server, mine, dict);
  const bs = base ? alignParagraphs(base, server, dict) : null;
  const bm = base ? alignParagraphs(base, mine, dict) : null;
  // Server paragraph j is the base's unchanged, and the user's copy no longer has it.
  const removedByUser = (j: number) => bs !== null && bm !== null && bs.bToA[j] !== -1 && bm.aToB[bs.bToA[j]] === -1;
  // The user's paragraph k is the base's unchanged, and the server's copy no longer has it.
  const removedByServer = (k: number) => bs !== null && bm !== null && bm.bToA[k] !== -1 && bs.aToB[bm.bToA[k]] === -1;

  const result: string[] = [];
  let j = 0;
  let k = 0;
  while (j < server.length || k < mine.length) {
    if (j < server.length && sm.aToB[j] === -1) {
      if (!removedByUser(j)) result.push(server[j]);
      j += 1;
    } else if (k < mine.length && sm.bToA[k] === -1) {
      if (!removedByServer(k)) result.push(mine[k]);
      k += 1;
    } else {
      result.push(server[j]); // the same paragraph in both
      j += 1;
      k += 1;
    }
  }
  return result;
}

function threeWay<T>(server: T, mine: T, base: T | undefined, same: (a: T, b: T) => boolean): { value: T; conflict: boolean } {
  if (same(server, mine)) return { value: server, conflict: false };
  if (base !== undefined && same(mine, base)) return { value: server, conflict: false };
  if (base !== undefined && same(server, base)) return { value: mine, conflict: false };
  return { value: mine, conflict: true };
}

const sameJson = <T>(a: T, b: T) => JSON.stringify(a) === JSON.stringify(b);

function mergeSidebars(server: StorySidebar[], mine: StorySidebar[], base?: StorySidebar[]): StorySidebar[] {
  const byTitle = (list: StorySidebar[] | undefined, title: string) => list?.find((s) => s.title === title);
  const merged = server.map((s) => {
    const m = byTitle(mine, s.title);
    return m ? { title: s.title, paragraphs: mergeParagraphs(s.paragraphs, m.paragraphs, byTitle(base, s.title)?.paragraphs) } : s;
  });
  for (const m of mine) {
    if (byTitle(server, m.title)) continue;
    if (base && byTitle(base, m.title)) continue; // the server removed it
    merged.push(m);
  }
  return merged;
}

function mergeBylines(server: StoryByline[], mine: StoryByline[]): StoryByline[] {
  const names = new Set(server.map((b) => b.name));
  return [...server, ...mine.filter((b) => !names.has(b.name))];
}

export interface MergeResult {
  content: DraftContent;
  /** Single-line fields both sides changed differently; the merge took the user's. */
  conflicts: SingleLineField[];
}

/**
 * The simple merge offered after a 409: each headline field three-way (both changed → the user's,
 * reported as a conflict), body paragraphs by `mergeParagraphs`, sidebars matched by title, and the
 * byline as the server's people plus the user's extra names.
 */
export function mergeContent(server: DraftContent, mine: DraftContent, base?: DraftContent): MergeResult {
  const conflicts: SingleLineField[] = [];
  const lines = {} as Record<SingleLineField, string | null>;
  for (const field of SINGLE_LINE_FIELDS) {
    const r = threeWay(server[field], mine[field], base?.[field], (a, b) => a === b);
    lines[field] = r.value;
    if (r.conflict) conflicts.push(field);
  }
  const sidebars = threeWay(server.sidebars, mine.sidebars, base?.sidebars, sameJson);
  const bylineNames = (list: StoryByline[]) => list.map((b) => ({ name: b.name, role: b.role }));
  const bylines = threeWay(server.bylines, mine.bylines, base?.bylines, (a, b) => sameJson(bylineNames(a), bylineNames(b)));
  return {
    content: {
      ...lines,
      body: mergeParagraphs(server.body, mine.body, base?.body),
      sidebars: sidebars.conflict ? mergeSidebars(server.sidebars, mine.sidebars, base?.sidebars) : sidebars.value,
      bylines: bylines.conflict ? mergeBylines(server.bylines, mine.bylines) : bylines.value,
    },
    conflicts,
  };
}

// ── Lines for a diff ────────────────────────────────────────────────────────

export interface ContentLineLabels {
  kicker: string;
  headline: string;
  subheadline: string;
  dateline: string;
  bylines: string;
  role: (role: string) => string;
}

/**
 * All content fields as lines for a character diff: "主标题：…" etc., the byline, the body paragraphs,
 * then each sidebar as "【title】" and its paragraphs. Empty fields give no line.
 */
export function contentLines(c: StoryText, labels: ContentLineLabels): string[] {
  const lines: string[] = [];
  for (const field of SINGLE_LINE_FIELDS) {
    const value = c[field];
    if (value) lines.push(`${labels[field]}：${value}`);
  }
  if (c.bylines.length) lines.push(`${labels.bylines}：${c.bylines.map((b) => `${b.name}（${labels.role(b.role)}）`).join(" ")}`);
  lines.push(...c.body);
  for (const s of c.sidebars) lines.push(`【${s.title}】`, ...s.paragraphs);
  return lines;
}
