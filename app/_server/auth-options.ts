import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { databasePath, getDb } from "@/db/client";
import { clearLoginFailures } from "@/db/commands/clear-login-failures";
import { recordLoginFailure } from "@/db/commands/record-login-failure";
import { lockedUntil } from "@/db/queries/login-throttle";
import { getUserCredentialsByLogin } from "@/db/queries/users";
import { CLIENT_ADDRESS_HEADER, normalizeAddress } from "@/lib/client-address";
import { env } from "@/lib/env";
import { throttleKeys } from "@/lib/login-throttle";
import { hashPassword, verifyPassword } from "@/lib/passwords";
import { safeRedirectPath } from "@/lib/safe-redirect";
import type { Role } from "@/lib/roles";

/** Thrown from authorize() and shown on the login page; never says whether the login or the password was wrong. */
export const RATE_LIMITED = "RateLimited";

const credentialsSchema = z.object({
  login: z.string().trim().toLowerCase().min(1).max(40),
  password: z.string().min(1).max(200),
});

/** NEXTAUTH_SECRET, or the one `npm start` generated under data/; in production never a guessable default. */
function authSecret(): string | undefined {
  const { NEXTAUTH_SECRET } = env();
  if (NEXTAUTH_SECRET) return NEXTAUTH_SECRET;
  const file = path.join(/*turbopackIgnore: true*/ path.dirname(databasePath()), "auth-secret");
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
  if (process.env.NODE_ENV === "production") {
    throw new Error("Newsdesk: NEXTAUTH_SECRET is not set and data/auth-secret does not exist. Start with `npm start` or set NEXTAUTH_SECRET.");
  }
  return "newsdesk-development-only-secret";
}

// Compared against when the login is unknown, so the response time does not reveal which part was wrong.
let dummyHash: Promise<string> | undefined;

/**
 * The caller's address as our server (scripts/serve.ts) wrote it: one value, the socket's or the right-most
 * untrusted hop behind NEWSDESK_TRUSTED_PROXIES. Under plain `next start` or `next dev`, Next fills the
 * header from the socket only when the client sent none; the right-most hop is the least forgeable part then.
 */
function requestAddress(headers: Record<string, unknown> | undefined): string {
  const forwarded = headers?.[CLIENT_ADDRESS_HEADER];
  const hops = typeof forwarded === "string" ? forwarded.split(",") : [];
  return normalizeAddress(hops.at(-1) ?? "") || "unknown";
}

let cached: NextAuthOptions | undefined;

/** Built on first use, not at import: `next build` imports this module and must not need the secret. */
export function getAuthOptions(): NextAuthOptions {
  cached ??= { ...authOptionsWithoutSecret, secret: authSecret() };
  return cached;
}

const authOptionsWithoutSecret: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "Newsdesk",
      credentials: { login: { label: "Login", type: "text" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, req) {
        const parsed = credentialsSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const { login, password } = parsed.data;
        const db = getDb();
        const key = throttleKeys(login, requestAddress(req?.headers));
        const keys = [key.loginFromAddress, key.address, key.account];
        // Locked: refused before any bcrypt work.
        if (lockedUntil(db, keys)) throw new Error(RATE_LIMITED);

        const user = getUserCredentialsByLogin(db, { login });
        dummyHash ??= hashPassword("newsdesk-dummy-password");
        const ok = await verifyPassword(password, user?.passwordHash ?? (await dummyHash));
        if (!user || !ok) {
          recordLoginFailure(db, keys);
          return null;
        }
        clearLoginFailures(db, key.loginFromAddress);
        clearLoginFailures(db, key.account);
        return { id: String(user.id), name: user.name, login: user.login, role: user.role };
      },
    }),
  ],
  callbacks: {
    // next-auth's own redirects (sign-in, sign-out callbackUrl) stay on our origin, decided as the login page does.
    redirect({ url, baseUrl }) {
      return new URL(safeRedirectPath(url, baseUrl), baseUrl).toString();
    },
    jwt({ token, user }) {
      if (user) {
        const u = user as unknown as { id: string; role: Role; login: string };
        token.uid = Number(u.id);
        token.role = u.role;
        token.login = u.login;
      }
      return token;
    },
    session({ session, token }) {
      // Only what the UI needs: id, name, role. Never the hash.
      session.user = { id: token.uid as number, name: session.user?.name ?? null, role: token.role as Role };
      return session;
    },
  },
};
