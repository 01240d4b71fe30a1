import { eq } from "drizzle-orm";
import { DomainError } from "@/lib/errors";
import { hashPassword, verifyPassword } from "@/lib/passwords";
import type { Db } from "../client";
import { getUserCredentialsByLogin } from "../queries/users";
import { users } from "../schema";
import { endUserSessions } from "./end-user-sessions";
import { recordAudit } from "./record-audit";

/**
 * A user changes their own password: the current one must be right (400 otherwise). Every other session
 * of theirs ends (a stolen cookie stops working); the one they changed it in stays. Audited.
 */
export async function changeOwnPassword(
  db: Db,
  { user, currentPassword, newPassword, sessionId }: { user: { id: number; login: string }; currentPassword: string; newPassword: string; sessionId: string },
): Promise<void> {
  const credentials = getUserCredentialsByLogin(db, { login: user.login });
  if (!credentials || credentials.id !== user.id) throw new DomainError("not_found", "user.notFound", { id: user.id });
  if (!(await verifyPassword(currentPassword, credentials.passwordHash))) throw new DomainError("bad_request", "user.wrongCurrentPassword");
  const passwordHash = await hashPassword(newPassword);
  db.transaction((tx) => {
    tx.update(users).set({ passwordHash }).where(eq(users.id, user.id)).run();
    endUserSessions(tx, { userId: user.id, except: sessionId });
    recordAudit(tx, { actorId: user.id, entityType: "user", entityId: user.id, action: "password_change" });
  });
}
