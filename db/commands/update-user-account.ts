import { eq } from "drizzle-orm";
import type { UserPatch } from "@/lib/api/user-schemas";
import { DomainError } from "@/lib/errors";
import type { Db } from "../client";
import { countActiveAdmins, getUserAccount, type UserAccount } from "../queries/users";
import { users } from "../schema";
import { endUserSessions } from "./end-user-sessions";
import { linkBylinePerson } from "./link-byline-person";
import { recordAudit } from "./record-audit";

/**
 * An admin changes a user's role or disables / enables the account, each change audited. Disabling ends
 * the user's sessions at once. Refused (409): disabling oneself, and disabling or demoting the last active
 * admin (nobody could manage users any more).
 */
export function updateUserAccount(db: Db, { userId, patch, actor }: { userId: number; patch: UserPatch; actor: { id: number } }): UserAccount {
  return db.transaction((tx) => {
    const user = tx.select().from(users).where(eq(users.id, userId)).get();
    if (!user) throw new DomainError("not_found", "user.notFound", { id: userId });
    const role = patch.role ?? user.role;
    const disable = patch.disabled === undefined ? user.disabledAt !== null : patch.disabled;
    const wasActiveAdmin = user.role === "admin" && user.disabledAt === null;
    if (disable && user.disabledAt === null && user.id === actor.id) throw new DomainError("conflict", "user.cannotDisableSelf");
    if (wasActiveAdmin && (role !== "admin" || disable) && countActiveAdmins(tx) <= 1) throw new DomainError("conflict", "user.lastAdmin", { name: user.name });

    if (role !== user.role) {
      tx.update(users).set({ role }).where(eq(users.id, userId)).run();
      if (role !== "admin") linkBylinePerson(tx, { userId, name: user.name });
      recordAudit(tx, { actorId: actor.id, entityType: "user", entityId: userId, action: "role", fromState: user.role, toState: role });
    }
    if (disable !== (user.disabledAt !== null)) {
      tx.update(users)
        .set({ disabledAt: disable ? new Date().toISOString() : null })
        .where(eq(users.id, userId))
        .run();
      if (disable) endUserSessions(tx, { userId });
      recordAudit(tx, { actorId: actor.id, entityType: "user", entityId: userId, action: disable ? "disable" : "enable" });
    }
    return getUserAccount(tx, { id: userId })!;
  });
}
