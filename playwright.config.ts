import { defineConfig, devices } from "@playwright/test";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/**
 * E2E against the production build (`next build` is run by `npm test` first) served by the same start
 * script users run, on a fresh temporary database. Uses Debian's Chromium when present.
 */
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${port}`;
const dataDir = process.env.E2E_DATA_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), "newsdesk-e2e-"));
process.env.E2E_DATA_DIR = dataDir; // workers re-read this config: keep one database for the run
const systemChromium = "/usr/bin/chromium";
const desktop = { ...devices["Desktop Chrome"], viewport: { width: 1440, height: 900 } };
// scripts/e2e-shuffled.mjs names the spec files in the order to run them: one project a file, in that order.
const order = process.env.E2E_ORDER?.split(",").filter(Boolean);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export default defineConfig({
  testDir: "e2e",
  // A run on another port (a parallel check) keeps its artifacts apart: each run empties its outputDir.
  outputDir: process.env.E2E_PORT ? `test-results/e2e-${port}` : "test-results/e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: "test-results/playwright.json" }]],
  use: {
    baseURL,
    // Writes must come from the app's own origin (CSRF): the built-in `request`, `page.request` and the
    // browser contexts say so, as a browser on the app's pages does. e2e/fixtures.ts's API clients too.
    extraHTTPHeaders: { Origin: baseURL },
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    viewport: { width: 1440, height: 900 },
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: fs.existsSync(systemChromium) ? systemChromium : undefined,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  // All specs share one seeded database, in any order: each test writes only to an edition of its own
  // (the `edition`/`desk` fixtures of e2e/fixtures.ts); the seed edition is only read.
  projects: order ? order.map((file) => ({ name: file, testMatch: new RegExp(`/${escape(file)}$`), use: desktop })) : [{ name: "e2e", use: desktop }],
  webServer: {
    command: "node_modules/.bin/tsx scripts/start.ts",
    url: `${baseURL}/api/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      PORT: String(port),
      DATABASE_PATH: path.join(dataDir, "newsdesk.db"),
      NEXTAUTH_URL: baseURL,
      NEWSDESK_DEMO_PASSWORD: "newsdesk",
    },
  },
});
