import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

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
