/**
 * Where the e-paper's pages and files are. The app serves them under /epaper; the static export writes
 * the same tree into a folder (`<date>/<n>/index.html`, `<date>/article/<id>/index.html`, …) and links
 * relatively, so it works under any path of any web server.
 */
/** The e-paper search's date range (edition dates, YYYY-MM-DD; either end may be open). */
export interface EpaperSearchDates {
  from?: string;
  to?: string;
}

export interface EpaperLinks {
  home(): string;
  page(date: string, number: number): string;
  article(date: string, id: number): string;
  archive(month: string): string;
  /** A picture or PDF of a page, by file name. */
  file(date: string, number: number, name: string): string;
  /** The whole paper's RSS/Atom feed (docs/FEEDS.md): served by the app only, so a static export has none. */
  feed?(format: "rss" | "atom"): string;
  /** The e-paper's own search (docs/SEARCH.md): served by the app only, so a static export has none. */
  search?(q?: string, page?: number, dates?: EpaperSearchDates): string;
}

/** Paths inside the e-paper's tree, without the leading folder. */
export const epaperPath = {
  page: (date: string, number: number) => `${date}/${number}`,
  article: (date: string, id: number) => `${date}/article/${id}`,
  archive: (month: string) => `archive/${month}`,
  file: (date: string, number: number, name: string) => `${date}/${number}/${name}`,
};

export const APP_LINKS: EpaperLinks = {
  home: () => "/epaper",
  page: (d, n) => `/epaper/${epaperPath.page(d, n)}`,
  article: (d, id) => `/epaper/${epaperPath.article(d, id)}`,
  archive: (m) => `/epaper/${epaperPath.archive(m)}`,
  file: (d, n, name) => `/epaper/${epaperPath.file(d, n, name)}`,
  feed: (format) => `/epaper/feed.${format}`,
  search: (q, page, dates) => {
    const params = new URLSearchParams();
    if (q !== undefined) params.set("q", q);
    if (dates?.from) params.set("from", dates.from);
    if (dates?.to) params.set("to", dates.to);
    if (page !== undefined && page > 1) params.set("p", String(page));
    const s = params.toString();
    return `/epaper/search${s ? `?${s}` : ""}`;
  },
};

/** Links from a file `depth` folders below the export's root (a page's index.html is at depth 2). */
export function staticLinks(depth: number): EpaperLinks {
  const up = "../".repeat(depth);
  const dir = (p: string) => `${up}${p}/index.html`;
  return {
    home: () => `${up}index.html`,
    page: (d, n) => dir(epaperPath.page(d, n)),
    article: (d, id) => dir(epaperPath.article(d, id)),
    archive: (m) => dir(epaperPath.archive(m)),
    file: (d, n, name) => `${up}${epaperPath.file(d, n, name)}`,
  };
}
