import { NextResponse } from "next/server";
import { ZodError, type ZodType } from "zod";
import type { SessionUser } from "@/db/queries/users";
import { DomainError } from "@/lib/errors";
import { callerLocale } from "@/lib/i18n/caller-locale";
import type { Locale } from "@/lib/i18n/locales";
import { isMessage, label, renderMessage } from "@/lib/i18n/translate";
import { zodIssuesText } from "@/lib/i18n/zod-issues";
import type { Role } from "@/lib/roles";
import { getSessionUser, userHas } from "./session";

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

const MAX_BODY_BYTES = 1_000_000;

/**
 * Reads and validates a JSON body; a bad or oversized body is a 400 with the reason. Zod's issues are
 * thrown as they are (with the input, so they can be worded in the caller's language at the response).
 */
export async function parseBody<T>(req: Request, schema: ZodType<T>): Promise<T> {
  const raw = await req.text();
  if (Buffer.byteLength(raw) > MAX_BODY_BYTES) throw new DomainError("bad_request", "request.bodyTooLarge", { max: MAX_BODY_BYTES });
  let json: unknown;
  try {
    json = raw === "" ? {} : JSON.parse(raw);
  } catch {
    throw new DomainError("bad_request", "request.badJson");
  }
  const parsed = schema.safeParse(json, { reportInput: true });
  if (!parsed.success) throw parsed.error;
  return parsed.data;
}

/** Validates route params (e.g. an id) the same way. */
export function parseParams<T>(params: unknown, schema: ZodType<T>): T {
  const parsed = schema.safeParse(params, { reportInput: true });
  if (!parsed.success) throw parsed.error;
  return parsed.data;
}

type Handler<P> = (req: Request, ctx: { user: SessionUser; params: P; locale: Locale }) => Promise<Response> | Response;

/**
 * Every API route goes through this: no session → 401, role too low → 403, then the handler;
 * thrown DomainErrors become their status, worded in the caller's language (`locale`, also given
 * to the handler). `requires` names the least role the route needs.
 */
export function withUser<P = Record<string, never>>(handler: Handler<P>, opts: { requires?: Role } = {}) {
  return async (req: Request, ctx: { params: Promise<P> }): Promise<Response> => {
    let locale = requestLocale(req);
    try {
      const user = await getSessionUser();
      if (!user) return jsonError(new DomainError("unauthorized", "auth.signInFirst"), locale);
      locale = requestLocale(req, user);
      if (opts.requires && !userHas(user, opts.requires)) {
        return jsonError(new DomainError("forbidden", "auth.roleRequired", { role: label("role", opts.requires) }), locale);
      }
      return await handler(req, { user, params: await ctx.params, locale });
    } catch (err) {
      return errorResponse(err, locale);
    }
  };
}
