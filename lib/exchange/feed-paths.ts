/** Where the e-paper's feeds are (docs/FEEDS.md): pure, so the routes and the e-paper's pages agree. */
import { APP_LINKS } from "../epaper/epaper-links";

export type FeedFormat = "rss" | "atom";

/** Where a feed is: /epaper/feed.rss, or /epaper/feed/<page name, URL-encoded>.atom for one page name. */
export function feedPath(format: FeedFormat, pageName?: string): string {
  return pageName === undefined ? APP_LINKS.feed!(format) : `${APP_LINKS.home()}/feed/${encodeURIComponent(pageName)}.${format}`;
}

/** `聊城新闻.rss` (as routed, or still percent-encoded) → the page name and format; anything else null. */
export function parseFeedFile(file: string): { pageName: string; format: FeedFormat } | null {
  let name = file;
  if (/%[0-9a-f]{2}/i.test(name)) {
    try {
      name = decodeURIComponent(name);
    } catch {
      return null;
    }
  }
  const m = /^(.{1,100})\.(rss|atom)$/su.exec(name);
  return m ? { pageName: m[1], format: m[2] as FeedFormat } : null;
}
