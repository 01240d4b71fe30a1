import { epaperSearchHtml } from "@/lib/epaper/epaper-search-html";
import { APP_LINKS } from "@/lib/epaper/epaper-links";
import { notInEpaper } from "../epaper-response";
import { epaperSearch } from "./search-answer";

export const dynamic = "force-dynamic";

/**
 * GET /epaper/search?q=…&from=…&to=…&p=… — the public e-paper's search over released stories (docs/SEARCH.md), as
 * a page in the e-paper's look; no sign-in. A query too long, a bad date or range, a page out of range: 400 with the
 * reason on the page. zh-CN, as every e-paper page (docs/DECISIONS.md "Always Chinese, always public").
 */
export function GET(req: Request) {
  const view = epaperSearch(new URL(req.url), "zh-CN");
  if (!view) return notInEpaper();
  const html = epaperSearchHtml(view, { links: APP_LINKS });
  // results move on with every release: a short shared cache, none for an error
  return new Response(html, {
    status: view.status,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": view.status === 200 ? "public, max-age=60" : "no-store" },
  });
}
