import { createHash } from "node:crypto";
import fs from "node:fs";
import { env } from "@/lib/env";
import { esc } from "@/lib/epaper/epaper-html";
import { NINJS_CONTENT_TYPE } from "@/lib/exchange/ninjs";
import { translatorFor } from "@/lib/i18n/translate";

/**
 * Answers of the public e-paper. Released content does not change, so every answer has a strong ETag
 * (a hash of its bytes: a correction on an article changes the article's HTML, so its ETag) and a
 * matching If-None-Match gets 304 with no body. How long a copy may be kept without asking:
 */
export const CACHE = {
  /** pictures and PDFs: their file names carry the page's content key, so they never change */
  file: "public, max-age=31536000, immutable",
  /** an article: changes only by a correction, which should reach readers within the hour */
  article: "public, max-age=3600, stale-while-revalidate=86400",
  /** a page view, the calendar: their 下一期 / calendar links change when the next edition is released */
  page: "public, max-age=300, stale-while-revalidate=3600",
} as const;

export function strongEtag(body: string | Buffer): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
}

/** Does If-None-Match name this ETag (or `*`)? Weak comparison is not used: our tags are strong. */
export function matches(req: Request, etag: string): boolean {
  const header = req.headers.get("if-none-match");
  if (!header) return false;
  return header.split(",").some((tag) => {
    const t = tag.trim();
    return t === "*" || t === etag;
  });
}

function cached(req: Request, body: BodyInit, { etag, cache, type }: { etag: string; cache: string; type: string }): Response {
  const headers = { ETag: etag, "Cache-Control": cache };
  if (matches(req, etag)) return new Response(null, { status: 304, headers });
  return new Response(body, { headers: { ...headers, "Content-Type": type } });
}

export function htmlAnswer(req: Request, html: string, cache: string): Response {
  return cached(req, html, { etag: strongEtag(html), cache, type: "text/html; charset=utf-8" });
}

/** A ninjs document (docs/EXCHANGE.md), cached like the HTML it mirrors. */
export function ninjsAnswer(req: Request, doc: unknown, cache: string): Response {
  const json = JSON.stringify(doc);
  return cached(req, json, { etag: strongEtag(json), cache, type: NINJS_CONTENT_TYPE });
}

export function fileAnswer(req: Request, file: string, { etag, type, download }: { etag: string; type: string; download?: string }): Response {
  if (matches(req, etag)) return new Response(null, { status: 304, headers: { ETag: etag, "Cache-Control": CACHE.file } });
  const res = cached(req, new Uint8Array(fs.readFileSync(file)), { etag, cache: CACHE.file, type });
  if (download) res.headers.set("Content-Disposition", `inline; filename*=UTF-8''${encodeURIComponent(download)}`);
  return res;
}

/** Not in the e-paper (unreleased, unknown, malformed): the same 404 for all, saying nothing more. */
export function notInEpaper(): Response {
  const message = translatorFor("zh-CN")("error.epaper.notFound");
  return new Response(`<!doctype html><html lang="zh-CN"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>404</title><body style="font-family:sans-serif;text-align:center;padding:4em 1em"><h1>404</h1><p>${esc(message)}</p><p><a href="/epaper">/epaper</a></p></body></html>`, {
    status: 404,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" },
  });
}

/** The public address, for Open Graph tags. */
export function publicOrigin(): string {
  return new URL(env().NEXTAUTH_URL).origin;
}
