import { feedAnswer } from "../feed-response";

export const dynamic = "force-dynamic";

/** GET /epaper/feed.rss — RSS 2.0 of the newest released stories of the whole paper (docs/FEEDS.md). */
export function GET(req: Request) {
  return feedAnswer(req, { format: "rss" });
}
