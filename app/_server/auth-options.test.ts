import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, inject, it, vi } from "vitest";

/**
 * next-auth's own handler (next-auth/core, no Next server) driven with our options: the cookies it sets
 * and the session row a sign-in makes and a sign-out removes.
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsdesk-auth-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** One Set-Cookie header, read back: name, value and its flags. */
function parseCookie(header: string) {
  const [pair, ...attrs] = header.split(/;\s*/);
  const [name, value] = [pair.slice(0, pair.indexOf("=")), pair.slice(pair.indexOf("=") + 1)];
  const flags = attrs.map((a) => a.toLowerCase());
  return { name, value, secure: flags.includes("secure"), httpOnly: flags.includes("httponly"), sameSite: flags.find((f) => f.startsWith("samesite="))?.slice(9) };
}

async function withAddress(url: string) {
  const file = path.join(dir, `${new URL(url).protocol.replace(":", "")}.db`);
  fs.copyFileSync(inject("seedTemplate").file, file);
  vi.resetModules();
  delete (globalThis as { newsdeskDb?: unknown }).newsdeskDb; // db/client.ts keeps its connection there
  vi.stubEnv("NEXTAUTH_URL", url);
  vi.stubEnv("NEXTAUTH_SECRET", "a-test-secret-of-enough-length");
  vi.stubEnv("DATABASE_PATH", file);
  const { default: NextAuth } = await import("next-auth");
  const { getAuthOptions } = await import("./auth-options");
  const { getDb } = await import("@/db/client");
  const { userSessions } = await import("@/db/schema");
  const jar = new Map<string, string>();
  /** One request to next-auth's handler (its pages-router form, which needs no Next server); the cookies it sets. */
  const call = async (action: string[], method: string, body?: Record<string, string>) => {
    const headers: Record<string, unknown> = {};
    const res = {
      status: () => res,
      setHeader: (k: string, v: unknown) => void (headers[k.toLowerCase()] = v),
      getHeader: (k: string) => headers[k.toLowerCase()],
      send: () => undefined,
      json: () => undefined,
      end: () => undefined,
    };
    const req = { method, query: { nextauth: action }, body, cookies: Object.fromEntries(jar), headers: { host: new URL(url).host } };
    await NextAuth(req as never, res as never, getAuthOptions());
    const set = ([] as string[]).concat((headers["set-cookie"] as string[] | undefined) ?? []).map(parseCookie);
    for (const c of set) jar.set(c.name, decodeURIComponent(c.value));
    return set;
  };
  const csrf = await call(["csrf"], "GET");
  const csrfToken = (jar.get(csrf[0].name) ?? "").split("|")[0];
  const sessionRows = () => getDb().select().from(userSessions).all();
  return { call, csrf, csrfToken, sessionRows, jar };
}

describe("session cookies and the server-side session", () => {
  afterAll(() => vi.unstubAllEnvs());

  it("behind https: Secure cookies with __Secure-/__Host- names, HttpOnly and SameSite=Lax", async () => {
    const { call, csrf, csrfToken } = await withAddress("https://desk.example.com");
    expect(csrf[0]).toMatchObject({ name: "__Host-next-auth.csrf-token", secure: true, httpOnly: true, sameSite: "lax" });
    const signIn = await call(["callback", "credentials"], "POST", { csrfToken, login: "limeng", password: "password-1" });
    const session = signIn.find((c) => c.name.endsWith("next-auth.session-token"));
    expect(session).toMatchObject({ name: "__Secure-next-auth.session-token", secure: true, httpOnly: true, sameSite: "lax" });
  }, 60_000);

  it("over http (local): the plain names, not Secure; a sign-in makes a session row, signing out removes it", async () => {
    const { call, csrfToken, sessionRows } = await withAddress("http://localhost:3000");
    const signIn = await call(["callback", "credentials"], "POST", { csrfToken, login: "limeng", password: "password-1" });
    expect(signIn.find((c) => c.name === "next-auth.session-token")).toMatchObject({ secure: false, httpOnly: true, sameSite: "lax" });
    expect(sessionRows()).toHaveLength(1);
    await call(["signout"], "POST", { csrfToken });
    expect(sessionRows()).toEqual([]);
  }, 60_000);
});
