/** Timing helpers shared by the benchmark subcommands. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import autocannon from "autocannon";
import type { GeneratedMeta } from "./generate";

export interface BenchOpts {
  stories: number;
  file: string;
  duration: number;
  port: number;
  write: boolean;
}

/** Median time per call (ms) of 5 batches of ~200 ms each, after a warm-up. */
export function timeInProcess(fn: () => void, batchMs = 200): number {
  const first = performance.now();
  fn();
  const once = performance.now() - first;
  if (once > 500) {
    // a call of seconds: the median of three more is all the time allows
    const t = [0, 1, 2].map(() => {
      const s = performance.now();
      fn();
      return performance.now() - s;
    });
    return t.sort((a, b) => a - b)[1];
  }
  const warm = performance.now();
  for (let i = 0; i < 20 && performance.now() - warm < 2000; i++) fn();
  const batches: number[] = [];
  for (let b = 0; b < 5; b++) {
    let n = 0;
    const start = performance.now();
    while (performance.now() - start < batchMs) {
      fn();
      n++;
    }
    batches.push((performance.now() - start) / n);
  }
  return batches.sort((a, b) => a - b)[2];
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export interface HttpRun {
  requests: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  non2xx: number;
  errors: number;
  statuses: Record<string, number>;
}

/** One autocannon run; latencies from every response (autocannon's own summary has no p95). */
export async function load(opts: Parameters<typeof autocannon>[0]): Promise<HttpRun> {
  const times: number[] = [];
  const instance = autocannon({ timeout: 60, ...opts });
  instance.on("response", (_c, _s, _b, responseTime) => times.push(responseTime));
  const r = await instance;
  times.sort((a, b) => a - b);
  const statuses = Object.fromEntries(Object.entries(r.statusCodeStats ?? {}).map(([k, v]) => [k, v.count]));
  return {
    requests: times.length,
    perSecond: times.length / Math.max(r.duration, 0.001),
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    non2xx: r.non2xx,
    errors: r.errors + r.timeouts,
    statuses,
  };
}

export function readMeta(file: string): GeneratedMeta {
  const metaFile = file + ".json";
  if (!fs.existsSync(metaFile)) throw new Error(`${metaFile} not found: run \`npm run bench -- generate --stories N\` first`);
  return JSON.parse(fs.readFileSync(metaFile, "utf8")) as GeneratedMeta;
}

export function saveResult(name: string, stories: number, data: unknown): string {
  const dir = path.join("data", "bench", "results");
  fs.mkdirSync(dir, { recursive: true });
  const out = path.join(dir, `${name}-${stories}.json`);
  const machine = { node: process.version, cpus: `${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}`, loadavg: os.loadavg() };
  console.log(`machine: ${machine.cpus}, Node ${machine.node}, load average ${machine.loadavg.map((l) => l.toFixed(1)).join(" / ")} (1/5/15 min)`);
  fs.writeFileSync(out, JSON.stringify({ measuredAt: new Date().toISOString(), stories, machine, data }, null, 2));
  return out;
}

export const f = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : "–");
export const fmtInt = (n: number) => Math.round(n).toLocaleString("en");
