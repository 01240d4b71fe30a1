import { NextResponse } from "next/server";
import { ZodError, type ZodType } from "zod";
import type { SessionUser } from "@/db/queries/users";
import { DomainError, type ErrorCode } from "@/lib/errors";
import type { Role } from "@/lib/roles";
import { getSessionUser, userHas } from "./session";

/** `{ error: { code, message, details? } }`; object details are also lifted to the top (e.g. 409 `{ current, version }`). */
export function jsonError(code: ErrorCode, message: string, status: number, details?: unknown): NextResponse {
  const lifted = details && typeof details === "object" && !Array.isArray(details) ? details : {};
  return NextResponse.json({ ...lifted, error: { code, message, ...(details === undefined ? {} : { details }) } }, { status });
}

function zodMessage(err: ZodError): string {
  return err.issues.map((i) => (i.path.length ? `${i.path.join(".")}: ${i.message}` : i.message)).join("; ");
}

/** Maps a thrown error to the JSON error response; unknown errors are logged and become 500. */
export function errorResponse(err: unknown): NextResponse {
  if (err instanceof DomainError) return jsonError(err.code, err.message, err.status, err.details);
  if (err instanceof ZodError) return jsonError("bad_request", zodMessage(err), 400);
  console.error(err);
  return jsonError("internal", "internal error", 500);
}

const MAX_BODY_BYTES = 1_000_000;

/** Reads and validates a JSON body; a bad or oversized body is a 400 with the reason. */
export async function parseBody<T>(req: Request, schema: ZodType<T>): Promise<T> {
  const raw = await req.text();
  if (Buffer.byteLength(raw) > MAX_BODY_BYTES) throw new DomainError("bad_request", `body is larger than ${MAX_BODY_BYTES} bytes`);
  let json: unknown;
  try {
    json = raw === "" ? {} : JSON.parse(raw);
  } catch {
    throw new DomainError("bad_request", "body is not valid JSON");
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new DomainError("bad_request", zodMessage(parsed.error));
  return parsed.data;
}

/** Validates route params (e.g. an id) the same way. */
export function parseParams<T>(params: unknown, schema: ZodType<T>): T {
  const parsed = schema.safeParse(params);
  if (!parsed.success) throw new DomainError("bad_request", zodMessage(parsed.error));
  return parsed.data;
}

type Handler<P> = (req: Request, ctx: { user: SessionUser; params: P }) => Promise<Response> | Response;

/**
 * Every API route goes through this: no session → 401, role too low → 403, then the handler;
 * thrown DomainErrors become their status. `requires` names the least role the route needs.
 */
export function withUser<P = Record<string, never>>(handler: Handler<P>, opts: { requires?: Role } = {}) {
  return async (req: Request, ctx: { params: Promise<P> }): Promise<Response> => {
    try {
      const user = await getSessionUser();
      if (!user) return jsonError("unauthorized", "sign in first", 401);
      if (opts.requires && !userHas(user, opts.requires)) {
        return jsonError("forbidden", `this needs the ${opts.requires} role`, 403);
      }
      return await handler(req, { user, params: await ctx.params });
    } catch (err) {
      return errorResponse(err);
    }
  };
}
