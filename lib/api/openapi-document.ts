import { z } from "zod";
import packageJson from "@/package.json";
import { API_ROUTES } from "./api-routes";
import { COMPONENT_NAMES } from "./component-names";
import { apiError } from "./error-schemas";
import type { ApiRoute, ErrorAnswer } from "./route-registry";
import { rolesOf } from "./route-registry";

/**
 * The OpenAPI 3.1 document of the JSON API, built from the registry (lib/api/api-routes.ts) and the
 * zod schemas the routes validate with, through zod's own JSON Schema output (draft 2020-12, the
 * dialect of OpenAPI 3.1). Request shapes are the schemas' input side: defaults make a field optional.
 */

type Json = Record<string, unknown>;

const TARGET = { target: "draft-2020-12", io: "input", unrepresentable: "any" } as const;
const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const pascal = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Gives every body schema of the document one name (shared ones from COMPONENT_NAMES). */
class ComponentNames {
  readonly registry = z.registry<{ id: string }>();
  private readonly byId = new Map<string, z.ZodType>();

  constructor() {
    for (const [schema, id] of COMPONENT_NAMES) this.add(schema, id);
  }

  private add(schema: z.ZodType, id: string): string {
    const taken = this.byId.get(id);
    if (taken && taken !== schema) throw new Error(`two schemas are both named ${id} in the OpenAPI document`);
    if (!taken) {
      this.byId.set(id, schema);
      this.registry.add(schema, { id });
    }
    return id;
  }

  nameOf(schema: z.ZodType, fallback: string): string {
    return this.registry.get(schema)?.id ?? this.add(schema, fallback);
  }
}

function jsonSchemaOf(schema: z.ZodType): Json {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, TARGET) as Json;
  return rest;
}

function parameters(route: ApiRoute): Json[] {
  const of = (shape: z.ZodObject | undefined, where: "path" | "query") =>
    Object.entries(shape?.shape ?? {}).map(([name, field]) => {
      const schema = field as z.ZodType;
      const description = schema.description;
      return {
        name,
        in: where,
        required: where === "path" || !schema.safeParse(undefined).success,
        ...(description ? { description } : {}),
        schema: jsonSchemaOf(schema),
      };
    });
  return [...of(route.params, "path"), ...of(route.query, "query")];
}

const json = (schema: Json) => ({ content: { "application/json": { schema } } });

function errorAnswer(names: ComponentNames, route: ApiRoute, status: number, answer: ErrorAnswer): Json {
  const bodies = (answer.bodies ?? [apiError]).map((b, i) => ref(names.nameOf(b, `${pascal(route.operationId)}${status}${i || ""}`)));
  return { description: answer.description, ...json(bodies.length === 1 ? bodies[0] : { anyOf: bodies }) };
}

function responses(names: ComponentNames, route: ApiRoute): Json {
  const { ok } = route;
  const okAnswer: Json = { description: ok.description };
  if (ok.contentType) okAnswer.content = { [ok.contentType]: { schema: { type: "string", contentMediaType: ok.contentType } } };
  else if (ok.body) Object.assign(okAnswer, json(ref(names.nameOf(ok.body, `${pascal(route.operationId)}Response`))));

  const out: Json = { [ok.status]: okAnswer };
  const common: Partial<Record<number, ErrorAnswer>> = {};
  if (route.params || route.query || route.body) common[400] = { description: "malformed JSON, a field of the wrong shape, a bad id, a body over 1 MB" };
  if (route.access !== "public") common[401] = { description: "no session: sign in first" };
  if (route.access !== "public" && route.access !== "signed-in") common[403] = { description: `the caller's role may not do this (needs ${rolesOf(route.access)})` };
  for (const [status, answer] of Object.entries({ ...common, ...route.errors })) {
    if (answer) out[status] = errorAnswer(names, route, Number(status), answer);
  }
  if (route.access !== "public") out.default = { description: "unexpected error (500)", ...json(ref("ApiError")) };
  return out;
}

function operation(names: ComponentNames, route: ApiRoute): Json {
  const who = route.access === "public" ? "No sign-in needed." : route.access === "signed-in" ? "Any signed-in user." : `Role: ${rolesOf(route.access)} or above.`;
  const params = parameters(route);
  return {
    operationId: route.operationId,
    tags: [route.tag],
    summary: route.summary,
    description: [route.description, who].filter(Boolean).join("\n\n"),
    "x-newsdesk-access": route.access,
    ...(route.access === "public" ? { security: [] } : {}),
    ...(params.length ? { parameters: params } : {}),
    ...(route.body
      ? { requestBody: { required: !route.body.safeParse({}).success, ...json(ref(names.nameOf(route.body, `${pascal(route.operationId)}Request`))) } }
      : {}),
    responses: responses(names, route),
  };
}

export function buildOpenApiDocument(routes: readonly ApiRoute[] = API_ROUTES): Json {
  const names = new ComponentNames();
  const paths: Record<string, Json> = {};
  for (const route of routes) {
    const item = (paths[route.path] ??= {});
    const method = route.method.toLowerCase();
    if (item[method]) throw new Error(`${route.method} ${route.path} is in the registry twice`);
    item[method] = operation(names, route);
  }
  const { schemas } = z.toJSONSchema(names.registry, { ...TARGET, uri: (id) => `#/components/schemas/${id}` });
  const components = Object.fromEntries(
    Object.entries(schemas).map(([id, { $schema: _dialect, $id: _id, ...schema }]) => [id, schema]),
  );
  return {
    openapi: "3.1.1",
    info: {
      title: "Newsdesk API",
      version: packageJson.version,
      description:
        "The JSON API of Newsdesk. Every route checks the session and the role on the server and validates its input with the zod " +
        "schemas this document is generated from. Errors are `{ error: { code, message, details? } }`; object details are also " +
        "lifted to the top level (a stale save's 409 is `{ current, version, error }`). Workflows, conflict handling and signing in " +
        "from a script: docs/API.md.",
    },
    tags: [
      { name: "stories", description: "stories (稿件): budget, text, workflow, lease, comments, revisions, audit" },
      { name: "pages", description: "pages (版): flatplan, layout, page workflow, proof" },
      { name: "editions", description: "editions (期)" },
      { name: "accounts", description: "the signed-in user, notifications, staff and logins" },
      { name: "service", description: "health and this document" },
    ],
    security: [{ sessionCookie: [] }],
    paths,
    components: {
      schemas: components,
      securitySchemes: {
        sessionCookie: {
          type: "apiKey",
          in: "cookie",
          name: "next-auth.session-token",
          description:
            "next-auth's session cookie (`__Secure-next-auth.session-token` over https), set by POST /api/auth/callback/credentials " +
            "with the CSRF token from GET /api/auth/csrf (docs/API.md, \"Signing in from a script\").",
        },
      },
    },
  };
}

let built: Json | undefined;

/** The document, built once per process (the schemas do not change while it runs). */
export function openApiDocument(): Json {
  return (built ??= buildOpenApiDocument());
}
