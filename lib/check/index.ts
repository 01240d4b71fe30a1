/**
 * 机检 (#12): the pure machine check. Runs in the browser and on the server (no Node-only imports): the
 * story editor calls it live, filing, the review levels and 签版 call the same function on the server.
 * docs/CHECK.md describes the lists, the normalization and every rule.
 */
import { buildAutomaton, type Automaton } from "./aho-corasick";
import { normalizeUnitForms, normalizeTerm, type NormalizedUnits, type NormalizeMode } from "./normalize";
import { findNumberUses, mixedNumberUses, type NumberUse } from "./numbers";
import { halfwidthPunctuation, repeatedWords, unbalancedPairs } from "./rules";
import { scanText } from "./scan";
import type { CheckField, CheckList, CheckRule, CheckSeverity, CheckTerm, Finding } from "./types";

export type * from "./types";
export { normalizeTerm } from "./normalize";

/** Which normalization a list is matched on (docs/CHECK.md). */
export const LIST_MODE: Record<CheckList, NormalizeMode | "both"> = {
  banned: "dense",
  caution: "dense",
  typo: "light",
  preferred: "light",
  whitelist: "both",
};

export const LIST_RULE: Record<Exclude<CheckList, "whitelist">, CheckRule> = {
  banned: "banned",
  caution: "caution",
  typo: "typo",
  preferred: "preferred",
};

export const RULE_SEVERITY: Record<CheckRule, CheckSeverity> = {
  banned: "block",
  caution: "warn",
  typo: "warn",
  preferred: "warn",
  halfwidthPunct: "warn",
  unbalancedPair: "warn",
  repeatedWord: "warn",
  mixedNumbers: "warn",
};

interface Entry extends CheckTerm {
  /** the replacement normalized like the term (to skip a match that sits inside the right form) */
  normReplacement: string | null;
  latinStart: boolean;
  latinEnd: boolean;
}

interface ModeLists {
  entries: Entry[];
  automaton: Automaton;
}

/** The word lists compiled for matching: build once per lists version (db/queries/check-lists.ts caches it). */
export interface CompiledCheckLists {
  readonly size: number;
  readonly light: ModeLists;
  readonly dense: ModeLists;
}

const LATIN = /[a-z0-9]/i;

function compileMode(terms: CheckTerm[], mode: NormalizeMode): ModeLists {
  const entries: Entry[] = [];
  const patterns: string[] = [];
  for (const t of terms) {
    const m = LIST_MODE[t.list];
    if (m !== mode && m !== "both") continue;
    const pattern = normalizeTerm(t.term, mode);
    if (pattern === "") continue;
    entries.push({
      ...t,
      normReplacement: t.replacement ? normalizeTerm(t.replacement, mode) : null,
      latinStart: LATIN.test(pattern[0]),
      latinEnd: LATIN.test(pattern[pattern.length - 1]),
    });
    patterns.push(pattern);
  }
  return { entries, automaton: buildAutomaton(patterns) };
}

export function compileCheckLists(terms: CheckTerm[]): CompiledCheckLists {
  return { size: terms.length, light: compileMode(terms, "light"), dense: compileMode(terms, "dense") };
}

interface Raw {
  rule: CheckRule;
  start: number;
  end: number;
  suggestion: string | null;
  term: string | null;
  note: string | null;
  /** normalized text for the key */
  norm: string;
}

/** Joins the fields for one normalization and one search per mode; no term holds it (validation refuses it). */
export const FIELD_SEPARATOR = "\uE000";

/** /[a-z0-9]/i on one UTF-16 unit */
function isLatinUnit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** Does `r` occur in the units at `at`? */
function occursAt(n: NormalizedUnits, r: string, at: number): boolean {
  if (at + r.length > n.length) return false;
  for (let k = 0; k < r.length; k++) if (n.units[at + k] !== r.charCodeAt(k)) return false;
  return true;
}

/**
 * Word-list matches in every field at once: the fields joined by FIELD_SEPARATOR, normalized once (`n`, this
 * mode's form of the joined text, as units), searched once, each match mapped back to its field and to
 * offsets in that field's text. Whitelist spans are collected per field; list matches per field,
 * leftmost-longest and without overlaps per rule.
 */
