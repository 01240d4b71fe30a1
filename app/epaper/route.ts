import { getDb } from "@/db/client";
import { getNewestReleasedPage } from "@/db/queries/epaper";
import { APP_LINKS } from "@/lib/epaper/epaper-links";
import { notInEpaper } from "./epaper-response";

export const dynamic = "force-dynamic";

/** GET /epaper → the newest released edition's first page (307: it moves on with every edition). */
export function GET(req: Request) {
  const newest = getNewestReleasedPage(getDb());
  if (!newest) return notInEpaper();
  return Response.redirect(new URL(APP_LINKS.page(newest.date, newest.number), req.url), 307);
}
