/**
 * What the public e-paper (数字报) shows, as plain data: read from the database by db/queries/epaper.ts,
 * drawn as HTML by epaper-html.ts, by the app and by the static export alike.
 */
import type { BylinePerson } from "../byline";
import type { StorySidebar } from "../story-text";
import type { HotArea } from "./sheet-geometry";

/** A released page as links and file names know it; `key` names its stored pictures (from its content hash). */
export interface EpaperPageRef {
  number: number;
  name: string;
  key: string;
}

export interface EpaperStoryRef {
  id: number;
  kind: string;
  kicker: string | null;
  headline: string;
  subheadline: string | null;
  /** Its boxes on this page, over the page picture. */
  areas: HotArea[];
}

export interface EpaperPageView {
  publication: string;
  date: string;
  page: EpaperPageRef & { responsibleEditor: string | null };
  /** The released pages of the edition, in order (版面导航). */
  pages: EpaperPageRef[];
  /** This page's stories in reading order (标题导航). */
  stories: EpaperStoryRef[];
  previousEdition: string | null;
  nextEdition: string | null;
  /** Dates with a released page in this page's month (the small 往期回顾 calendar). */
  monthDates: string[];
}

export interface EpaperCorrection {
  note: string;
  /** YYYY-MM-DD in the publication's time zone */
  date: string;
}

export interface EpaperArticleView {
  publication: string;
  date: string;
  story: {
    id: number;
    kind: string;
    kicker: string | null;
    headline: string;
    subheadline: string | null;
    dateline: string | null;
    bylines: BylinePerson[];
    body: string[];
    sidebars: StorySidebar[];
  };
  /** The released pages it is printed on (two for a 转版 story), first where it starts. */
  pages: EpaperPageRef[];
  corrections: EpaperCorrection[];
}

export interface EpaperArchiveView {
  publication: string;
  /** YYYY-MM */
  month: string;
  dates: string[];
  previousMonth: string | null;
  nextMonth: string | null;
}

/** The picture files of a released page (and its PDF), by its key. */
export const PAGE_FILES = {
  screen: (key: string) => `page-${key}.png`,
  large: (key: string) => `page-${key}@2x.png`,
  thumb: (key: string) => `thumb-${key}.png`,
  pdf: (key: string) => `page-${key}.pdf`,
} as const;
export type PageFileKind = keyof typeof PAGE_FILES;

/** Pixel widths of the pictures (the sheet is 390 × 540 mm, 1474 CSS px wide at 96 dpi). */
export const PICTURE_SCALE: Record<Exclude<PageFileKind, "pdf">, number> = { thumb: 0.15, screen: 0.7, large: 2 };
export const SHEET_CSS_PX = { width: 1474, height: 2041 } as const;
export const pictureSize = (kind: Exclude<PageFileKind, "pdf">) => ({
  width: Math.round(SHEET_CSS_PX.width * PICTURE_SCALE[kind]),
  height: Math.round(SHEET_CSS_PX.height * PICTURE_SCALE[kind]),
});

/** Which picture file a name is, with its key: `page-<key>.png` → { kind: "screen", key }. */
export function parsePageFile(name: string): { kind: PageFileKind; key: string } | null {
  const m = /^(page|thumb)-([0-9a-z]{1,16})(@2x)?\.(png|pdf)$/.exec(name);
  if (!m) return null;
  const [, stem, key, twice, ext] = m;
  if (stem === "thumb") return !twice && ext === "png" ? { kind: "thumb", key } : null;
  if (ext === "pdf") return twice ? null : { kind: "pdf", key };
  return { kind: twice ? "large" : "screen", key };
}

/** The key of a released page's pictures: its signed content hash (a new signature, new pictures). */
export function pageKeyOf(page: { snapshotHash: string | null; id: number; version: number }): string {
  return page.snapshotHash ? page.snapshotHash.slice(0, 16) : `p${page.id}v${page.version}`;
}
