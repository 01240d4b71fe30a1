import { feedAnswer } from "../feed-response";

export const dynamic = "force-dynamic";

/** GET /epaper/feed.atom — Atom 1.0 of the newest released stories of the whole paper (docs/FEEDS.md). */
export function GET(req: Request) {
  return feedAnswer(req, { format: "atom" });
}
