import fs from "node:fs";
import { chromium, type Browser, type Page } from "playwright-core";
import { env } from "@/lib/env";
import { DomainError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { jsonError } from "@/app/_server/route";

/**
 * The proof (大样) as a PDF from Chromium's print engine: the same HTML and CSS the desk sees, printed
 * at the proof page's `@page` size, with the page's fonts (Noto CJK) embedded by Chromium as subsets.
 *
 * One headless Chromium for the whole server, launched on first use and relaunched if it dies; each
 * print gets a context of its own (the caller's cookie, our origin only). One print at a time and at
 * most MAX_WAITING waiting: beyond that the caller is told to come back (503 + Retry-After), so a burst
 * of requests cannot pile up browsers or memory. A caller who goes away (request aborted) leaves the
 * queue, or has their print stopped.
 */
const SYSTEM_CHROMIUM = "/usr/bin/chromium";
const TIMEOUT_MS = 30_000;
export const MAX_WAITING = 3;
/** Seconds to suggest in Retry-After: about one print. */
export const RETRY_AFTER_S = 5;

export class NoBrowserError extends Error {}
/** The queue is full. */
export class ProofBusyError extends Error {}
/** The caller went away before the print was done. */
export class ProofAbortedError extends Error {}

/**
 * Chromium's own sandbox stays on; it cannot start as root with it (it refuses: "Running as root without
 * --no-sandbox is not supported"), so only then is it switched off.
 */
export function chromiumArgs({ root }: { root: boolean }): string[] {
  return [...(root ? ["--no-sandbox"] : []), "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
}

/** One at a time, MAX_WAITING in line; a waiter whose signal aborts leaves the line. */
export function printQueue(maxWaiting = MAX_WAITING) {
  let busy = false;
  const waiting: { go: () => void; signal?: AbortSignal }[] = [];
  const next = () => {
    const w = waiting.shift();
    if (w) w.go();
    else busy = false;
  };
  return {
    get length() {
      return waiting.length + (busy ? 1 : 0);
    },
    async run<T>(work: () => Promise<T>, signal?: AbortSignal): Promise<T> {
      if (signal?.aborted) throw new ProofAbortedError("the caller went away");
      if (busy) {
        if (waiting.length >= maxWaiting) throw new ProofBusyError("proof queue full");
        await new Promise<void>((resolve, reject) => {
          const entry = { go: resolve, signal };
          waiting.push(entry);
          signal?.addEventListener(
            "abort",
            () => {
              const i = waiting.indexOf(entry);
              if (i >= 0) waiting.splice(i, 1);
              reject(new ProofAbortedError("the caller went away"));
            },
            { once: true },
          );
        });
      } else busy = true;
      try {
        return await work();
      } finally {
        next();
      }
    },
  };
}

const queue = printQueue();
let shared: Promise<Browser> | undefined;

function sharedBrowser(): Promise<Browser> {
  shared ??= (async () => {
    const configured = env().NEWSDESK_CHROMIUM;
    const executablePath = configured ?? (fs.existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined);
    try {
      const browser = await chromium.launch({ executablePath, args: chromiumArgs({ root: process.getuid?.() === 0 }), timeout: TIMEOUT_MS });
      // Crashed or killed: the next print launches a new one.
      browser.on("disconnected", () => {
        shared = undefined;
      });
      return browser;
    } catch (err) {
      shared = undefined;
      // The path and Chromium's own words go to the server's log only, never to the caller.
      console.error(`proof: could not launch Chromium (${executablePath ?? "playwright default"})`, err);
      throw new NoBrowserError("no headless Chromium available to print the proof");
    }
  })();
  return shared;
}

/** The origin this server answers on, seen from itself (never the request's Host header). */
export function selfOrigin(): string {
  return env().NEWSDESK_PROOF_ORIGIN;
}

/**
 * Runs `work` on a page of its own in the shared Chromium, in the print queue (one at a time): the caller's
 * cookie goes with every request to our origin, any other origin is blocked. The proof PDF and the
 * e-paper's page pictures (app/epaper/page-pictures.ts) both print through here.
 */
export async function inProofBrowser<T>(
  { cookie, signal, viewport, deviceScaleFactor }: { cookie: string | null; signal?: AbortSignal; viewport?: { width: number; height: number }; deviceScaleFactor?: number },
  work: (page: Page, origin: string) => Promise<T>,
): Promise<T> {
  return queue.run(async () => {
    const browser = await sharedBrowser();
    const context = await browser.newContext({ locale: "zh-CN", timezoneId: "Asia/Shanghai", extraHTTPHeaders: cookie ? { cookie } : {}, viewport, deviceScaleFactor });
    const stop = () => void context.close().catch(() => {});
    signal?.addEventListener("abort", stop, { once: true });
    try {
      const origin = selfOrigin();
      await context.route("**/*", (route) => (new URL(route.request().url()).origin === origin ? route.continue() : route.abort("blockedbyclient")));
      const page = await context.newPage();
      page.setDefaultTimeout(TIMEOUT_MS);
      return await work(page, origin);
    } catch (err) {
      if (signal?.aborted) throw new ProofAbortedError("the caller went away");
      throw err;
    } finally {
      signal?.removeEventListener("abort", stop);
      await context.close().catch(() => {});
    }
  }, signal);
}

/**
 * Prints the first of `paths` that exists (the proof view; the page view until the proof view is there)
 * as the caller: their session cookie goes with every request to our origin; any other origin is blocked.
 */
export async function printProofPdf({ paths, cookie, signal }: { paths: string[]; cookie: string | null; signal?: AbortSignal }): Promise<Buffer> {
  return inProofBrowser({ cookie, signal }, async (page, origin) => {
    let status = 0;
    for (const path of paths) {
      const response = await page.goto(new URL(path, origin).toString(), { waitUntil: "load" });
      status = response?.status() ?? 0;
      if (status !== 404) break;
    }
    if (status >= 400 || status === 0) throw new Error(`the proof view answered ${status}`);
    // A view that refused the caller sends them elsewhere (the dashboard): that is no proof to print.
    if (!paths.includes(new URL(page.url()).pathname)) throw new Error(`the proof view sent the caller to ${new URL(page.url()).pathname}`);
    await page.evaluate(async () => {
      await document.fonts.ready;
    });
    return await page.pdf({ preferCSSPageSize: true, printBackground: true });
  });
}

/**
 * The answer of a print route (the page proof, the 审稿单): `paths` printed as the caller (their cookie) into an
 * `application/pdf` attachment named `filename`; 503 with Retry-After while the queue is full, 503 without a
 * browser or when printing fails (never naming a path or Chromium's words), 499 when the caller went away.
 */
export async function printedPdfResponse(req: Request, { paths, filename, locale }: { paths: string[]; filename: string; locale: Locale }): Promise<Response> {
  try {
    const pdf = await printProofPdf({ paths, cookie: req.headers.get("cookie"), signal: req.signal });
    return new Response(new Uint8Array(pdf), {
      headers: { "Content-Type": "application/pdf", "Content-Disposition": `attachment; filename="${filename}"`, "Cache-Control": "no-store" },
    });
  } catch (err) {
    if (err instanceof ProofBusyError) {
      const res = jsonError(new DomainError("unavailable", "proof.busy", { seconds: RETRY_AFTER_S }), locale);
      res.headers.set("Retry-After", String(RETRY_AFTER_S));
      return res;
    }
    // Nobody is left to answer; the status is for the log.
    if (err instanceof ProofAbortedError) return new Response(null, { status: 499 });
    if (err instanceof NoBrowserError) return jsonError(new DomainError("unavailable", "proof.noBrowser"), locale);
    console.error(err);
    return jsonError(new DomainError("unavailable", "proof.printFailed"), locale);
  }
}
