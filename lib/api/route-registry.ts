import type { z } from "zod";
import type { Role } from "@/lib/roles";

/** The methods a route file under app/api may export. */
export const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

/** Who may call: no session at all, any signed-in user, at least this role, or one of these (`withUser(…, { requires })`). */
export type Access = "public" | "signed-in" | Role | readonly Role[];

/** "chief", "admin or chief": the roles an access names, for reading. */
export function rolesOf(access: Role | readonly Role[]): string {
  return typeof access === "string" ? access : access.join(" or ");
}

type Schema = z.ZodType;

export interface ErrorAnswer {
  description: string;
  /** Bodies beyond the common `{ error }` shape (e.g. a 409 with the server copy); one of them is sent. */
  bodies?: Schema[];
}

/**
 * One method of one route, as the OpenAPI document shows it. The route handler validates with the same
 * `params`, `query` and `body` schemas; `ok` is its main answer.
 */
export interface ApiRoute {
  /** A verb-noun name for generated clients (`updateStory`). */
  operationId: string;
  method: HttpMethod;
  /** OpenAPI form: `/api/stories/{id}` for app/api/stories/[id]/route.ts. */
  path: string;
  tag: string;
  summary: string;
  description?: string;
  access: Access;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: Schema;
  ok: { status: 200 | 201 | 204; description: string; body?: Schema; contentType?: string };
  /** Statuses beyond those every route of its kind has (400 for input, 401, 403 for a role). */
  errors?: Partial<Record<400 | 404 | 409 | 422 | 503, ErrorAnswer>>;
}
