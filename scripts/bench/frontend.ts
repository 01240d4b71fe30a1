/**
 * `npm run bench -- frontend [--stories N]`: first-load JavaScript of the main pages from the build's own
 * statistics (`<distDir>/diagnostics/route-bundle-stats.json`, Next 16: the chunks each route loads
 * first), gzipped here chunk by chunk; then Lighthouse 12 on the system Chromium of the budget and the
 * page view, signed in (the session cookie as an extra header), mobile (the default) and desktop presets.
 */
import fs from "node:fs";
import zlib from "node:zlib";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import * as chromeLauncher from "chrome-launcher";
import { f, fmtInt, readMeta, saveResult, type BenchOpts } from "./measure";
import { BENCH_DIST_DIR, signIn, startServer } from "./server";

const ROUTES = [
  { name: "budget", route: "/editions/[date]" },
  { name: "story editor", route: "/stories/[id]" },
  { name: "layout editor", route: "/editions/[date]/pages/[number]/layout" },
  { name: "page view", route: "/editions/[date]/pages/[number]" },
  { name: "flatplan", route: "/editions/[date]/pages" },
  { name: "login", route: "/login" },
];

export function firstLoadJs() {
  const statsFile = `${BENCH_DIST_DIR}/diagnostics/route-bundle-stats.json`;
  const stats = JSON.parse(fs.readFileSync(statsFile, "utf8")) as { route: string; firstLoadUncompressedJsBytes: number; firstLoadChunkPaths: string[] }[];
  return ROUTES.map(({ name, route }) => {
    const s = stats.find((x) => x.route === route);
    if (!s) return { name, route, raw: NaN, gzip: NaN, chunks: 0 };
    const gzip = s.firstLoadChunkPaths.reduce((n, p) => n + zlib.gzipSync(fs.readFileSync(p)).length, 0);
    return { name, route, raw: s.firstLoadUncompressedJsBytes, gzip, chunks: s.firstLoadChunkPaths.length };
  });
}

export async function main(opts: BenchOpts) {
  const js = firstLoadJs();
  for (const r of js) console.log(`  ${r.name.padEnd(14)} ${fmtInt(r.gzip / 1024)} KB gzip (${fmtInt(r.raw / 1024)} KB raw, ${r.chunks} chunks)`);

  const meta = readMeta(opts.file);
  const server = await startServer({ file: opts.file, port: opts.port + 2 });
  const lh: { page: string; preset: string; performance: number; accessibility: number; bestPractices: number; fcp: number; lcp: number; tbt: number; cls: number }[] = [];
  try {
    const cookie = await signIn(server.baseURL, "liqiang");
    const pages = [
      { page: "budget", url: `${server.baseURL}/editions/${meta.currentDate}` },
      { page: "page view", url: `${server.baseURL}/editions/${meta.currentDate}/pages/3` },
      // Public, no session; its picture is made on first need, so it is asked for once before measuring.
      { page: "e-paper page", url: `${server.baseURL}/epaper/${meta.oldDate}/1` },
    ];
    const epaperHtml = await (await fetch(pages[2].url)).text();
    for (const src of epaperHtml.matchAll(/<img src="([^"]+)"/g)) await fetch(new URL(src[1], server.baseURL), { signal: AbortSignal.timeout(180_000) });
    const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH || "/usr/bin/chromium", chromeFlags: ["--no-sandbox", "--headless=new", "--disable-gpu"] });
    try {
      for (const p of pages) {
        for (const preset of ["mobile", "desktop"] as const) {
          const flags = { port: chrome.port, output: "json" as const, logLevel: "error" as const, onlyCategories: ["performance", "accessibility", "best-practices"], extraHeaders: { Cookie: cookie } };
          const result = await lighthouse(p.url, flags, preset === "desktop" ? desktopConfig : undefined);
          const lhr = result!.lhr;
          const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
          const row = {
            page: p.page,
            preset,
            performance: Math.round((lhr.categories.performance?.score ?? NaN) * 100),
            accessibility: Math.round((lhr.categories.accessibility?.score ?? NaN) * 100),
            bestPractices: Math.round((lhr.categories["best-practices"]?.score ?? NaN) * 100),
            fcp: audit("first-contentful-paint"),
            lcp: audit("largest-contentful-paint"),
            tbt: audit("total-blocking-time"),
            cls: audit("cumulative-layout-shift"),
          };
          if (lhr.finalDisplayedUrl && !lhr.finalDisplayedUrl.startsWith(p.url)) throw new Error(`Lighthouse ended on ${lhr.finalDisplayedUrl}, not ${p.url} (signed out?)`);
          lh.push(row);
          console.log(`  lighthouse ${p.page} (${preset}): performance ${row.performance}, FCP ${fmtInt(row.fcp)} ms, LCP ${fmtInt(row.lcp)} ms, TBT ${fmtInt(row.tbt)} ms, CLS ${f(row.cls, 3)}`);
        }
      }
    } finally {
      chrome.kill();
    }
  } finally {
    await server.stop();
  }
  const table = [
    "| page | route | first-load JS gzip | uncompressed | chunks |",
    "|---|---|---:|---:|---:|",
    ...js.map((r) => `| ${r.name} | \`${r.route}\` | ${f(r.gzip / 1024)} KB | ${f(r.raw / 1024)} KB | ${r.chunks} |`),
    "",
    "| Lighthouse 12 | preset | performance | accessibility | best practices | FCP ms | LCP ms | TBT ms | CLS |",
    "|---|---|---:|---:|---:|---:|---:|---:|---:|",
    ...lh.map((r) => `| ${r.page} | ${r.preset} | ${r.performance} | ${r.accessibility} | ${r.bestPractices} | ${fmtInt(r.fcp)} | ${fmtInt(r.lcp)} | ${fmtInt(r.tbt)} | ${f(r.cls, 3)} |`),
  ].join("\n");
  console.log("\n" + table);
  console.log(`saved ${saveResult("frontend", meta.stories, { js, lighthouse: lh, table })}`);
}
