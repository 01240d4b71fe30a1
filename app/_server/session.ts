import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { touchUserSession } from "@/db/commands/touch-user-session";
import { getSessionUserOf, type SessionUser } from "@/db/queries/users";
import { hasEditorialRole, type Role } from "@/lib/roles";
import { sessionSeenIsStale } from "@/lib/session-policy";
import { getAuthOptions } from "./auth-options";

/**
 * The signed-in user, re-read from the database so a deleted or disabled account or a changed role applies
 * at once; null too when the session was ended on the server (signed out, password changed). `sessionId`
 * is the session's row, for a password change that ends the user's other sessions.
 */
export async function getSessionUser(): Promise<SessionUser | null> {
  return (await getSignedInSession())?.user ?? null;
}

export async function getSignedInSession(): Promise<{ user: SessionUser; sessionId: string } | null> {
  const session = await getServerSession(getAuthOptions());
  const id = session?.user?.id;
  const sessionId = session?.sid;
  if (typeof id !== "number" || typeof sessionId !== "string") return null;
  const db = getDb();
  const found = getSessionUserOf(db, { userId: id, sessionId });
  if (!found) return null;
  const { seenAt, ...user } = found;
  const now = Date.now();
  if (sessionSeenIsStale(seenAt, now)) touchUserSession(db, { sessionId, now });
  return { user, sessionId };
}

/** Whether `user` may act with the power of `needed` (admin and proofreader are their own, non-editorial roles). */
export function userHas(user: SessionUser, needed: Role): boolean {
  return needed === "admin" || needed === "proofreader" ? user.role === needed : hasEditorialRole(user.role, needed);
}

/** For server components: the user, or a redirect to /login (or to / when the role is not enough). */
export async function requireUser(needed?: Role): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect("/login");
  if (needed && !userHas(user, needed)) redirect("/?denied=1");
  return user;
}
