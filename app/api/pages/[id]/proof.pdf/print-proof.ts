import fs from "node:fs";
import { chromium, type Browser } from "playwright-core";
import { env } from "@/lib/env";

/**
 * The proof (大样) as a PDF from Chromium's print engine: the same HTML and CSS the desk sees, printed
 * at the proof page's `@page` size, with the page's fonts (Noto CJK) embedded by Chromium as subsets.
 * One headless browser per request, at most MAX_RENDERS at a time; it may only load our own origin.
 */
const SYSTEM_CHROMIUM = "/usr/bin/chromium";
const ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const TIMEOUT_MS = 30_000;
const MAX_RENDERS = 2;

export class NoBrowserError extends Error {}

let running = 0;
const waiting: (() => void)[] = [];

async function slot<T>(work: () => Promise<T>): Promise<T> {
  if (running >= MAX_RENDERS) await new Promise<void>((resolve) => waiting.push(resolve));
  running += 1;
  try {
    return await work();
  } finally {
    running -= 1;
    waiting.shift()?.();
  }
}

async function launch(): Promise<Browser> {
  const configured = env().NEWSDESK_CHROMIUM;
  const executablePath = configured ?? (fs.existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined);
  try {
    return await chromium.launch({ executablePath, args: ARGS, timeout: TIMEOUT_MS });
  } catch (err) {
    const why = err instanceof Error ? err.message.split("\n")[0] : String(err);
    throw new NoBrowserError(`no headless Chromium available to print the proof (${executablePath ?? "playwright default"}): ${why}`);
  }
}

/** The origin this server answers on, seen from itself (never the request's Host header). */
export function selfOrigin(): string {
  return env().NEWSDESK_PROOF_ORIGIN;
}

/**
 * Prints the first of `paths` that exists (the proof view; the page view until the proof view is there)
 * as the caller: their session cookie goes with every request to our origin; any other origin is blocked.
 */
export async function printProofPdf({ paths, cookie }: { paths: string[]; cookie: string | null }): Promise<Buffer> {
  return slot(async () => {
    const browser = await launch();
    try {
      const origin = selfOrigin();
      const context = await browser.newContext({ locale: "zh-CN", timezoneId: "Asia/Shanghai", extraHTTPHeaders: cookie ? { cookie } : {} });
      await context.route("**/*", (route) => (new URL(route.request().url()).origin === origin ? route.continue() : route.abort("blockedbyclient")));
      const page = await context.newPage();
      page.setDefaultTimeout(TIMEOUT_MS);
      let status = 0;
      for (const path of paths) {
        const response = await page.goto(new URL(path, origin).toString(), { waitUntil: "load" });
        status = response?.status() ?? 0;
        if (status !== 404) break;
      }
      if (status >= 400 || status === 0) throw new Error(`the proof view answered ${status}`);
      await page.evaluate(async () => {
        await document.fonts.ready;
      });
      return await page.pdf({ preferCSSPageSize: true, printBackground: true });
    } finally {
      await browser.close();
    }
  });
}