function listMatches(fields: CheckField[], mode: ModeLists, n: NormalizedUnits, whitelist: [number, number][][], out: Raw[][]): void {
  if (mode.entries.length === 0 || fields.length === 0) return;
  const starts: number[] = [];
  let offset = 0;
  for (const f of fields) {
    starts.push(offset);
    offset += f.text.length + FIELD_SEPARATOR.length;
  }
  const found: Raw[][] = fields.map(() => []);
  let fieldIdx = 0;
  for (const m of mode.automaton.searchUnits(n.units, n.length)) {
    const e = mode.entries[m.pattern];
    const absStart = n.from[m.start];
    // matches come in order of their end; a field's start is found by walking (back only for long terms)
    while (fieldIdx + 1 < starts.length && starts[fieldIdx + 1] <= absStart) fieldIdx++;
    while (fieldIdx > 0 && starts[fieldIdx] > absStart) fieldIdx--;
    const start = absStart - starts[fieldIdx];
    const end = n.to[m.end - 1] - starts[fieldIdx];
    // a Latin term only as a whole word ("ass" not inside "class")
    if (e.latinStart && m.start > 0 && isLatinUnit(n.units[m.start - 1])) continue;
    if (e.latinEnd && m.end < n.length && isLatinUnit(n.units[m.end])) continue;
    if (e.list === "whitelist") {
      whitelist[fieldIdx].push([start, end]);
      continue;
    }
    // the text already reads the right form here (a wrong form inside its own correction)
    // (the right form occurs at some offset from m.end - its length to m.start: it covers the match)
    if (e.normReplacement && e.normReplacement.length > m.end - m.start) {
      const r = e.normReplacement;
      let covered = false;
      for (let at = Math.max(0, m.end - r.length); at <= m.start && !covered; at++) covered = occursAt(n, r, at);
      if (covered) continue;
    }
    found[fieldIdx].push({
      rule: LIST_RULE[e.list as Exclude<CheckList, "whitelist">],
      start,
      end,
      suggestion: e.replacement,
      term: e.term,
      note: e.note,
      norm: String.fromCharCode(...n.units.subarray(m.start, m.end)),
    });
  }
  found.forEach((list, i) => {
    list.sort((a, b) => a.start - b.start || b.end - a.end);
    const lastEnd = new Map<CheckRule, number>();
    for (const f of list) {
      if ((lastEnd.get(f.rule) ?? -1) > f.start) continue;
      lastEnd.set(f.rule, f.end);
      out[i].push(f);
    }
  });
}

function keyPart(f: CheckField): string {
  return f.field === "sidebar" ? `${f.paragraph}.${f.sidebarParagraph ?? "t"}` : String(f.paragraph);
}

/**
 * Every finding in the fields of one story (mixed number styles are compared across all of them), in field
 * order, then by offset. Word-list findings inside a whitelisted phrase are left out.
 */
