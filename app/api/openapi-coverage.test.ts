import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { API_ROUTES } from "@/lib/api/api-routes";
import { HTTP_METHODS, type Access } from "@/lib/api/route-registry";
import type { Role } from "@/lib/roles";

/**
 * Every method a route file under app/api exports is in the OpenAPI registry (lib/api/api-routes.ts),
 * with the role the handler requires, and the registry lists nothing that no file exports.
 */
const API_DIR = path.join(import.meta.dirname);

/** Route files that are not part of the JSON API, and why. */
const NOT_DOCUMENTED: Record<string, string> = {
  "/api/auth/{nextauth}": "next-auth's own endpoints (csrf, callback/credentials, session, signout): its protocol, not ours; docs/API.md shows the sign-in",
  "/api/{path}": "the API's own 404 for a path no route serves (app/api/[...path]); docs/API.md \"Errors\"",
};

interface ExportedMethod {
  path: string;
  method: string;
  access: Access;
}

function routeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === "route.ts" ? [full] : [];
  });
}

/** app/api/stories/[id]/route.ts → /api/stories/{id}; [...x] → {x}. */
export function openApiPathOf(file: string): string {
  const segments = path.relative(API_DIR, path.dirname(file)).split(path.sep).filter(Boolean);
  return "/" + ["api", ...segments.map((s) => s.replace(/^\[(?:\.\.\.)?(.+)\]$/, "{$1}"))].join("/");
}

const METHOD = HTTP_METHODS.join("|");

/** The HTTP methods a route file exports, each with the access its handler requires, read from its source. */
export function exportedMethods(source: string): { method: string; access: Access }[] {
  const found: { method: string; at: number }[] = [];
  for (const m of source.matchAll(new RegExp(`export\\s+(?:const|(?:async\\s+)?function)\\s+(${METHOD})\\b`, "g"))) found.push({ method: m[1], at: m.index });
  for (const m of source.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const name of m[1].split(",")) {
      const exported = name.trim().split(/\s+as\s+/).pop();
      if (exported && (HTTP_METHODS as readonly string[]).includes(exported)) found.push({ method: exported, at: m.index });
    }
  }
  found.sort((a, b) => a.at - b.at);
  return found.map(({ method, at }, i) => {
    const body = source.slice(at, found.find((f, j) => j > i && f.at > at)?.at ?? source.length);
    const one = /requires:\s*"(\w+)"/.exec(body)?.[1];
    const several = /requires:\s*\[([^\]]*)\]/.exec(body)?.[1];
    const signedIn = /withUser\s*(?:<[^>]*>)?\s*\(/.test(body) ? "signed-in" : "public";
    const access: Access = one ? (one as Access) : several ? (several.split(",").map((r) => r.trim().replace(/"/g, "")) as Role[]) : signedIn;
    return { method, access };
  });
}

const exported: ExportedMethod[] = routeFiles(API_DIR).flatMap((file) =>
  exportedMethods(fs.readFileSync(file, "utf8")).map((m) => ({ ...m, path: openApiPathOf(file) })),
);

const key = (r: { method: string; path: string }) => `${r.method} ${r.path}`;

describe("the OpenAPI document covers app/api", () => {
  it("reads the route files (23 and more, several methods each)", () => {
    expect(new Set(exported.map((e) => e.path)).size).toBeGreaterThanOrEqual(23);
    expect(exported.length).toBeGreaterThanOrEqual(33);
  });

  it("documents every method a route file exports", () => {
    const documented = new Set(API_ROUTES.map(key));
    const missing = exported.filter((e) => !(e.path in NOT_DOCUMENTED) && !documented.has(key(e))).map(key);
    expect(missing).toEqual([]);
  });

  it("documents no route that no file exports", () => {
    const real = new Set(exported.map(key));
    const extra = API_ROUTES.filter((r) => !real.has(key(r))).map(key);
    expect(extra).toEqual([]);
  });

  it("states the role each handler requires", () => {
    const byKey = new Map(exported.map((e) => [key(e), JSON.stringify(e.access)]));
    const wrong = API_ROUTES.filter((r) => byKey.has(key(r)) && byKey.get(key(r)) !== JSON.stringify(r.access)).map((r) => `${key(r)}: documented ${JSON.stringify(r.access)}, handler ${byKey.get(key(r))}`);
    expect(wrong).toEqual([]);
  });

  it("keeps its exclusions real", () => {
    for (const p of Object.keys(NOT_DOCUMENTED)) expect(exported.some((e) => e.path === p), p).toBe(true);
  });
});

describe("reading a route file", () => {
  it("finds const, function and re-exported handlers with their access", () => {
    const source = [
      'export const GET = withUser<{ id: string }>((_req) => ok(), { requires: "editor" });',
      "export const PATCH = withUser(async (req) => ok());",
      "export async function DELETE() {}",
      "export function PUT() {}",
      "export { handler as POST };",
      "export const dynamic = 'force-dynamic';",
    ].join("\n");
    expect(exportedMethods(source)).toEqual([
      { method: "GET", access: "editor" },
      { method: "PATCH", access: "signed-in" },
      { method: "DELETE", access: "public" },
      { method: "PUT", access: "public" },
      { method: "POST", access: "public" },
    ]);
  });

  it("reads a choice of roles", () => {
    expect(exportedMethods('export const PUT = withUser(async (req) => ok(), { requires: ["admin", "chief"] });')).toEqual([{ method: "PUT", access: ["admin", "chief"] }]);
  });

  it("maps file paths to OpenAPI paths", () => {
    expect(openApiPathOf(path.join(API_DIR, "stories/[id]/revisions/[n]/restore/route.ts"))).toBe("/api/stories/{id}/revisions/{n}/restore");
    expect(openApiPathOf(path.join(API_DIR, "auth/[...nextauth]/route.ts"))).toBe("/api/auth/{nextauth}");
    expect(openApiPathOf(path.join(API_DIR, "openapi.json/route.ts"))).toBe("/api/openapi.json");
  });
});
