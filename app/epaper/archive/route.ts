import { getDb } from "@/db/client";
import { getNewestReleasedPage } from "@/db/queries/epaper";
import { APP_LINKS } from "@/lib/epaper/epaper-links";
import { notInEpaper } from "../epaper-response";

export const dynamic = "force-dynamic";

/** GET /epaper/archive → 往期回顾 of the newest edition's month. */
export function GET(req: Request) {
  const newest = getNewestReleasedPage(getDb());
  if (!newest) return notInEpaper();
  return Response.redirect(new URL(APP_LINKS.archive(newest.date.slice(0, 7)), req.url), 307);
}
