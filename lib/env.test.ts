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
      NEWSDESK_TRUSTED_PROXIES: [],
      NEXT_DIST_DIR: ".next",
      NEWSDESK_BACKUP_HOUR: 3,
      NEWSDESK_BACKUP_KEEP: 14,
      NEWSDESK_BACKUP_DIR: path.join("data", "backups"),
      NEWSDESK_EPAPER_DIR: path.join("data", "epaper"),
      NEWSDESK_ARCHIVE_MAX_MB: 20,
    });
  });

  it("takes the edition archive's size limit in whole megabytes", () => {
    expect(parseEnv({ NEWSDESK_ARCHIVE_MAX_MB: "200" }).NEWSDESK_ARCHIVE_MAX_MB).toBe(200);
    for (const mb of ["0", "2001", "1.5", "50MB"]) expect(refusal({ NEWSDESK_ARCHIVE_MAX_MB: mb })).toBe(`bad environment: NEWSDESK_ARCHIVE_MAX_MB must be a whole number of megabytes from 1 to 2000 (got "${mb}")`);
  });

  it("schedules the daily backup at an hour or not at all, keeping N, beside the database unless told", () => {
    expect(parseEnv({ NEWSDESK_BACKUP_HOUR: "off" }).NEWSDESK_BACKUP_HOUR).toBeNull();
    expect(parseEnv({ NEWSDESK_BACKUP_HOUR: "0" }).NEWSDESK_BACKUP_HOUR).toBe(0);
    expect(parseEnv({ NEWSDESK_BACKUP_HOUR: "23", NEWSDESK_BACKUP_KEEP: "30" })).toMatchObject({ NEWSDESK_BACKUP_HOUR: 23, NEWSDESK_BACKUP_KEEP: 30 });
    expect(parseEnv({ DATABASE_PATH: "/srv/newsdesk/desk.db" }).NEWSDESK_BACKUP_DIR).toBe("/srv/newsdesk/backups");
    expect(parseEnv({ DATABASE_PATH: "/srv/newsdesk/desk.db", NEWSDESK_BACKUP_DIR: "/mnt/nas/newsdesk" }).NEWSDESK_BACKUP_DIR).toBe("/mnt/nas/newsdesk");
    for (const hour of ["24", "-1", "3am", "3.5"]) expect(refusal({ NEWSDESK_BACKUP_HOUR: hour })).toBe(`bad environment: NEWSDESK_BACKUP_HOUR must be an hour from 0 to 23, or "off" (got "${hour}")`);
    for (const keep of ["0", "-2", "many"]) expect(refusal({ NEWSDESK_BACKUP_KEEP: keep })).toBe(`bad environment: NEWSDESK_BACKUP_KEEP must be a whole number from 1 to 9999 (got "${keep}")`);
  });

  it("reads the trusted proxies as a list of addresses, and refuses anything else", () => {
    expect(parseEnv({ NEWSDESK_TRUSTED_PROXIES: "127.0.0.1, ::1,10.0.0.2" }).NEWSDESK_TRUSTED_PROXIES).toEqual(["127.0.0.1", "::1", "10.0.0.2"]);
    expect(() => parseEnv({ NEWSDESK_TRUSTED_PROXIES: "proxy.example" })).toThrow(/NEWSDESK_TRUSTED_PROXIES must be IP addresses/);
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
