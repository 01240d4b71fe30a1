import { errorResponse, requestLocale } from "@/app/_server/error-response";
import { DomainError } from "@/lib/errors";

export const dynamic = "force-dynamic";

/**
 * Any /api path no route file serves (a typo, `/api/editions/./pages` after the URL is normalized): the API's own
 * 404, `{error:{code,key,message}}` in the caller's language, instead of the site's HTML not-found page. Next.js
 * matches a catch-all last, so every real route still answers for itself. Nothing is read or written.
 */
function noRoute(req: Request): Response {
  const { pathname } = new URL(req.url);
  return errorResponse(new DomainError("not_found", "request.noRoute", { method: req.method, path: pathname }), requestLocale(req));
}

export { noRoute as GET, noRoute as POST, noRoute as PUT, noRoute as PATCH, noRoute as DELETE };
