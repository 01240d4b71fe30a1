import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, request, type APIRequestContext } from "@playwright/test";
import { apiSignIn } from "./fixtures";
import type { Holder } from "../db/database-holder";

/**
 * A production server of a spec's own (`npm start`: scripts/start.ts → `next start`), on a free port and
 * its own database, for the specs that kill, restart or back up a server (the shared e2e server is
 * never touched). Needs the build, as the rest of e2e does.
 */
export interface OwnServer {
  baseURL: string;
  databaseFile: string;
  /** The `next start` process, the one that has the database open (from the holder file). */
  serverPid: number;
  /** Ends the start script and waits for it; `signal` SIGKILL on the server itself is the crash. */
  kill(signal: "SIGKILL" | "SIGTERM"): Promise<void>;
  log(): string;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** A temporary folder for a spec's databases, removed by the returned function. */
export function tempDataDir(name: string): { dir: string; remove(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `newsdesk-${name}-`));
  return { dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once("exit", () => resolve()));
}

/** Starts `npm start` on `databaseFile` (created and seeded on first start) and waits for /api/health. */
export async function startOwnServer(databaseFile: string): Promise<OwnServer> {
  const port = await freePort();
  const baseURL = `http://localhost:${port}`;
  let output = "";
  const child = spawn("node_modules/.bin/tsx", ["scripts/start.ts"], {
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_PATH: databaseFile,
      NEXTAUTH_URL: baseURL,
      NEWSDESK_DEMO: "1",
      NEWSDESK_DEMO_PASSWORD: "newsdesk",
      NEWSDESK_BACKUP_HOUR: "off",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  const probe = await request.newContext({ baseURL });
  try {
    await expect
      .poll(
        async () => {
          if (child.exitCode !== null) throw new Error(`npm start exited ${child.exitCode}:\n${output}`);
          return (await probe.get("/api/health").catch(() => null))?.status();
        },
        { timeout: 120_000, message: `server on ${baseURL} healthy` },
      )
      .toBe(200);
  } finally {
    await probe.dispose();
  }
  const holder = JSON.parse(fs.readFileSync(`${databaseFile}.holder.json`, "utf8")) as Holder;
  expect(holder.serverPid, "the holder file names the server process").toBeTruthy();
  if (fs.existsSync(`/proc/${holder.serverPid}/fd`)) {
    const open = fs.readdirSync(`/proc/${holder.serverPid}/fd`).map((fd) => {
      try {
        return fs.readlinkSync(`/proc/${holder.serverPid}/fd/${fd}`);
      } catch {
        return "";
      }
    });
    expect(open, "the process the holder file names has the database open").toContain(databaseFile);
  }
  return {
    baseURL,
    databaseFile,
    serverPid: holder.serverPid!,
    async kill(signal) {
      if (signal === "SIGKILL") process.kill(holder.serverPid!, "SIGKILL");
      else child.kill("SIGTERM");
      await exited(child);
    },
    log: () => output,
  };
}

type Session = Awaited<ReturnType<APIRequestContext["storageState"]>>;

/**
 * API clients signed in by login, sending `Origin` as a browser on the app's own pages does. Each login
 * signs in once; its session cookie is reused on later servers of the same database (the auth secret
 * is kept beside it, and cookies are not tied to a port).
 */
export function signedInClients() {
  const sessions = new Map<string, Session>();
  return async (baseURL: string, login: string): Promise<APIRequestContext> => {
    const storageState = sessions.get(login);
    const client = await request.newContext({ baseURL, extraHTTPHeaders: { Origin: baseURL }, storageState });
    if (!storageState) {
      await apiSignIn(client, login);
      sessions.set(login, await client.storageState());
    }
    return client;
  };
}

/** `PRAGMA integrity_check` and `foreign_key_check` of a database file (a server may have it open). */
export function checkDatabase(file: string): { integrity: string[]; foreignKeyViolations: number } {
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const integrity = (sqlite.pragma("integrity_check") as { integrity_check: string }[]).map((r) => r.integrity_check);
    const foreignKeyViolations = (sqlite.pragma("foreign_key_check") as unknown[]).length;
    return { integrity, foreignKeyViolations };
  } finally {
    sqlite.close();
  }
}
