// Adds up vitest and Playwright results and prints "N passed, M failed" (a failed non-test step counts as one failure).
import fs from "node:fs";

const failedSteps = process.argv.slice(2);
let passed = 0;
let failed = 0;

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

const vitest = readJson("test-results/vitest.json");
if (vitest) {
  passed += vitest.numPassedTests ?? 0;
  failed += vitest.numFailedTests ?? 0;
}
const pw = readJson("test-results/playwright.json");
if (pw?.stats) {
  passed += pw.stats.expected ?? 0;
  failed += (pw.stats.unexpected ?? 0) + (pw.stats.flaky ?? 0);
}
for (const step of failedSteps) {
  if ((step === "unit" && vitest && vitest.numFailedTests > 0) || (step === "e2e" && pw?.stats?.unexpected > 0)) continue;
  console.log(`step failed: ${step}`);
  failed += 1;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
