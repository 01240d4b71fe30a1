import { getDb } from "@/db/client";
import { getEpaperPage } from "@/db/queries/epaper";
import { epaperPageHtml } from "@/lib/epaper/epaper-html";
import { APP_LINKS } from "@/lib/epaper/epaper-links";
import { CACHE, htmlAnswer, notInEpaper, publicOrigin } from "../../epaper-response";
import { pageParams, parsed } from "../../epaper-params";
import { serverPagePictures } from "../../page-pictures";

export const dynamic = "force-dynamic";

/** GET /epaper/:date/:page — 第N版: the page picture with hot areas, 版面导航, 标题导航 (released pages only). */
export async function GET(req: Request, { params }: { params: Promise<{ date: string; page: string }> }) {
  const p = await parsed(pageParams, params);
  const view = p && getEpaperPage(getDb(), { date: p.date, number: p.page });
  if (!view) return notInEpaper();
  // A page released before its pictures could be made (the seed, a restored database): make them now.
  const pictures = serverPagePictures();
  for (const ref of view.pages) if (!pictures.file({ date: view.date, ...ref }, "thumb")) pictures.schedule({ date: view.date, ...ref });
  return htmlAnswer(req, epaperPageHtml(view, { links: APP_LINKS, origin: publicOrigin() }), CACHE.page);
}
