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
}

export interface ParsedPage {
  items: ParsedItem[];
  responsibleEditor: string | null;
  warnings: string[];
}
