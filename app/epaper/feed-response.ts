import { getDb } from "@/db/client";
import { listFeedStories } from "@/db/queries/epaper-feed";
import { atomFeed, FEED_LIMIT, rssFeed, type FeedChannel } from "@/lib/exchange/feeds";
import { feedPath, type FeedFormat } from "@/lib/exchange/feed-paths";
import { APP_LINKS } from "@/lib/epaper/epaper-links";
import { translatorFor } from "@/lib/i18n/translate";
import { CACHE, matches, notInEpaper, publicOrigin, strongEtag } from "./epaper-response";

const TYPE: Record<FeedFormat, string> = { rss: "application/rss+xml; charset=utf-8", atom: "application/atom+xml; charset=utf-8" };

/**
 * A feed of released stories, with a strong ETag like every e-paper answer. It changes when an edition is
 * released, so it is kept as long as a page view (CACHE.page). A page name no released page has: 404.
 */
export function feedAnswer(req: Request, { format, pageName }: { format: FeedFormat; pageName?: string }): Response {
  const source = listFeedStories(getDb(), { pageName });
  if (!source) return notInEpaper();
  const origin = publicOrigin();
  // The feeds speak the paper's language, whoever asks.
  const t = translatorFor("zh-CN");
  const { publication } = source;
  const channel: FeedChannel = {
    title: pageName === undefined ? t("feeds.title", { publication }) : t("feeds.pageTitle", { publication, name: pageName }),
    description: pageName === undefined ? t("feeds.description", { publication, n: FEED_LIMIT }) : t("feeds.pageDescription", { publication, name: pageName, n: FEED_LIMIT }),
    timeZone: source.timeZone,
    homeUrl: `${origin}${APP_LINKS.home()}`,
    selfUrl: `${origin}${feedPath(format, pageName)}`,
    articleUrl: (s) => `${origin}${APP_LINKS.article(s.date, s.id)}`,
  };
  const xml = (format === "rss" ? rssFeed : atomFeed)(channel, source.stories);
  const etag = strongEtag(xml);
  const headers = { ETag: etag, "Cache-Control": CACHE.page };
  if (matches(req, etag)) return new Response(null, { status: 304, headers });
  return new Response(xml, { headers: { ...headers, "Content-Type": TYPE[format] } });
}
