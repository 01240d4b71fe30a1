#!/usr/bin/env node
/**
 * Runs the e2e specs with the spec files in a random order, to show no spec depends on another one:
 *   node scripts/e2e-shuffled.mjs [--seed=N] [playwright test options, e.g. --workers=2]
 * The seed is printed, so a failing order can be run again. Playwright has no shuffle and sorts the
 * files it is given, so the order goes to playwright.config.ts in E2E_ORDER, which makes one project
 * per file in that order (the dispatcher runs projects in order). Afterwards the files are listed in the
 * order their first test started (from the JSON report), to show the order was kept.
 * Expects a fresh `next build` (NEXT_DIST_DIR as for `npm run test:e2e`).
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const args = process.argv.slice(2);
const seedArg = args.find((a) => a.startsWith("--seed="));
const seed = seedArg ? Number(seedArg.slice("--seed=".length)) : Math.floor(Math.random() * 2 ** 31);
if (!Number.isInteger(seed) || seed < 0) {
  console.error(`e2e-shuffled: --seed must be a whole number ≥ 0, not "${seedArg}"`);
  process.exit(2);
}
const passThrough = args.filter((a) => a !== seedArg);

/** mulberry32: a small seeded generator, so one seed always gives one order. */
function random(s) {
  let t = s >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

const files = fs
  .readdirSync("e2e")
  .filter((f) => f.endsWith(".spec.ts"))
  .sort();
const next = random(seed);
for (let i = files.length - 1; i > 0; i--) {
  const j = Math.floor(next() * (i + 1));
  [files[i], files[j]] = [files[j], files[i]];
}
console.log(`e2e-shuffled: seed ${seed}`);
console.log(`e2e-shuffled: order ${files.join(" ")}`);

const report = path.join("test-results", "playwright.json");
fs.rmSync(report, { force: true });
const started = Date.now();
const run = spawnSync(path.join("node_modules", ".bin", "playwright"), ["test", ...passThrough], {
  stdio: "inherit",
  env: { ...process.env, E2E_ORDER: files.join(",") },
});
const seconds = Math.round((Date.now() - started) / 1000);

if (fs.existsSync(report)) {
  const firstStart = new Map();
  const walk = (suite) => {
    for (const spec of suite.specs ?? [])
      for (const t of spec.tests)
        for (const r of t.results) {
          const at = Date.parse(r.startTime);
          if (!(firstStart.get(spec.file) <= at)) firstStart.set(spec.file, at);
        }
    for (const s of suite.suites ?? []) walk(s);
  };
  for (const s of JSON.parse(fs.readFileSync(report, "utf8")).suites) walk(s);
  const ran = [...firstStart].sort((a, b) => a[1] - b[1]).map(([f]) => path.basename(f));
  if (ran.length) console.log(`e2e-shuffled: started ${ran.join(" ")}`);
}
console.log(`e2e-shuffled: seed ${seed}, exit ${run.status}, ${seconds} s`);
process.exit(run.status ?? 1);
