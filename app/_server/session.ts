import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { getUserById, type SessionUser } from "@/db/queries/users";
import { hasEditorialRole, type Role } from "@/lib/roles";
import { getAuthOptions } from "./auth-options";

/** The signed-in user, re-read from the database so a deleted account or changed role applies at once. */
export async function getSessionUser(): Promise<SessionUser | null> {
  const session = await getServerSession(getAuthOptions());
  const id = session?.user?.id;
  if (typeof id !== "number") return null;
  return getUserById(getDb(), { id }) ?? null;
}

/** Whether `user` may act with the power of `needed` (admin is its own, non-editorial role). */
export function userHas(user: SessionUser, needed: Role): boolean {
  return needed === "admin" ? user.role === "admin" : hasEditorialRole(user.role, needed);
}

/** For server components: the user, or a redirect to /login (or to / when the role is not enough). */
export async function requireUser(needed?: Role): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect("/login");
  if (needed && !userHas(user, needed)) redirect("/?denied=1");
  return user;
}
