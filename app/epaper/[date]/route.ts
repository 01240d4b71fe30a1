import { z } from "zod";
import { getDb } from "@/db/client";
import { getFirstReleasedPage } from "@/db/queries/epaper";
import { APP_LINKS } from "@/lib/epaper/epaper-links";
import { editionDate } from "@/app/_server/schemas";
import { notInEpaper } from "../epaper-response";
import { parsed } from "../epaper-params";

export const dynamic = "force-dynamic";

/** GET /epaper/:date → that edition's first released page. */
export async function GET(req: Request, { params }: { params: Promise<{ date: string }> }) {
  const p = await parsed(z.object({ date: editionDate }), params);
  const first = p && getFirstReleasedPage(getDb(), { date: p.date });
  if (!p || first === undefined || first === null) return notInEpaper();
  return Response.redirect(new URL(APP_LINKS.page(p.date, first), req.url), 307);
}
