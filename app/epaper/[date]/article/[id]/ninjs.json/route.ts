import { getDb } from "@/db/client";
import { getReleasedNinjsStorySource } from "@/db/queries/ninjs";
import { APP_LINKS } from "@/lib/epaper/epaper-links";
import { storyToNinjs } from "@/lib/exchange/ninjs";
import { CACHE, ninjsAnswer, notInEpaper, publicOrigin } from "../../../../epaper-response";
import { articleParams, parsed } from "../../../../epaper-params";

export const dynamic = "force-dynamic";

/** GET /epaper/:date/article/:id/ninjs.json — a story of a released page of that date as ninjs 2.1; anything else 404. */
export async function GET(req: Request, { params }: { params: Promise<{ date: string; id: string }> }) {
  const p = await parsed(articleParams, params);
  const source = p && getReleasedNinjsStorySource(getDb(), { date: p.date, storyId: p.id });
  if (!p || !source) return notInEpaper();
  const epaperUrl = new URL(APP_LINKS.article(p.date, p.id), publicOrigin()).href;
  return ninjsAnswer(req, storyToNinjs({ ...source, epaperUrl }), CACHE.article);
}