export function checkFields(fields: CheckField[], lists: CompiledCheckLists): Finding[] {
  const perField: Raw[][] = [];
  const numberUses: (NumberUse & { field: number })[] = [];
  const whitelists: [number, number][][] = fields.map(() => []);
  const listed: Raw[][] = fields.map(() => []);
  const needDense = lists.dense.entries.length > 0 && fields.length > 0;
  const needLight = lists.light.entries.length > 0 && fields.length > 0;
  if (needDense || needLight) {
    // the fields joined, both forms normalized in one pass (into reused buffers: used before the next call)
    const forms = normalizeUnitForms(fields.map((f) => f.text).join(FIELD_SEPARATOR));
    if (needDense) listMatches(fields, lists.dense, forms.dense, whitelists, listed);
    if (needLight) listMatches(fields, lists.light, forms.light, whitelists, listed);
  }
  fields.forEach((f, idx) => {
    const raw: Raw[] = [];
    const whitelist = whitelists[idx];
    for (const r of listed[idx]) if (!whitelist.some(([s, e]) => r.start >= s && r.end <= e)) raw.push(r);
    // one pass over the text says where each rule can fire
    const scan = scanText(f.text);
    for (const s of halfwidthPunctuation(f.text, scan)) raw.push({ rule: "halfwidthPunct", ...s, term: null, note: null, norm: s.text });
    for (const s of repeatedWords(f.text, scan)) raw.push({ rule: "repeatedWord", ...s, term: null, note: null, norm: s.text.toLowerCase() });
    const pairs = unbalancedPairs(f.text, scan);
    for (const s of pairs.spans) raw.push({ rule: "unbalancedPair", ...s, term: null, note: null, norm: s.text });
    // a quotation that runs on: “ left open, and the next paragraph of the same text opens with “
    const next = fields[idx + 1];
    const runsOn =
      next !== undefined &&
      /^\s*“/.test(next.text) &&
      ((f.field === "body" && next.field === "body" && next.paragraph === f.paragraph + 1) ||
        (f.field === "sidebar" && next.field === "sidebar" && next.paragraph === f.paragraph &&
          f.sidebarParagraph != null && next.sidebarParagraph === f.sidebarParagraph + 1));
    if (f.continues) {
      // the rest of the text is on another page: what is left open here may close there
      const open = new Set(pairs.openers);
      for (let k = raw.length - 1; k >= 0; k--) if (raw[k].rule === "unbalancedPair" && open.has(raw[k].start)) raw.splice(k, 1);
    } else if (!runsOn) for (const i of pairs.openQuotes) raw.push({ rule: "unbalancedPair", start: i, end: i + 1, text: "“", suggestion: null, term: null, note: null, norm: "“" } as Raw);
    for (const u of findNumberUses(f.text, scan)) numberUses.push({ ...u, field: idx });
    perField.push(raw);
  });
  for (const u of mixedNumberUses(numberUses)) {
    perField[u.field].push({ rule: "mixedNumbers", start: u.start, end: u.end, suggestion: u.suggestion, term: null, note: null, norm: u.text.normalize("NFKC") });
  }

  const findings: Finding[] = [];
  fields.forEach((f, idx) => {
    const raw = perField[idx].sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule));
    const seen = new Map<string, number>();
    for (const r of raw) {
      const base = `${r.rule}|${f.field}|${keyPart(f)}|${r.norm}`;
      const occurrence = seen.get(base) ?? 0;
      seen.set(base, occurrence + 1);
      const finding: Finding = {
        rule: r.rule,
        severity: RULE_SEVERITY[r.rule],
        field: f.field,
        paragraph: f.paragraph,
        start: r.start,
        end: r.end,
        text: f.text.slice(r.start, r.end),
        suggestion: r.suggestion,
        term: r.term,
        note: r.note,
        key: `${base}|${occurrence}`,
      };
      if (f.field === "sidebar") finding.sidebarParagraph = f.sidebarParagraph ?? null;
      findings.push(finding);
    }
  });
  return findings;
}

/** True when a finding blocks filing and 签版 (a 禁用词). */
export function isBlocking(findings: Finding[]): boolean {
  return findings.some((f) => f.severity === "block");
}

export interface StoryCheckInput {
  kicker: string | null;
  headline: string | null;
  subheadline: string | null;
  body: string[];
  /** 转版: the body stops mid-sentence and continues on another page (stories.continues) */
  continues?: boolean;
  /** as in db/schema.ts sidebars and lib/story-text.ts StorySidebar (title, paragraphs) */
  sidebars?: { title?: string | null; paragraphs: string[] }[];
}

/** The fields of a story in reading order: heads, body paragraphs, then each sidebar's title and paragraphs. */
export function storyCheckFields(story: StoryCheckInput): CheckField[] {
  const fields: CheckField[] = [];
  if (story.kicker) fields.push({ field: "kicker", paragraph: 0, text: story.kicker });
  if (story.headline) fields.push({ field: "headline", paragraph: 0, text: story.headline });
  if (story.subheadline) fields.push({ field: "subheadline", paragraph: 0, text: story.subheadline });
  story.body.forEach((text, i) => {
    const field: CheckField = { field: "body", paragraph: i, text };
    if (story.continues && i === story.body.length - 1) field.continues = true;
    fields.push(field);
  });
  (story.sidebars ?? []).forEach((s, i) => {
    if (s.title) fields.push({ field: "sidebar", paragraph: i, sidebarParagraph: null, text: s.title });
    s.paragraphs.forEach((text, j) => fields.push({ field: "sidebar", paragraph: i, sidebarParagraph: j, text }));
  });
  return fields;
}
