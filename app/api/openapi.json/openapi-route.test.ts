import { describe, expect, it } from "vitest";
import { GET } from "./route";

describe("GET /api/openapi.json", () => {
  it("serves the document without a session, cacheable, and 304 when the client has it", async () => {
    const res = GET(new Request("http://localhost/api/openapi.json"));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    expect(res.headers.get("cache-control")).toMatch(/^public, max-age=\d+/);
    const doc = await res.json();
    expect(doc.openapi).toMatch(/^3\.1\./);
    expect(Object.keys(doc.paths)).toContain("/api/stories/{id}");

    const etag = res.headers.get("etag")!;
    expect(etag).toMatch(/^".+"$/);
    const again = GET(new Request("http://localhost/api/openapi.json", { headers: { "If-None-Match": etag } }));
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
  });
});
