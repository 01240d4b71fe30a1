import { z } from "zod";
import { getDb } from "@/db/client";
import { getReleasedNinjsEditionSource } from "@/db/queries/ninjs";
import { APP_LINKS } from "@/lib/epaper/epaper-links";
import { editionToNinjs } from "@/lib/exchange/ninjs";
import { editionDate } from "@/app/_server/schemas";
import { CACHE, ninjsAnswer, notInEpaper, publicOrigin } from "../../epaper-response";
import { parsed } from "../../epaper-params";

export const dynamic = "force-dynamic";

/**
 * GET /epaper/:date/ninjs.json — the edition's released pages as a ninjs 2.1 package (pages as composite
 * items holding their stories); 404 when nothing of that date is released. Cached like a page view: the
 * package grows when another page of the date is released.
 */
export async function GET(req: Request, { params }: { params: Promise<{ date: string }> }) {
  const p = await parsed(z.object({ date: editionDate }), params);
  const source = p && getReleasedNinjsEditionSource(getDb(), { date: p.date });
  if (!p || !source) return notInEpaper();
  const url = (path: string) => new URL(path, publicOrigin()).href;
  return ninjsAnswer(
    req,
    editionToNinjs({
      ...source,
      epaperUrl: url(APP_LINKS.home() + `/${p.date}`),
      pages: source.pages.map((page) => ({
        ...page,
        epaperUrl: url(APP_LINKS.page(p.date, page.number)),
        stories: page.stories.map((s) => ({ ...s, epaperUrl: url(APP_LINKS.article(p.date, s.id)) })),
      })),
    }),
    CACHE.page,
  );
}
