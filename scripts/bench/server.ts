/** The production server the HTTP benchmarks run against: `scripts/start.ts` (next start) on a generated database. */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export const BENCH_DIST_DIR = process.env.NEXT_DIST_DIR || ".next-bench";
export const BENCH_PASSWORD = "newsdesk";

export interface BenchServer {
  baseURL: string;
  child: ChildProcess;
  /** resident memory (MB) of the server process tree, now */
  rssMb: () => number;
  stop: () => Promise<void>;
}

function childrenOf(pid: number): number[] {
  try {
    return fs
      .readdirSync(`/proc/${pid}/task`)
      .flatMap((t) => fs.readFileSync(`/proc/${pid}/task/${t}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number));
  } catch {
    return [];
  }
}

function rssKb(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/** The largest process below `pid` (the next-server, not the tsx wrapper). */
function serverRssMb(pid: number): number {
  const all: number[] = [];
  const walk = (p: number) => {
    all.push(p);
    for (const c of childrenOf(p)) walk(c);
  };
  walk(pid);
  return Math.max(...all.map(rssKb)) / 1024;
}

async function answers(baseURL: string): Promise<boolean> {
  try {
    await fetch(`${baseURL}/api/health`, { signal: AbortSignal.timeout(2000) });
    return true;
  } catch {
    return false;
  }
}

export async function startServer({ file, port }: { file: string; port: number }): Promise<BenchServer> {
  // scripts/start.ts runs `next build` into BENCH_DIST_DIR first when there is no build there (minutes).
  const built = fs.existsSync(path.join(BENCH_DIST_DIR, "BUILD_ID"));
  if (!built) console.log(`no production build in ${BENCH_DIST_DIR}: the start script builds it first`);
  const baseURL = `http://localhost:${port}`;
  if (await answers(baseURL)) throw new Error(`something already answers on port ${port}`);
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      DATABASE_PATH: path.resolve(file),
      NEXT_DIST_DIR: BENCH_DIST_DIR,
      NEXTAUTH_URL: baseURL,
      NEXTAUTH_SECRET: "bench-secret-not-for-production-0123456789",
      NEWSDESK_DEMO: "1",
      NEWSDESK_DEMO_PASSWORD: BENCH_PASSWORD,
    },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let log = "";
  child.stdout!.on("data", (d) => (log += d));
  child.stderr!.on("data", (d) => (log += d));
  const deadline = Date.now() + (built ? 180_000 : 1_200_000);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${log}`);
    try {
      const r = await fetch(`${baseURL}/api/health`);
      if (r.ok) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) throw new Error(`server did not answer /api/health in time:\n${log}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    baseURL,
    child,
    rssMb: () => serverRssMb(child.pid!),
    stop: async () => {
      // The whole process group (start.ts and its next-server): next-server may take longer than the
      // wrapper to go on SIGTERM with requests in flight, so SIGKILL the group after 10 s in any case.
      const signal = (s: NodeJS.Signals) => {
        try {
          process.kill(-child.pid!, s);
        } catch {
          /* already gone */
        }
      };
      const exited = child.exitCode !== null ? Promise.resolve() : new Promise((r) => child.once("exit", r));
      signal("SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      signal("SIGKILL");
      for (let i = 0; i < 100 && (await answers(baseURL)); i++) await new Promise((r) => setTimeout(r, 100));
    },
  };
}

/** Signs in as docs/API.md "Signing in from a script" does; returns the Cookie header value. */
export async function signIn(baseURL: string, login: string, password = BENCH_PASSWORD): Promise<string> {
  const jar = new Map<string, string>();
  const keep = (r: Response) => {
    for (const c of r.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const i = pair.indexOf("=");
      jar.set(pair.slice(0, i), pair.slice(i + 1));
    }
  };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const csrfRes = await fetch(`${baseURL}/api/auth/csrf`);
  keep(csrfRes);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const r = await fetch(`${baseURL}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookie(), Origin: baseURL },
    body: new URLSearchParams({ csrfToken, login, password }),
  });
  keep(r);
  const token = [...jar.keys()].find((k) => k.endsWith("next-auth.session-token"));
  if (!token) throw new Error(`sign-in as ${login} failed (${r.status})`);
  return `${token}=${jar.get(token)}`;
}

/** Headers every write carries (the CSRF check wants the app's own Origin and JSON). */
export function writeHeaders(baseURL: string, cookie: string): Record<string, string> {
  return { Cookie: cookie, Origin: baseURL, "Content-Type": "application/json" };
}
