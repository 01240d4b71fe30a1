/**
 * Output shape of the page-text parser (docs/PARSER.md).
 * A page is read into items in reading order; anything the parser could not place is
 * reported in `warnings` instead of being guessed.
 */
import type { BylinePerson } from "../byline";
import type { BylineRole } from "../story-kinds";

export type { BylinePerson, BylineRole };

export type ParsedItemKind = "story" | "photo" | "brief" | "ad" | "furniture";


export interface ParsedByline {
  /** The byline exactly as printed (several printed lines joined with "\n"). */
  raw: string;
  people: BylinePerson[];
}

export interface ParsedSidebar {
  title: string;
  paragraphs: string[];
}

/**
 * What the parser could not place or wants a human to check. `message` is the English text listed in
 * `ParsedPage.warnings`; `code`, `line` and `excerpt` let an interface word it in its own language.
 */
export type ParseWarningCode =
  /** a short line that is no headline, byline, sidebar title, ad or furniture: left out */
  | "leftOutLine"
  /** a paragraph with no story to attach to (before the first item, or after an ad inside a body): left out */
  | "unattachedParagraph"
  /** a short unpunctuated line between paragraphs, kept as a crosshead (小标题) — or is it the next story's headline? */
  | "crosshead"
  /** a headline and byline with nothing under them */
  | "noBody";

export interface ParseWarning {
  code: ParseWarningCode;
  /** 1-based line of the input */
  line: number;
  /** up to 30 characters of the line */
  excerpt: string;
  message: string;
}

export interface ParsedItem {
  kind: ParsedItemKind;
  /** 引题 */
  kicker: string | null;
  /** 主标题 */
  headline: string | null;
  /** 副题 */
  subheadline: string | null;
  byline: ParsedByline | null;
  /** 电头, e.g. "本报聊城讯" */
  dateline: string | null;
  /** Body paragraphs of stories, briefs and photo captions; empty for ads and furniture. */
  paragraphs: string[];
  sidebars: ParsedSidebar[];
  /** The body stops mid-sentence (or says 下转…版): the story continues elsewhere. */
  continues: boolean;
  /** Ads and furniture only: their printed lines joined with "\n". */
  text: string | null;
  /** The warnings that concern this item (each is in `ParsedPage.warnings` too). */
  warnings: ParseWarning[];
}

export interface ParsedPage {
  items: ParsedItem[];
  responsibleEditor: string | null;
  /** Every warning's message, in input order — those of the items and those that concern no item. */
  warnings: string[];
}

/** A parsed page with the warnings that concern no item (text before the first one), in full. */
export interface PageReading {
  page: ParsedPage;
  unattached: ParseWarning[];
}
