import { createHash } from "node:crypto";
import { openApiDocument } from "@/lib/api/openapi-document";

let cached: { body: string; etag: string } | undefined;

function documentBody() {
  if (!cached) {
    const body = JSON.stringify(openApiDocument());
    cached = { body, etag: `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"` };
  }
  return cached;
}

/** GET /api/openapi.json — the OpenAPI 3.1 document of this API; public, cacheable, 304 on a matching If-None-Match. */
export function GET(req: Request) {
  const { body, etag } = documentBody();
  const headers = { ETag: etag, "Cache-Control": "public, max-age=300, stale-while-revalidate=86400" };
  if (req.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  return new Response(body, { headers: { ...headers, "Content-Type": "application/json; charset=utf-8" } });
}
