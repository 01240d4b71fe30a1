/**
 * 机检 (#12): the machine check's contract — word lists, fields and findings. Shared by the pure checker
 * (lib/check/index.ts, browser and server), the story editor, filing, the review levels and 签版.
 */

/** 禁用词 慎用词 错别字 规范名称 例外 */
export type CheckList = "banned" | "caution" | "typo" | "preferred" | "whitelist";

/**
 * One entry of a word list. `replacement`: for "typo" the right form (wrong → right), for "preferred" the
 * 规范名称 that replaces `term`; optional for "banned"/"caution" (a suggestion); null for "whitelist".
 */
export interface CheckTerm {
  list: CheckList;
  term: string;
  replacement: string | null;
  note: string | null;
}

export type CheckRule =
  | "banned"
  | "caution"
  | "typo"
  | "preferred"
  | "halfwidthPunct"
  | "unbalancedPair"
  | "repeatedWord"
  | "mixedNumbers";

/** block: filing and 签版 are refused while present (only the chief may override); warn: may be dismissed. */
export type CheckSeverity = "block" | "warn";

export type CheckFieldName = "kicker" | "headline" | "subheadline" | "body" | "sidebar";

/**
 * One piece of text to check.
 * paragraph: index in body / sidebar index (position among the story's sidebars), 0 for heads.
 * sidebarParagraph: only for field "sidebar": null = the sidebar's title, n = its paragraphs[n].
 */
export interface CheckField {
  field: CheckFieldName;
  paragraph: number;
  sidebarParagraph?: number | null;
  text: string;
  /** the text goes on elsewhere (转版: the story's last body paragraph when it continues on another page): a 《“（ left open at its end is not reported */
  continues?: boolean;
}

export interface Finding {
  rule: CheckRule;
  severity: CheckSeverity;
  field: CheckFieldName;
  paragraph: number;
  /** as in CheckField (only for field "sidebar") */
  sidebarParagraph?: number | null;
  /** UTF-16 offsets in that field's text (end exclusive) */
  start: number;
  end: number;
  /** as written: text.slice(start, end) */
  text: string;
  suggestion: string | null;
  /** the list entry matched (word-list rules), else null */
  term: string | null;
  /** the entry's note (word-list rules), else null */
  note?: string | null;
  /** stable: rule|field|paragraph|normalized text|occurrence — to dismiss a finding */
  key: string;
}
