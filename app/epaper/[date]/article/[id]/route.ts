import { getDb } from "@/db/client";
import { getEpaperArticle } from "@/db/queries/epaper";
import { epaperArticleHtml } from "@/lib/epaper/epaper-html";
import { APP_LINKS } from "@/lib/epaper/epaper-links";
import { CACHE, htmlAnswer, notInEpaper, publicOrigin } from "../../../epaper-response";
import { articleParams, parsed } from "../../../epaper-params";

export const dynamic = "force-dynamic";

/** GET /epaper/:date/article/:id — a story of a released page of that date, whole; anything else 404. */
export async function GET(req: Request, { params }: { params: Promise<{ date: string; id: string }> }) {
  const p = await parsed(articleParams, params);
  const view = p && getEpaperArticle(getDb(), { date: p.date, storyId: p.id });
  if (!view) return notInEpaper();
  return htmlAnswer(req, epaperArticleHtml(view, { links: APP_LINKS, origin: publicOrigin() }), CACHE.article);
}
