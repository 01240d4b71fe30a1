import { eq } from "drizzle-orm";
import { DomainError } from "@/lib/errors";
import { hashPassword } from "@/lib/passwords";
import type { Db } from "../client";
import { users } from "../schema";
import { endUserSessions } from "./end-user-sessions";
import { recordAudit } from "./record-audit";

/** An admin sets a new password for a user (who forgot theirs): all that user's sessions end. Audited. */
export async function resetUserPassword(db: Db, { userId, password, actor }: { userId: number; password: string; actor: { id: number } }): Promise<void> {
  const passwordHash = await hashPassword(password);
  db.transaction((tx) => {
    const updated = tx.update(users).set({ passwordHash }).where(eq(users.id, userId)).returning({ id: users.id }).get();
    if (!updated) throw new DomainError("not_found", "user.notFound", { id: userId });
    endUserSessions(tx, { userId });
    recordAudit(tx, { actorId: actor.id, entityType: "user", entityId: userId, action: "password_reset" });
  });
}
