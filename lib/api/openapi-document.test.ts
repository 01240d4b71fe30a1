import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { API_ROUTES } from "./api-routes";
import { buildOpenApiDocument } from "./openapi-document";

type Json = Record<string, any>;

const doc = buildOpenApiDocument() as Json;
const operations = Object.entries(doc.paths as Json).flatMap(([path, item]) => Object.entries(item as Json).map(([method, op]) => ({ path, method, op: op as Json })));

function refsIn(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => refsIn(v, out));
  else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      if (k === "$ref" && typeof v === "string") out.push(v);
      else refsIn(v, out);
    }
  }
  return out;
}

function resolvePointer(root: unknown, ref: string): unknown {
  if (!ref.startsWith("#/")) return undefined;
  return ref
    .slice(2)
    .split("/")
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
    .reduce<unknown>((node, key) => (node && typeof node === "object" ? (node as Json)[key] : undefined), root);
}

/** Whether every body this schema allows has the `error` object (through $refs and anyOf). */
function hasErrorField(schema: Json): boolean {
  if (schema.$ref) return hasErrorField(resolvePointer(doc, schema.$ref) as Json);
  if (schema.anyOf) return (schema.anyOf as Json[]).every(hasErrorField);
  return schema.properties?.error?.required?.includes("message") === true;
}

describe("the OpenAPI document", () => {
  it("is valid OpenAPI 3.1 (checked against the official schema)", async () => {
    expect(doc.openapi).toMatch(/^3\.1\.\d+$/);
    const validator = new Validator();
    const result = await validator.validate(structuredClone(doc));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
  });

  it("is checked by a validator that does reject a broken document", async () => {
    const broken = structuredClone(doc);
    broken.paths["/api/me"].get.responses = { 200: { content: {} } }; // a response needs a description
    expect((await new Validator().validate(broken)).valid).toBe(false);
  });

  it("resolves every $ref inside the document", () => {
    const refs = [...new Set(refsIn(doc))];
    expect(refs.length).toBeGreaterThan(20);
    expect(refs.filter((r) => resolvePointer(doc, r) === undefined)).toEqual([]);
  });

  it("declares every path parameter, and only those", () => {
    for (const { path, method, op } of operations) {
      const inPath = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]).sort();
      const declared = ((op.parameters ?? []) as Json[]).filter((p) => p.in === "path").map((p) => p.name as string).sort();
      expect(declared, `${method.toUpperCase()} ${path}`).toEqual(inPath);
      for (const p of (op.parameters ?? []) as Json[]) if (p.in === "path") expect(p.required).toBe(true);
    }
  });

  it("has one entry per method and path, with unique operation ids", () => {
    const keys = API_ROUTES.map((r) => `${r.method} ${r.path}`);
    expect(new Set(keys).size).toBe(keys.length);
    const ids = operations.map((o) => o.op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(operations).toHaveLength(API_ROUTES.length);
  });

  it("answers 401 on every signed-in route, 403 on every role-gated one, and none on public ones", () => {
    for (const { path, method, op } of operations) {
      const access = op["x-newsdesk-access"];
      const statuses = Object.keys(op.responses);
      const label = `${method.toUpperCase()} ${path}`;
      if (access === "public") {
        expect(op.security, label).toEqual([]);
        expect(statuses, label).not.toContain("401");
      } else {
        expect(statuses, label).toContain("401");
        expect(statuses.includes("403"), label).toBe(access !== "signed-in");
      }
    }
  });

  it("gives every error the { error: { code, message, details? } } shape", () => {
    const apiError = doc.components.schemas.ApiError;
    expect(apiError.required).toEqual(["error"]);
    expect(apiError.properties.error.required).toEqual(["code", "message"]);
    expect(apiError.properties.error.properties.code.enum).toEqual(expect.arrayContaining(["bad_request", "unauthorized", "forbidden", "not_found", "conflict", "unprocessable"]));
    for (const { path, method, op } of operations) {
      if (path === "/api/health") continue; // the liveness probe's 503 is { status: "error", error }
      for (const [status, answer] of Object.entries(op.responses as Json)) {
        if (!/^[45]|default/.test(status)) continue;
        expect(hasErrorField(answer.content["application/json"].schema), `${method.toUpperCase()} ${path} ${status}`).toBe(true);
      }
    }
  });

  it("describes the stale save's 409 with the server copy and its version", () => {
    const conflict = doc.paths["/api/stories/{id}"].patch.responses["409"].content["application/json"].schema;
    expect(refsIn(conflict)).toContain("#/components/schemas/StaleStoryConflict");
    const stale = doc.components.schemas.StaleStoryConflict;
    expect(stale.required).toEqual(expect.arrayContaining(["error", "version", "current"]));
    expect(stale.properties.current.required).toEqual(expect.arrayContaining(["headline", "body", "bylines", "slug", "status"]));
  });

  it("describes the page conflicts: stale version, state, submit refused with reasons", () => {
    const refs = refsIn(doc.paths["/api/pages/{id}/transitions"].post.responses["409"]);
    expect(refs).toEqual(expect.arrayContaining(["#/components/schemas/PageStateConflict", "#/components/schemas/PageRefusedConflict"]));
    expect(doc.components.schemas.PageRefusedConflict.properties.error.properties.details).toEqual({ type: "array", items: { type: "string" } });
    expect(refsIn(doc.paths["/api/pages/{id}/layout"].put.responses["409"])).toContain("#/components/schemas/StaleVersionConflict");
  });

  it("takes request bodies from the schemas the routes validate with", () => {
    const layout = doc.components.schemas.LayoutPut;
    expect(layout.additionalProperties).toBe(false);
    expect(layout.properties.elements.items).toEqual({ $ref: "#/components/schemas/LayoutElementInput" });
    expect(layout.properties.elements.maxItems).toBe(300);
    const newStory = doc.components.schemas.NewStory;
    expect(newStory.required).toEqual(["edition", "slug"]); // kind has a default
    expect(doc.paths["/api/stories/{id}/lock"].post.requestBody.required).toBe(false); // an empty body is {}
  });

  it("uses the session cookie as its security scheme", () => {
    expect(doc.security).toEqual([{ sessionCookie: [] }]);
    expect(doc.components.securitySchemes.sessionCookie).toMatchObject({ type: "apiKey", in: "cookie", name: "next-auth.session-token" });
  });

  it("is the same document every time it is built", () => {
    expect(JSON.stringify(buildOpenApiDocument())).toBe(JSON.stringify(doc));
  });
});
