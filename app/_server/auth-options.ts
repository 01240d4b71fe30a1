import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { databasePath, getDb } from "@/db/client";
import { clearLoginFailures } from "@/db/commands/clear-login-failures";
import { endUserSession } from "@/db/commands/end-user-sessions";
import { recordLoginFailure } from "@/db/commands/record-login-failure";
import { startUserSession } from "@/db/commands/start-user-session";
import { lockedUntil } from "@/db/queries/login-throttle";
import { getUserCredentialsByLogin } from "@/db/queries/users";
import { CLIENT_ADDRESS_HEADER, normalizeAddress } from "@/lib/client-address";
import { env } from "@/lib/env";
import { throttleKeys } from "@/lib/login-throttle";
import { hashPassword, verifyPassword } from "@/lib/passwords";
import { safeRedirectPath } from "@/lib/safe-redirect";
import type { Role } from "@/lib/roles";
import { SESSION_MAX_AGE_SECONDS } from "@/lib/session-policy";
import { decodeSessionToken, encodeSessionToken } from "./session-token";

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

/**
 * Built on first use, not at import: `next build` imports this module and must not need the secret.
 * Behind https (NEXTAUTH_URL) the cookies are `Secure` with `__Secure-`/`__Host-` names; always HttpOnly
 * and SameSite=Lax (next-auth's defaults).
 */
export function getAuthOptions(): NextAuthOptions {
  cached ??= { ...authOptionsWithoutSecret, secret: authSecret(), useSecureCookies: env().NEXTAUTH_URL.startsWith("https://") };
  return cached;
}

const authOptionsWithoutSecret: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  jwt: { encode: encodeSessionToken, decode: decodeSessionToken },
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
        // A disabled account gets the same answer as a wrong password.
        if (user.disabledAt) return null;
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
        const uid = Number(u.id);
        token.uid = uid;
        token.role = u.role;
        token.login = u.login;
        // The server-side record of this sign-in: getSessionUser() refuses the token once it is gone.
        token.sid = startUserSession(getDb(), { userId: uid });
      }
      return token;
    },
    session({ session, token }) {
      // Only what the UI needs: id, name, role, and the session's id (not a credential without the JWT). Never the hash.
      session.user = { id: token.uid as number, name: session.user?.name ?? null, role: token.role as Role };
      session.sid = typeof token.sid === "string" ? token.sid : undefined;
      return session;
    },
  },
  events: {
    // Signing out ends the session on the server too, so a copy of the cookie stops working.
    signOut({ token }) {
      if (typeof token?.sid === "string") endUserSession(getDb(), { sessionId: token.sid });
    },
  },
};
