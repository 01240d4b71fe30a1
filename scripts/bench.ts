/**
 * `npm run bench [-- <subcommand> [options]]` — the benchmark suite (docs/BENCHMARKS.md). Numbers, never test
 * assertions; not part of `npm test`.
 *
 *   generate --stories N [--out FILE]   fill a database with realistic data (default data/bench/<N>.db)
 *   inproc                              pure functions and queries on one connection (copyfit, parse, 字数, diff …)
 *   http [--stories N] [--duration S]   autocannon against `next start` on a generated database, with floors
 *   saves [--stories N] [--duration S]  50 clients saving 20 shared / 50 own stories; 409s; lost saves
 *   frontend                            first-load JS (gzip) from the build, Lighthouse of budget and page view
 *   check                               机检: a 50,000-字 story against 10,000 terms (docs/CHECK.md)
 *   (none)                              all of them at the default size (10k stories)
 */
import { parseArgs } from "node:util";
import path from "node:path";

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    stories: { type: "string", default: "10000" },
    out: { type: "string" },
    db: { type: "string" },
    duration: { type: "string", default: "10" },
    port: { type: "string", default: "3461" },
    "no-write": { type: "boolean", default: false },
  },
});

export function dbFileFor(stories: number): string {
  const label = stories >= 1_000_000 && stories % 1_000_000 === 0 ? `${stories / 1_000_000}m` : stories >= 1000 && stories % 1000 === 0 ? `${stories / 1000}k` : String(stories);
  return path.join("data", "bench", `${label}.db`);
}

async function main() {
  const cmd = positionals[0] ?? "all";
  const stories = Number(values.stories);
  const file = values.db ?? values.out ?? dbFileFor(stories);
  const opts = { stories, file, duration: Number(values.duration), port: Number(values.port), write: !values["no-write"] };
  const run = async (name: string) => {
    switch (name) {
      case "generate": {
        const { generate } = await import("./bench/generate");
        const meta = await generate({ stories, out: file });
        console.log(`generated ${file}: ${meta.stories} stories, ${meta.editions} editions, ${meta.pages} pages, ${meta.revisions} revisions in ${meta.seconds.toFixed(0)} s`);
        return;
      }
      case "inproc":
        return (await import("./bench/inproc")).main(opts);
      case "http":
        return (await import("./bench/http")).main(opts);
      case "saves":
        return (await import("./bench/saves")).main(opts);
      case "frontend":
        return (await import("./bench/frontend")).main(opts);
      case "check":
        return (await import("./bench/check")).main(opts);
      default:
        throw new Error(`unknown subcommand ${name} (generate, inproc, http, saves, frontend, check)`);
    }
  };
  if (cmd === "all") {
    const fs = await import("node:fs");
    if (!fs.existsSync(file)) await run("generate");
    for (const name of ["inproc", "check", "http", "saves", "frontend"]) await run(name);
  } else await run(cmd);
}

main().catch((err) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
  process.exit(1);
});
