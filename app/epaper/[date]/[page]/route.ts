import { getDb } from "@/db/client";
import { getEpaperPage } from "@/db/queries/epaper";
import { epaperPageHtml } from "@/lib/epaper/epaper-html";
import { APP_LINKS } from "@/lib/epaper/epaper-links";
import { CACHE, htmlAnswer, notInEpaper, publicOrigin } from "../../epaper-response";
import { pageParams, parsed } from "../../epaper-params";

export const dynamic = "force-dynamic";

/**
 * GET /epaper/:date/:page — 第N版: the page picture with hot areas, 版面导航, 标题导航 (released pages only).
 * A page without stored pictures (the seed, a restored database) gets them when its picture is first asked for.
 */
export async function GET(req: Request, { params }: { params: Promise<{ date: string; page: string }> }) {
  const p = await parsed(pageParams, params);
  const view = p && getEpaperPage(getDb(), { date: p.date, number: p.page });
  if (!view) return notInEpaper();
  return htmlAnswer(req, epaperPageHtml(view, { links: APP_LINKS, origin: publicOrigin() }), CACHE.page);
}
