/**
 * 机检 word-list import (docs/CHECK.md "Import"): a CSV or plain-text file is read line by line and each line
 * is previewed against the lists and the lines before it — added, changed, unchanged or refused, and why.
 * Pure: the route previews with it, and the commit re-runs it inside its transaction.
 */
import type { Message } from "../i18n/translate";
import { CHECK_LISTS } from "./lists";
import type { CheckList, CheckTerm } from "./types";
import { cleanTerm, termKey, type IndexedTerm, type TermIndex } from "./validate";

export const IMPORT_MAX_LINES = 10_000;
export type ImportFormat = "csv" | "text";

/** List names a file may use: the ids and the Chinese names (例外 also as 白名单). */
const LIST_NAMES: Record<string, CheckList> = {
  ...Object.fromEntries(CHECK_LISTS.map((l) => [l, l])),
  禁用词: "banned",
  慎用词: "caution",
  错别字: "typo",
  规范名称: "preferred",
  例外: "whitelist",
  白名单: "whitelist",
};

export interface ParsedLine {
  /** 1-based line number in the file */
  line: number;
  entry: CheckTerm | null;
  /** why the line could not be read (then entry is null) */
  problem: Message | null;
}

/** One CSV record (RFC 4180 quotes; the file's lines are split first, so a quoted field holds no newline). */
function csvCells(line: string): string[] {
  const cells: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell.trim() === "") {
      quoted = true;
      cell = "";
    } else if (c === ",") {
      cells.push(cell);
      cell = "";
    } else cell += c;
  }
  cells.push(cell);
  return cells.map((s) => s.trim());
}

/**
 * CSV: `list,term,replacement,note` (a first line naming the columns — list/词表 — is skipped). Text: one
 * entry a line for `list`, `term` or `term replacement` (separated by a tab, spaces, → or =>). Empty lines
 * and lines starting with # are skipped.
 */
export function parseImport(text: string, format: ImportFormat, list: CheckList | null): ParsedLine[] {
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\n|\r/);
  const out: ParsedLine[] = [];
  lines.forEach((raw, i) => {
    const line = i + 1;
    const trimmed = raw.trim();
    if (trimmed === "" || trimmed.startsWith("#")) return;
    if (format === "csv") {
      const [listCell = "", term = "", replacement = "", note = ""] = csvCells(raw);
      if (out.length === 0 && /^(list|词表)$/i.test(listCell)) return;
      const l = LIST_NAMES[listCell.toLowerCase()] ?? LIST_NAMES[listCell];
      if (!l) {
        out.push({ line, entry: null, problem: { key: "check.importBadList", params: { value: listCell } } });
        return;
      }
      out.push({ line, entry: cleanTerm({ list: l, term, replacement, note }), problem: null });
      return;
    }
    if (!list) {
      out.push({ line, entry: null, problem: { key: "check.importListRequired" } });
      return;
    }
    const [term, replacement = ""] = trimmed.split(/\s*(?:→|=>|->|\t)\s*|\s+/);
    out.push({ line, entry: cleanTerm({ list, term, replacement }), problem: null });
  });
  return out;
}

export type ImportStatus = "add" | "change" | "same" | "reject";

export interface PreviewLine {
  line: number;
  status: ImportStatus;
  entry: CheckTerm | null;
  /** for change: the entry as it is now */
  current: IndexedTerm | null;
  problem: Message | null;
}

/**
 * What each line would do. `index` holds the lists as they are and is updated as lines are accepted, so a
 * line is checked against the lines before it too (a second line for the same term is a duplicate).
 */
export function previewImport(lines: ParsedLine[], index: TermIndex): PreviewLine[] {
  const seen = new Map<string, number>();
  let nextId = -1;
  return lines.map((p): PreviewLine => {
    if (!p.entry) return { line: p.line, status: "reject", entry: null, current: null, problem: p.problem };
    const e = p.entry;
    const key = `${e.list}|${termKey(e.term)}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      return { line: p.line, status: "reject", entry: e, current: null, problem: { key: "check.duplicate", params: { term: e.term, existing: e.term, list: e.list } } };
    }
    const current = index.get(e.list, e.term) ?? null;
    if (current && current.term === e.term && current.replacement === e.replacement && (e.note === null || current.note === e.note)) {
      seen.set(key, p.line);
      return { line: p.line, status: "same", entry: e, current, problem: null };
    }
    const problem = index.problem(e, current?.id);
    if (problem) return { line: p.line, status: "reject", entry: e, current, problem };
    seen.set(key, p.line);
    if (current) {
      index.remove(current);
      index.add({ ...e, note: e.note ?? current.note, id: current.id });
      return { line: p.line, status: "change", entry: { ...e, note: e.note ?? current.note }, current, problem: null };
    }
    index.add({ ...e, id: nextId-- });
    return { line: p.line, status: "add", entry: e, current: null, problem: null };
  });
}
