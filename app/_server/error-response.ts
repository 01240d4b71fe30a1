import { NextResponse } from "next/server";
import { ZodError } from "zod";
import { DomainError } from "@/lib/errors";
import { callerLocale } from "@/lib/i18n/caller-locale";
import type { Locale } from "@/lib/i18n/locales";
import { isMessage, renderMessage } from "@/lib/i18n/translate";
import { zodIssuesText } from "@/lib/i18n/zod-issues";

/** Details that are a list of messages (e.g. submit blockers) are rendered too, one string each. */
function renderDetails(details: unknown, locale: Locale): unknown {
  return Array.isArray(details) && details.length > 0 && details.every(isMessage) ? details.map((m) => renderMessage(locale, m)) : details;
}

/**
 * `{ error: { code, key, message, details? } }`, the message in the caller's language; object details are
 * also lifted to the top (e.g. 409 `{ current, version }`).
 */
export function jsonError(err: DomainError, locale: Locale, status: number = err.status): NextResponse {
  const details = renderDetails(err.details, locale);
  const lifted = details && typeof details === "object" && !Array.isArray(details) ? details : {};
  const error = { code: err.code, key: err.key, message: renderMessage(locale, err.reason), ...(details === undefined ? {} : { details }) };
  return NextResponse.json({ ...lifted, error }, { status });
}

/** A request that zod refused, worded in the caller's language (`path: message` joined). */
function invalidRequest(err: ZodError, locale: Locale): DomainError {
  return new DomainError("bad_request", "request.invalid", { issues: zodIssuesText(err, locale) });
}

/** Maps a thrown error to the JSON error response; unknown errors are logged and become 500. */
export function errorResponse(err: unknown, locale: Locale): NextResponse {
  if (err instanceof DomainError) return jsonError(err, locale);
  if (err instanceof ZodError) return jsonError(invalidRequest(err, locale), locale);
  console.error(err);
  return jsonError(new DomainError("internal", "internal"), locale);
}

/** The language to answer this request in (see `callerLocale`). */
export function requestLocale(req: Request, user?: { locale: string } | null): Locale {
  return callerLocale({ userLocale: user?.locale, cookieHeader: req.headers.get("cookie"), acceptLanguage: req.headers.get("accept-language") });
}
