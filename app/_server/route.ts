import type { ZodType } from "zod";
import type { SessionUser } from "@/db/queries/users";
import { env } from "@/lib/env";
import { DomainError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { label, labelChoice } from "@/lib/i18n/translate";
import type { Role } from "@/lib/roles";
import { errorResponse, jsonError, requestLocale } from "./error-response";
import { assertJsonBody, assertSameOrigin, readBodyText } from "./request-guard";
import { getSignedInSession, userHas } from "./session";

export { errorResponse, jsonError, requestLocale };

/**
 * Reads and validates a JSON body; a bad body is a 400 with the reason, one over 1 MB a 413 (read as a
 * stream and given up at the limit). Zod's issues are thrown as they are (with the input, so they can be
 * worded in the caller's language at the response).
 */
export async function parseBody<T>(req: Request, schema: ZodType<T>): Promise<T> {
  const raw = await readBodyText(req);
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

type Handler<P> = (req: Request, ctx: { user: SessionUser; sessionId: string; params: P; locale: Locale }) => Promise<Response> | Response;

/**
 * Every API route goes through this: a write from another origin → 403 and a write body that is not
 * JSON → 415 (CSRF, see request-guard.ts; before the session is even read), no session → 401, role too
 * low → 403, then the handler; thrown DomainErrors become their status, worded in the caller's language
 * (`locale`, also given to the handler). `requires` names the least role the route needs, or several of which
 * any one will do (`["admin", "chief"]`).
 */
export function withUser<P = Record<string, never>>(handler: Handler<P>, opts: { requires?: Role | readonly Role[] } = {}) {
  const needed: readonly Role[] = opts.requires === undefined ? [] : typeof opts.requires === "string" ? [opts.requires] : opts.requires;
  return async (req: Request, ctx: { params: Promise<P> }): Promise<Response> => {
    let locale = requestLocale(req);
    try {
      assertSameOrigin(req, new URL(env().NEXTAUTH_URL).origin);
      assertJsonBody(req);
      const session = await getSignedInSession();
      if (!session) return jsonError(new DomainError("unauthorized", "auth.signInFirst"), locale);
      const { user, sessionId } = session;
      locale = requestLocale(req, user);
      if (needed.length > 0 && !needed.some((role) => userHas(user, role))) {
        const role = needed.length === 1 ? label("role", needed[0]) : labelChoice("role", needed);
        return jsonError(new DomainError("forbidden", "auth.roleRequired", { role }), locale);
      }
      return await handler(req, { user, sessionId, params: await ctx.params, locale });
    } catch (err) {
      return errorResponse(err, locale);
    }
  };
}
