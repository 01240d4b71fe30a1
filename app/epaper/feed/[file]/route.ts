import { parseFeedFile } from "@/lib/exchange/feed-paths";
import { feedAnswer } from "../../feed-response";
import { notInEpaper } from "../../epaper-response";

export const dynamic = "force-dynamic";

/** GET /epaper/feed/:name.rss | :name.atom — the feed of one page name (URL-encoded, e.g. %E8%81%8A…); unknown name 404. */
export async function GET(req: Request, { params }: { params: Promise<{ file: string }> }) {
  const feed = parseFeedFile((await params).file);
  if (!feed) return notInEpaper();
  return feedAnswer(req, feed);
}
