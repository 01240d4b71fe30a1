import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { API_ROUTES } from "@/lib/api/api-routes";
import { env } from "@/lib/env";

// A session that would be allowed to do anything: the refusals below must come before it matters.
vi.mock("@/app/_server/session", () => ({
  getSessionUser: async () => ({ id: 1, login: "chief", name: "值班总编", role: "chief", locale: "zh-CN" }),
  userHas: () => true,
}));

type RouteHandler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

/** /api/stories/{id}/comments/{commentId} → app/api/stories/[id]/comments/[commentId]/route.ts */
async function handlerOf(route: { path: string; method: string }): Promise<RouteHandler> {
  const dir = route.path.replace(/^\/api\//, "").replace(/\{(\w+)\}/g, "[$1]");
  const mod = (await import(path.join(import.meta.dirname, dir, "route.ts"))) as Record<string, RouteHandler>;
  return mod[route.method];
}

const params = () => Promise.resolve({ id: "1", commentId: "1", n: "1", date: "2019-01-09" });
const writes = API_ROUTES.filter((r) => r.method !== "GET");
const own = new URL(env().NEXTAUTH_URL).origin;

function request(route: { path: string; method: string }, headers: Record<string, string>, body = "{}"): Request {
  const url = new URL(route.path.replace(/\{(\w+)\}/g, "1"), own);
  // As a server receives it: the length is a header there (undici adds it only when sending).
  return new Request(url, { method: route.method, headers: { ...headers, "content-length": String(Buffer.byteLength(body)) }, body });
}

describe("every write route of the API refuses cross-site requests", () => {
  it("covers the registry's writes (POST, PUT, PATCH, DELETE)", () => {
    expect(writes.length).toBeGreaterThanOrEqual(15);
    expect(new Set(writes.map((r) => r.method))).toEqual(new Set(["POST", "PUT", "PATCH", "DELETE"]));
  });

  for (const route of writes) {
    describe(`${route.method} ${route.path}`, () => {
      it("answers 403 to a foreign Origin", async () => {
        const res = await (await handlerOf(route))(request(route, { origin: "http://evil.example", "content-type": "application/json" }), { params: params() });
        expect(res.status).toBe(403);
        expect((await res.json()).error.key).toBe("request.foreignOrigin");
      });

      it("answers 403 to another port of our own host and to a sandboxed frame (Origin: null)", async () => {
        const other = new URL(own);
        other.port = String(Number(other.port || 80) + 1);
        for (const origin of [other.origin, "null"]) {
          const res = await (await handlerOf(route))(request(route, { origin, "content-type": "application/json" }), { params: params() });
          expect(res.status, origin).toBe(403);
        }
      });

      it("answers 403 to a write with no Origin from another site (Sec-Fetch-Site, Referer) or no sign at all", async () => {
        const handler = await handlerOf(route);
        const signs: Record<string, string>[] = [{ "sec-fetch-site": "cross-site" }, { "sec-fetch-site": "same-site" }, { referer: "http://evil.example/form" }, {}];
        for (const headers of signs) {
          const res = await handler(request(route, { ...headers, "content-type": "application/json" }), { params: params() });
          expect(res.status, JSON.stringify(headers)).toBe(403);
        }
      });

      it("answers 415 to a text/plain or form body from our own origin", async () => {
        const handler = await handlerOf(route);
        for (const type of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"]) {
          const res = await handler(request(route, { origin: own, "content-type": type }), { params: params() });
          expect(res.status, type).toBe(415);
          expect((await res.json()).error.key).toBe("request.notJson");
        }
      });
    });
  }
});
