/**
 * `npm run bench -- saves --stories N [--duration S]`: 50 concurrent clients saving, against `next start`:
 *   shared — 50 clients on 20 stories, a 409 taken as the server's version and retried;
 *   own    — 50 clients, each on its own story.
 * Throughput, latency of acknowledged saves, 409 count, and the zero-lost check: nothing else writes those
 * stories, so each one's version must have moved by exactly the number of saves acknowledged for it, the
 * acknowledged versions must be exactly v0+1 … v_end with none twice, and its text must be the text of the
 * save acknowledged last.
 */
import { openDb } from "@/db/client";
import { f, fmtInt, percentile, readMeta, saveResult, type BenchOpts } from "./measure";
import { signIn, startServer, writeHeaders } from "./server";
import { contentOf } from "./http";

const CLIENTS = 50;
const EDITORS = ["liqiang", "editor1", "editor2", "editor3", "editor4", "editor5", "editor6", "editor7"];

interface Ack {
  storyId: number;
  version: number;
  marker: string;
  at: number;
}

interface ModeResult {
  mode: string;
  stories: number;
  clients: number;
  seconds: number;
  acknowledged: number;
  perSecond: number;
  conflicts: number;
  otherErrors: number;
  p50: number;
  p95: number;
  p99: number;
  lost: number;
  problems: string[];
}

async function runMode(baseURL: string, cookies: string[], mode: "shared" | "own", storyIds: number[], seconds: number): Promise<ModeResult> {
  const initial = new Map<number, { version: number; content: ReturnType<typeof contentOf> }>();
  for (const id of storyIds) {
    const r = await fetch(`${baseURL}/api/stories/${id}`, { headers: { Cookie: cookies[0] } });
    const { story } = await r.json();
    initial.set(id, { version: story.version, content: contentOf(story) });
  }
  const acks: Ack[] = [];
  const latencies: number[] = [];
  let conflicts = 0;
  let otherErrors = 0;
  const end = Date.now() + seconds * 1000;
  const client = async (i: number) => {
    const storyId = storyIds[i % storyIds.length];
    const headers = writeHeaders(baseURL, cookies[i % cookies.length]);
    let version = initial.get(storyId)!.version;
    const base = initial.get(storyId)!.content;
    for (let n = 0; Date.now() < end; n++) {
      const marker = `〔c${i}·${n}〕`;
      const content = { ...base, body: [...base.body, marker] };
      const t0 = performance.now();
      let res: Response;
      let body: { version?: number };
      try {
        res = await fetch(`${baseURL}/api/stories/${storyId}`, { method: "PATCH", headers, body: JSON.stringify({ baseVersion: version, content }), signal: AbortSignal.timeout(30_000) });
        body = (await res.json()) as { version?: number };
      } catch {
        otherErrors++; // timed out (30 s) or cut off: not acknowledged
        continue;
      }
      if (res.status === 200) {
        latencies.push(performance.now() - t0);
        version = body.version!;
        acks.push({ storyId, version, marker, at: Date.now() });
      } else if (res.status === 409 && typeof body.version === "number") {
        conflicts++;
        version = body.version; // retry on the server's version with this client's text
      } else otherErrors++;
    }
  };
  const t0 = Date.now();
  await Promise.all(Array.from({ length: CLIENTS }, (_, i) => client(i)));
  const elapsed = (Date.now() - t0) / 1000;
  latencies.sort((a, b) => a - b);

  // Zero lost: read the stories back from the database file itself.
  const problems: string[] = [];
  let lost = 0;
  const { sqlite } = openDb(process.env.BENCH_DB_FILE!);
  const read = sqlite.prepare<[number], { version: number; body: string }>("SELECT version, body FROM stories WHERE id = ?");
  for (const id of storyIds) {
    const row = read.get(id)!;
    const mine = acks.filter((a) => a.storyId === id).sort((a, b) => a.version - b.version);
    const v0 = initial.get(id)!.version;
    const expected = Array.from({ length: row.version - v0 }, (_, k) => v0 + 1 + k);
    const got = mine.map((a) => a.version);
    if (got.length !== expected.length || got.some((v, k) => v !== expected[k])) {
      lost += Math.abs(expected.length - got.length) || 1;
      problems.push(`story ${id}: version ${v0} → ${row.version}, acknowledged ${got.length} saves (${got.slice(0, 5).join(",")}…)`);
    }
    const last = mine.at(-1);
    if (last && (JSON.parse(row.body) as string[]).at(-1) !== last.marker) {
      lost++;
      problems.push(`story ${id}: text is not the last acknowledged save (${last.marker})`);
    }
  }
  sqlite.close();
  return {
    mode,
    stories: storyIds.length,
    clients: CLIENTS,
    seconds: elapsed,
    acknowledged: acks.length,
    perSecond: acks.length / elapsed,
    conflicts,
    otherErrors,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    lost,
    problems,
  };
}

export async function main(opts: BenchOpts) {
  const meta = readMeta(opts.file);
  process.env.BENCH_DB_FILE = opts.file;
  const ids = meta.editableStoryIds.slice(2);
  if (ids.length < CLIENTS) throw new Error(`only ${ids.length} editable stories in the current edition (need ${CLIENTS})`);
  const server = await startServer({ file: opts.file, port: opts.port + 1 });
  const results: ModeResult[] = [];
  let rss = 0;
  try {
    const cookies = await Promise.all(EDITORS.map((l) => signIn(server.baseURL, l)));
    const seconds = Math.max(opts.duration, 5) * 3; // 30 s at the default --duration 10
    for (const [mode, storyIds] of [["shared", ids.slice(0, 20)], ["own", ids.slice(0, CLIENTS)]] as const) {
      const r = await runMode(server.baseURL, cookies, mode, [...storyIds], seconds);
      rss = Math.max(rss, server.rssMb());
      results.push(r);
      console.log(
        `  ${mode.padEnd(6)} ${r.clients} clients × ${r.stories} stories, ${f(r.seconds, 0)} s: ${fmtInt(r.acknowledged)} acknowledged (${fmtInt(r.perSecond)}/s), ${fmtInt(r.conflicts)} × 409, ${r.otherErrors} other errors, p50/p95/p99 ${f(r.p50)}/${f(r.p95)}/${f(r.p99)} ms, lost ${r.lost}`,
      );
      for (const p of r.problems.slice(0, 10)) console.log(`    ${p}`);
    }
  } finally {
    await server.stop();
  }
  const table = [
    "| clients × stories | seconds | acknowledged saves | saves/s | 409 (retried) | other errors | p50 / p95 / p99 ms (acknowledged) | lost |",
    "|---|---:|---:|---:|---:|---:|---:|---:|",
    ...results.map(
      (r) => `| ${r.clients} × ${r.stories} (${r.mode === "shared" ? "shared, 409 → retry" : "one story each"}) | ${f(r.seconds, 0)} | ${fmtInt(r.acknowledged)} | ${fmtInt(r.perSecond)} | ${fmtInt(r.conflicts)} | ${r.otherErrors} | ${f(r.p50)} / ${f(r.p95)} / ${f(r.p99)} | ${r.lost} |`,
    ),
    "",
    `Server memory (RSS of next-server): ${fmtInt(rss)} MB at most.`,
  ].join("\n");
  console.log("\n" + table);
  console.log(`saved ${saveResult("saves", meta.stories, { results, table })}`);
}
