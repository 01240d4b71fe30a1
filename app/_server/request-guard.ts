import { DomainError } from "@/lib/errors";

/** The methods that change something; every one of them must come from our own pages (or a script that says so). */
const WRITE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export const MAX_BODY_BYTES = 1_000_000;

function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/**
 * CSRF defence for a write: it must say it comes from `appOrigin` (NEXTAUTH_URL's origin, the one address
 * next-auth also signs in on). `Origin` decides when present (browsers send it on every write, "null" from
 * sandboxed frames and privacy redirects is refused); without it `Sec-Fetch-Site: same-origin`, then the
 * `Referer`'s origin; a write with none of the three is refused too (a script sends `Origin` itself, see
 * docs/API.md). The request's own Host is not trusted: behind a proxy it is not what the browser used.
 */
export function assertSameOrigin(req: Request, appOrigin: string): void {
  if (!WRITE_METHODS.has(req.method)) return;
  const h = req.headers;
  const origin = h.get("origin");
  const fetchSite = h.get("sec-fetch-site");
  const referer = h.get("referer");
  const ok =
    origin !== null ? originOf(origin) === appOrigin : fetchSite !== null ? fetchSite === "same-origin" : referer !== null && originOf(referer) === appOrigin;
  if (!ok) throw new DomainError("forbidden", "request.foreignOrigin");
}

/** Whether the request carries a body (a bodiless DELETE or "mark all read" POST needs no Content-Type). */
function hasBody(req: Request): boolean {
  const length = req.headers.get("content-length");
  return req.headers.has("transfer-encoding") || (length !== null && length.trim() !== "0");
}

/**
 * A write's body must be declared `application/json`: a form or `text/plain` (what a page of another site may
 * send without a preflight) is refused with 415 before anything reads it.
 */
export function assertJsonBody(req: Request): void {
  if (!WRITE_METHODS.has(req.method) || !hasBody(req)) return;
  const type = req.headers.get("content-type")?.split(";")[0].trim().toLowerCase();
  if (type !== "application/json") throw new DomainError("unsupported_media_type", "request.notJson");
}

/**
 * The body as text, read as a stream and given up at `max` bytes: a declared Content-Length over it is
 * refused before reading, a chunked one as soon as the running count passes it (never more than `max`
 * plus one chunk in memory). 413 either way.
 */
export async function readBodyText(req: Request, max = MAX_BODY_BYTES): Promise<string> {
  const tooLarge = () => new DomainError("payload_too_large", "request.bodyTooLarge", { max });
  const declared = req.headers.get("content-length");
  if (declared !== null && Number(declared) > max) throw tooLarge();
  if (!req.body) return "";
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      // Stop pulling: the socket is paused and the rest never read (cancelling would destroy the socket
      // before the 413 could be sent). The client gets its answer while still uploading.
      reader.releaseLock();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}
