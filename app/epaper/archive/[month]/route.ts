import { getDb } from "@/db/client";
import { getEpaperArchive } from "@/db/queries/epaper";
import { epaperArchiveHtml } from "@/lib/epaper/epaper-html";
import { APP_LINKS } from "@/lib/epaper/epaper-links";
import { CACHE, htmlAnswer, notInEpaper, publicOrigin } from "../../epaper-response";
import { monthParam, parsed } from "../../epaper-params";

export const dynamic = "force-dynamic";

/** GET /epaper/archive/:month (YYYY-MM) — 往期回顾: a month's calendar, its released editions linked. */
export async function GET(req: Request, { params }: { params: Promise<{ month: string }> }) {
  const p = await parsed(monthParam, params);
  const view = p && getEpaperArchive(getDb(), { month: p.month });
  if (!view) return notInEpaper();
  return htmlAnswer(req, epaperArchiveHtml(view, { links: APP_LINKS, origin: publicOrigin() }), CACHE.page);
}
