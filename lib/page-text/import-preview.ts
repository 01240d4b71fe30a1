/**
 * What the desk sees before a page text is imported (来稿/外稿导入): each parsed item as a row to check —
 * kind, titles, byline people (each person once, with every role they have), dateline, paragraph count,
 * 字数, continues, and the parser's warnings on the item they concern. Pure: a parsed page in, rows out.
 */
import type { BylineRole, StoryKind } from "../story-kinds";
import { storyZi } from "../story-zi";
import type { BylinePerson, ParsedItem, ParsedItemKind, ParsedPage, ParsedSidebar, ParseWarning } from "./types";

/** One person of a byline with all the roles printed for them ("■ 文/图 记者 王强" → 王强: reporter, photographer). */
export interface CreditedPerson {
  name: string;
  roles: BylineRole[];
}

export interface PreviewItem {
  /** Position on the page, 0-based, ads and furniture counted. */
  index: number;
  kind: ParsedItemKind;
  /** The story kind it is imported as; null for ads and furniture, which are not imported. */
  storyKind: StoryKind | null;
  kicker: string | null;
  headline: string | null;
  subheadline: string | null;
  dateline: string | null;
  bylineRaw: string | null;
  people: CreditedPerson[];
  paragraphs: string[];
  sidebars: ParsedSidebar[];
  paragraphCount: number;
  /** 字数 of body and sidebars, counted as the budget counts (storyZi). */
  zi: number;
  continues: boolean;
  /** Ads and furniture: their text. */
  text: string | null;
  warnings: ParseWarning[];
}

const STORY_KIND_OF: Partial<Record<ParsedItemKind, StoryKind>> = { story: "article", photo: "photo", brief: "brief" };

/** The story kind a parsed item is imported as (null: not a story — an ad or page furniture). */
export function storyKindOf(kind: ParsedItemKind): StoryKind | null {
  return STORY_KIND_OF[kind] ?? null;
}

/** Each person once, in byline order, with their roles in the order printed. */
export function creditsByPerson(people: readonly BylinePerson[]): CreditedPerson[] {
  const out: CreditedPerson[] = [];
  for (const p of people) {
    const known = out.find((c) => c.name === p.name);
    if (!known) out.push({ name: p.name, roles: [p.role] });
    else if (!known.roles.includes(p.role)) known.roles.push(p.role);
  }
  return out;
}

/** Back to byline entries, one per name and role (what a story's byline stores). */
export function bylinesOfCredits(credits: readonly CreditedPerson[]): BylinePerson[] {
  return credits.flatMap((c) => c.roles.map((role) => ({ name: c.name, role })));
}

function previewItem(item: ParsedItem, index: number): PreviewItem {
  return {
    index,
    kind: item.kind,
    storyKind: storyKindOf(item.kind),
    kicker: item.kicker,
    headline: item.headline,
    subheadline: item.subheadline,
    dateline: item.dateline,
    bylineRaw: item.byline?.raw ?? null,
    people: creditsByPerson(item.byline?.people ?? []),
    paragraphs: item.paragraphs,
    sidebars: item.sidebars,
    paragraphCount: item.paragraphs.length,
    zi: storyZi({ body: item.paragraphs, sidebars: item.sidebars }),
    continues: item.continues,
    text: item.text,
    warnings: item.warnings,
  };
}

export function previewItems(page: ParsedPage): PreviewItem[] {
  return page.items.map(previewItem);
}

/** A working title for an imported story: its headline, else its kicker, else the start of its text. */
export function importSlug(text: { headline: string | null; kicker: string | null; body: readonly string[] }, kind: StoryKind): string {
  const title = text.headline?.trim() || text.kicker?.trim();
  if (title) return [...title].slice(0, 80).join("");
  const start = [...(text.body[0] ?? "")].slice(0, 16).join("");
  return kind === "photo" ? `图片新闻：${start}` : start || "导入稿件";
}
