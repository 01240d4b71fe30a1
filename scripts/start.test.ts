import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { holderFile } from "@/db/database-holder";

function start(env: Record<string, string>) {
  return spawnSync("node_modules/.bin/tsx", ["scripts/start.ts"], { env: { ...process.env, ...env }, encoding: "utf8", timeout: 30_000 });
}

describe("npm start with a bad environment", () => {
  it("exits 1 before building or touching the database, naming the variable", () => {
    const port = start({ PORT: "abc" });
    expect(port.status).toBe(1);
    expect(port.stderr).toContain('Newsdesk: could not start: bad environment: PORT must be a port number from 1 to 65535 (got "abc")');
    expect(port.stdout).toBe("");
    const url = start({ NEXTAUTH_URL: "desk.example.com" });
    expect(url.status).toBe(1);
    expect(url.stderr).toContain("NEXTAUTH_URL must be an http:// or https:// address");
  }, 60_000);
});

describe("npm start on a database someone holds", () => {
  it("refuses with exit 1 while a live server or a restore holds it, naming the holder, and leaves the holder file alone", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsdesk-start-held-"));
    const databaseFile = path.join(dir, "newsdesk.db");
    const other = spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)"], { stdio: "ignore" });
    try {
      const holders = [
        [{ role: "restore", pid: other.pid, since: "2026-12-01T00:00:00Z" }, `a restore (pid ${other.pid}`],
        [{ role: "server", pid: 999_999_999, serverPid: other.pid, since: "2026-12-01T00:00:00Z" }, `a Newsdesk server (pid ${other.pid}`],
      ] as const;
      for (const [holder, named] of holders) {
        fs.writeFileSync(holderFile(databaseFile), JSON.stringify(holder));
        const r = start({ DATABASE_PATH: databaseFile, PORT: "3999" });
        expect(r.status).toBe(1);
        expect(r.stderr).toContain(`Newsdesk: could not start: ${named}`);
        expect(fs.readFileSync(holderFile(databaseFile), "utf8")).toBe(JSON.stringify(holder));
        expect(fs.existsSync(databaseFile)).toBe(false);
      }
    } finally {
      other.kill();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
