import { NextResponse } from "next/server";
import type { EpaperSearchResults } from "@/lib/api/search-schemas";
import { EPAPER_SEARCH_PAGE_SIZE } from "@/lib/api/search-schemas";
import { DomainError } from "@/lib/errors";
import { jsonError, requestLocale } from "@/app/_server/error-response";
import { epaperSearch } from "../search/search-answer";

export const dynamic = "force-dynamic";

/**
 * GET /epaper/search.json?q=…&from=…&to=…&p=… — the e-paper's search as JSON (the same answer as /epaper/search):
 * released stories only, no sign-in. 400 `{ error }` in the caller's language for a missing or too long query,
 * a date not YYYY-MM-DD (or no real date), `from` after `to`, or a page out of range.
 */
export function GET(req: Request) {
  const locale = requestLocale(req);
  const url = new URL(req.url);
  if (!url.searchParams.get("q")) return jsonError(new DomainError("bad_request", "search.queryRequired"), locale);
  const view = epaperSearch(url, locale);
  if (!view) return jsonError(new DomainError("not_found", "epaper.notFound"), locale);
  if (view.error || !view.result) return jsonError(new DomainError("bad_request", "request.invalid", { issues: view.error ?? "" }), locale);
  const body: EpaperSearchResults = {
    q: view.q,
    from: view.from ?? null,
    to: view.to ?? null,
    total: view.result.total,
    capped: view.result.capped,
    page: view.result.page,
    pageSize: EPAPER_SEARCH_PAGE_SIZE,
    hits: view.result.hits,
  };
  return NextResponse.json(body, { headers: { "Cache-Control": "public, max-age=60" } });
}
