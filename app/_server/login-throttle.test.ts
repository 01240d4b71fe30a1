import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@/db/client";
import { makeSeededDb } from "@/db/test-db";
import { clientAddress } from "@/lib/client-address";
import { IP_THRESHOLD, LOGIN_THRESHOLD } from "@/lib/login-throttle";

let testDb: Db;
vi.mock("@/db/client", async (original) => ({ ...(await original<typeof import("@/db/client")>()), getDb: () => testDb }));
const bcrypt = vi.hoisted(() => ({ compares: 0 }));
vi.mock("@/lib/passwords", async (original) => {
  const real = await original<typeof import("@/lib/passwords")>();
  return { ...real, verifyPassword: (p: string, h: string) => ((bcrypt.compares += 1), real.verifyPassword(p, h)) };
});

const { getAuthOptions, RATE_LIMITED } = await import("./auth-options");

type Authorize = (credentials: Record<string, string>, req: { headers: Record<string, string> }) => Promise<unknown>;
const authorize = (getAuthOptions().providers[0] as unknown as { options: { authorize: Authorize } }).options.authorize;

/**
 * A sign-in as it reaches next-auth through our server (scripts/serve.ts): whatever X-Forwarded-For the
 * client sends, the header is rewritten from the socket's address (no trusted proxy here).
 */
function signIn(login: string, password: string, { socket, claimed }: { socket: string; claimed?: string }) {
  const forwardedFor = clientAddress({ socket, forwardedFor: claimed, trusted: [] });
  return authorize({ login, password }, { headers: { "x-forwarded-for": forwardedFor } }).then(
    (user) => (user ? "signed-in" : "refused"),
    (err: Error) => err.message,
  );
}

let close: () => void;
beforeAll(() => {
  ({ db: testDb, close } = makeSeededDb());
});
afterAll(() => close());

describe("sign-in throttling by address", () => {
  it("cannot be dodged by rotating X-Forwarded-For: one address, one count, and no bcrypt once locked", { timeout: 180_000 }, async () => {
    const attacker = "198.51.100.7";
    for (let i = 0; i < IP_THRESHOLD; i++) {
      // A different login each time (password spraying), a different claimed address each time.
      expect(await signIn(`nobody${i}`, "guess", { socket: attacker, claimed: `10.9.${i}.1` })).toBe("refused");
    }
    const compares = bcrypt.compares;
    expect(await signIn("limeng", "password-1", { socket: attacker, claimed: "10.200.0.1" })).toBe(RATE_LIMITED);
    expect(await signIn("nobody-else", "guess", { socket: attacker, claimed: "10.200.0.2" })).toBe(RATE_LIMITED);
    expect(bcrypt.compares).toBe(compares);
    // Another (real) address is not affected.
    expect(await signIn("limeng", "password-1", { socket: "203.0.113.5" })).toBe("signed-in");
  });

  it("cannot lock a user out from “five addresses” that are one", { timeout: 60_000 }, async () => {
    const attacker = "198.51.100.66";
    for (let i = 0; i < LOGIN_THRESHOLD; i++) {
      expect(await signIn("xiaohui", "wrong-password", { socket: attacker, claimed: `172.16.0.${i}` })).toBe("refused");
    }
    // The attacker is slowed down on this account…
    expect(await signIn("xiaohui", "password-1", { socket: attacker, claimed: "172.16.0.99" })).toBe(RATE_LIMITED);
    // …its owner, from their own address, is not.
    expect(await signIn("xiaohui", "password-1", { socket: "203.0.113.20" })).toBe("signed-in");
  });

  it("still locks one account guessed from one address, the right password included", { timeout: 60_000 }, async () => {
    for (let i = 0; i < LOGIN_THRESHOLD; i++) expect(await signIn("liqiang", "wrong-password", { socket: "203.0.113.30" })).toBe("refused");
    expect(await signIn("liqiang", "password-1", { socket: "203.0.113.30" })).toBe(RATE_LIMITED);
  });
});
