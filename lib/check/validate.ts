/**
 * 机检 word lists: the rules an entry must keep (docs/CHECK.md "Validation"), pure, for the add/edit routes
 * and the import preview. Shape and lengths are zod's (lib/api/check-schemas.ts); here: what an entry means
 * against the others — duplicates (also by width/traditional variant) and conflicting entries.
 */
import type { ErrorKey, MessageParams } from "../i18n/translate";
import { LIST_MODE } from "./index";
import { NEEDS_REPLACEMENT, NOTE_MAX, TERM_MAX } from "./lists";
import { normalizeTerm } from "./normalize";
import type { CheckList, CheckTerm } from "./types";

export interface TermProblem {
  key: ErrorKey;
  params?: MessageParams;
}

export interface IndexedTerm extends CheckTerm {
  id: number;
}

/** Trimmed; empty replacement/note → null. */
export function cleanTerm(t: { list: CheckList; term: string; replacement?: string | null; note?: string | null }): CheckTerm {
  const opt = (s: string | null | undefined) => {
    const v = (s ?? "").trim();
    return v === "" ? null : v;
  };
  return { list: t.list, term: t.term.trim(), replacement: opt(t.replacement), note: opt(t.note) };
}

/** The form two entries are compared by: dense (no spaces or symbols, NFKC, simplified, lower case). */
export function termKey(term: string): string {
  return normalizeTerm(term, "dense");
}

/** The shape of one entry alone: lengths, replacement required/forbidden, wrong = right. */
export function entryProblem(t: CheckTerm): TermProblem | null {
  if (t.term === "") return { key: "check.termEmpty" };
  if (t.term.length > TERM_MAX) return { key: "check.termTooLong", params: { maximum: TERM_MAX } };
  // control and private-use characters: never in a word, and U+E000 joins the fields for matching
  if (/[\p{Cc}\p{Co}]/u.test(t.term + (t.replacement ?? ""))) return { key: "check.termNoLetters", params: { term: t.term } };
  const mode = LIST_MODE[t.list] === "both" ? "light" : (LIST_MODE[t.list] as "light" | "dense");
  if (normalizeTerm(t.term, mode) === "" || termKey(t.term) === "") return { key: "check.termNoLetters", params: { term: t.term } };
  if (NEEDS_REPLACEMENT.has(t.list) && !t.replacement) return { key: "check.replacementRequired", params: { term: t.term } };
  if (t.list === "whitelist" && t.replacement) return { key: "check.replacementNotAllowed" };
  if (t.replacement && t.replacement.length > TERM_MAX) return { key: "check.replacementTooLong", params: { maximum: TERM_MAX } };
  if (t.note && t.note.length > NOTE_MAX) return { key: "check.noteTooLong", params: { maximum: NOTE_MAX } };
  if (t.replacement && termKey(t.replacement) === termKey(t.term)) return { key: "check.sameAsReplacement", params: { term: t.term } };
  return null;
}

/**
 * The entries of every list, indexed by their compared form, so an import of thousands of lines checks each
 * against the lists and the lines before it in constant time (banned terms scanned for "contains").
 */
export class TermIndex {
  private byKey = new Map<string, IndexedTerm>();
  /** right forms of typo/preferred pairs, by compared form → the pair */
  private rights = new Map<string, IndexedTerm[]>();

  constructor(terms: IndexedTerm[] = []) {
    for (const t of terms) this.add(t);
  }

  private static k(list: CheckList, key: string) {
    return `${list}|${key}`;
  }

  get(list: CheckList, term: string): IndexedTerm | undefined {
    return this.byKey.get(TermIndex.k(list, termKey(term)));
  }

  add(t: IndexedTerm): void {
    this.byKey.set(TermIndex.k(t.list, termKey(t.term)), t);
    if (t.replacement && NEEDS_REPLACEMENT.has(t.list)) {
      const k = termKey(t.replacement);
      this.rights.set(k, [...(this.rights.get(k) ?? []), t]);
    }
  }

  remove(t: IndexedTerm): void {
    const key = TermIndex.k(t.list, termKey(t.term));
    if (this.byKey.get(key)?.id === t.id) this.byKey.delete(key);
    if (t.replacement && NEEDS_REPLACEMENT.has(t.list)) {
      const k = termKey(t.replacement);
      const left = (this.rights.get(k) ?? []).filter((x) => x.id !== t.id);
      if (left.length) this.rights.set(k, left);
      else this.rights.delete(k);
    }
  }

  private banned(): IndexedTerm[] {
    return [...this.byKey.values()].filter((t) => t.list === "banned");
  }

  /**
   * Why `t` cannot be stored next to the others (`selfId`: the entry being edited, left out), or null.
   * Same list and same compared form → duplicate; otherwise conflicts between lists.
   */
  problem(t: CheckTerm, selfId?: number): TermProblem | null {
    const shape = entryProblem(t);
    if (shape) return shape;
    const key = termKey(t.term);
    const other = (list: CheckList) => {
      const hit = this.byKey.get(TermIndex.k(list, key));
      return hit && hit.id !== selfId ? hit : undefined;
    };
    const dup = other(t.list);
    if (dup) return { key: "check.duplicate", params: { term: t.term, existing: dup.term, list: t.list } };
    if (t.list === "banned" || t.list === "caution") {
      const rival = other(t.list === "banned" ? "caution" : "banned");
      if (rival) return { key: "check.bannedAndCaution", params: { term: t.term, list: rival.list } };
      const white = other("whitelist");
      if (white) return { key: "check.whitelisted", params: { term: t.term, list: "whitelist" } };
    }
    if (t.list === "whitelist") {
      const listed = other("banned") ?? other("caution");
      if (listed) return { key: "check.whitelisted", params: { term: t.term, list: listed.list } };
    }
    if (t.list === "banned") {
      const right = (this.rights.get(key) ?? []).find((x) => x.id !== selfId);
      if (right) return { key: "check.bannedIsReplacement", params: { term: t.term, other: right.term } };
    }
    if (t.list === "typo" || t.list === "preferred") {
      const replacementKey = termKey(t.replacement!);
      const banned = this.banned().find((b) => b.id !== selfId && replacementKey.includes(termKey(b.term)));
      if (banned) return { key: "check.replacementBanned", params: { replacement: t.replacement!, banned: banned.term } };
      // a pair's wrong form is another pair's right form (A → B next to X → A), or its right form is another's wrong form
      const asRight = (this.rights.get(key) ?? []).find((x) => x.id !== selfId && (x.list === "typo" || x.list === "preferred"));
      if (asRight) return { key: "check.termIsReplacement", params: { term: t.term, other: asRight.term } };
      const rightAsWrong = this.byKey.get(TermIndex.k("typo", replacementKey)) ?? this.byKey.get(TermIndex.k("preferred", replacementKey));
      if (rightAsWrong && rightAsWrong.id !== selfId) {
        return { key: "check.replacementIsTerm", params: { replacement: t.replacement!, right: rightAsWrong.replacement ?? "" } };
      }
      const twin = other(t.list === "typo" ? "preferred" : "typo");
      if (twin && twin.replacement && termKey(twin.replacement) !== replacementKey) {
        return { key: "check.otherReplacement", params: { term: t.term, list: twin.list, replacement: twin.replacement } };
      }
    }
    return null;
  }
}
