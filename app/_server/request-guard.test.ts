import { describe, expect, it } from "vitest";
import { DomainError } from "@/lib/errors";
import { assertSameOrigin, MAX_BODY_BYTES, readBodyText } from "./request-guard";

const OWN = "https://newsdesk.example.com";

function write(headers: Record<string, string>): Request {
  return new Request(`${OWN}/api/stories`, { method: "POST", headers });
}

function refusal(fn: () => unknown): string | null {
  try {
    fn();
    return null;
  } catch (err) {
    return err instanceof DomainError ? err.key : String(err);
  }
}

describe("a write must come from our own origin", () => {
  it("takes Origin first, then Sec-Fetch-Site, then the Referer", () => {
    expect(refusal(() => assertSameOrigin(write({ origin: OWN }), OWN))).toBeNull();
    expect(refusal(() => assertSameOrigin(write({ "sec-fetch-site": "same-origin" }), OWN))).toBeNull();
    expect(refusal(() => assertSameOrigin(write({ referer: `${OWN}/stories/1` }), OWN))).toBeNull();
    // Origin wins over a same-origin Referer (a page of ours framed or linked by another site).
    expect(refusal(() => assertSameOrigin(write({ origin: "https://evil.example", referer: `${OWN}/` }), OWN))).toBe("request.foreignOrigin");
    expect(refusal(() => assertSameOrigin(write({ origin: "http://newsdesk.example.com" }), OWN))).toBe("request.foreignOrigin");
    expect(refusal(() => assertSameOrigin(write({ referer: "not a url" }), OWN))).toBe("request.foreignOrigin");
  });

  it("lets reads through whatever their origin", () => {
    expect(refusal(() => assertSameOrigin(new Request(`${OWN}/api/stories`, { headers: { origin: "https://evil.example" } }), OWN))).toBeNull();
  });
});

/** A body that never ends, counting what the reader pulled from it. */
function endlessBody(chunk = 64 * 1024) {
  const pulled = { bytes: 0 };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      pulled.bytes += chunk;
      controller.enqueue(new Uint8Array(chunk).fill(0x20));
    },
  });
  return { stream, pulled };
}

describe("reading a body", () => {
  it("stops at the limit on a chunked body of no stated length, having pulled little more than the limit", async () => {
    const { stream, pulled } = endlessBody();
    const req = new Request(`${OWN}/api/stories`, { method: "POST", body: stream, duplex: "half" } as RequestInit);
    await expect(readBodyText(req)).rejects.toMatchObject({ code: "payload_too_large", key: "request.bodyTooLarge" });
    expect(pulled.bytes).toBeGreaterThan(MAX_BODY_BYTES);
    expect(pulled.bytes).toBeLessThan(MAX_BODY_BYTES + 4 * 64 * 1024);
  });

  it("refuses a stated Content-Length over the limit before reading a byte", async () => {
    const { stream, pulled } = endlessBody();
    const req = new Request(`${OWN}/api/stories`, { method: "POST", body: stream, duplex: "half", headers: { "content-length": String(MAX_BODY_BYTES + 1) } } as RequestInit);
    await expect(readBodyText(req)).rejects.toMatchObject({ status: 413 });
    expect(pulled.bytes).toBeLessThanOrEqual(2 * 64 * 1024);
  });

  it("reads a body up to the limit whole, Chinese text included", async () => {
    const text = JSON.stringify({ body: "聊城".repeat(1000) });
    expect(await readBodyText(new Request(`${OWN}/x`, { method: "POST", body: text }))).toBe(text);
    const exact = "x".repeat(MAX_BODY_BYTES);
    expect((await readBodyText(new Request(`${OWN}/x`, { method: "POST", body: exact }))).length).toBe(MAX_BODY_BYTES);
  });
});
