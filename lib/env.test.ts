import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ENV_VARIABLES, EnvError, parseEnv } from "./env";

function refusal(source: Record<string, string>): string {
  try {
    parseEnv(source);
  } catch (e) {
    if (e instanceof EnvError) return e.message;
    throw e;
  }
  throw new Error("expected a bad environment");
}

describe("the environment", () => {
  it("has a default for everything it needs", () => {
    expect(parseEnv({})).toEqual({
      PORT: 3000,
      DATABASE_PATH: "data/newsdesk.db",
      NEXTAUTH_URL: "http://localhost:3000",
      NEWSDESK_DEMO_PASSWORD: "newsdesk",
      NEWSDESK_PROOF_ORIGIN: "http://localhost:3000",
      NEXT_DIST_DIR: ".next",
    });
  });

  it("takes good values, derives the local addresses from PORT, and counts an empty value as unset", () => {
    const e = parseEnv({
      PORT: "8080",
      DATABASE_PATH: "/srv/newsdesk/desk.db",
      NEXTAUTH_SECRET: "s3cret-s3cret",
      NEWSDESK_CHROMIUM: "/opt/chromium/chrome",
      NEXT_DIST_DIR: ".next-ci",
      NEXTAUTH_URL: "",
      OTHER: "ignored",
    });
    expect(e).toMatchObject({ PORT: 8080, DATABASE_PATH: "/srv/newsdesk/desk.db", NEXTAUTH_SECRET: "s3cret-s3cret", NEWSDESK_CHROMIUM: "/opt/chromium/chrome", NEXT_DIST_DIR: ".next-ci" });
    expect(e.NEXTAUTH_URL).toBe("http://localhost:8080");
    expect(e.NEWSDESK_PROOF_ORIGIN).toBe("http://localhost:8080");
    expect(e).not.toHaveProperty("OTHER");
    expect(parseEnv({ NEWSDESK_DEMO: "1", NEWSDESK_ADMIN_PASSWORD: "first-admin-pass" })).toMatchObject({ NEWSDESK_DEMO: true, NEWSDESK_ADMIN_PASSWORD: "first-admin-pass" });
    expect(parseEnv({ NEWSDESK_DEMO: "0" }).NEWSDESK_DEMO).toBe(false);
    const behindProxy = parseEnv({ NEXTAUTH_URL: "https://desk.example.com", NEWSDESK_PROOF_ORIGIN: "http://127.0.0.1:3000/", NEWSDESK_DEMO_PASSWORD: "long-enough" });
    expect(behindProxy).toMatchObject({ NEXTAUTH_URL: "https://desk.example.com", NEWSDESK_PROOF_ORIGIN: "http://127.0.0.1:3000", NEWSDESK_DEMO_PASSWORD: "long-enough" });
  });

  it("refuses each bad value with a message naming the variable", () => {
    for (const port of ["abc", "0", "65536", "30 00", "-1"]) expect(refusal({ PORT: port })).toBe(`bad environment: PORT must be a port number from 1 to 65535 (got "${port}")`);
    expect(refusal({ NEXTAUTH_URL: "not a url" })).toMatch(/^bad environment: NEXTAUTH_URL must be an http:\/\/ or https:\/\/ address.*\(got "not a url"\)$/);
    expect(refusal({ NEXTAUTH_URL: "ftp://desk.example.com" })).toMatch(/^bad environment: NEXTAUTH_URL /);
    expect(refusal({ NEWSDESK_PROOF_ORIGIN: "localhost:3000" })).toMatch(/^bad environment: NEWSDESK_PROOF_ORIGIN must be an http/);
    // a secret is named, never shown
    expect(refusal({ NEWSDESK_DEMO_PASSWORD: "short" })).toBe("bad environment: NEWSDESK_DEMO_PASSWORD must be at least 8 characters");
    expect(refusal({ NEWSDESK_ADMIN_PASSWORD: "short" })).toBe("bad environment: NEWSDESK_ADMIN_PASSWORD must be at least 8 characters");
    expect(refusal({ NEWSDESK_DEMO: "yes" })).toBe('bad environment: NEWSDESK_DEMO must be "1" (create the demo accounts) or "0" (got "yes")');
    expect(refusal({ PORT: "x", NEXTAUTH_URL: "y" })).toMatch(/^bad environment: PORT .*; NEXTAUTH_URL /);
  });

  it("is the table in README's Environment section, variable for variable", () => {
    const readme = fs.readFileSync(path.join(import.meta.dirname, "..", "README.md"), "utf8");
    const section = readme.split("## Environment")[1].split("\n## ")[0];
    const listed = [...section.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((m) => m[1]);
    expect(listed.sort()).toEqual([...ENV_VARIABLES].sort());
  });
});
