import { eq } from "drizzle-orm";
import { DomainError } from "@/lib/errors";
import { newUserSchema, type NewUser, type PublicUser } from "@/lib/api/user-schemas";
import { hashPassword } from "@/lib/passwords";
import type { Db } from "../client";
import { users } from "../schema";
import { linkBylinePerson } from "./link-byline-person";
import { recordAudit } from "./record-audit";

/**
 * Creates a login and, for editorial roles, the byline person it writes as (re-using a person of the
 * same name who has no login yet, e.g. a reporter first seen in a seeded byline).
 */
export async function createUser(db: Db, input: NewUser, actorId: number | null = null): Promise<PublicUser> {
  const data = newUserSchema.parse(input);
  const passwordHash = await hashPassword(data.password);
  return db.transaction((tx) => {
    const taken = tx.select({ id: users.id }).from(users).where(eq(users.login, data.login)).get();
    if (taken) throw new DomainError("conflict", "user.loginTaken", { login: data.login });
    const user = tx
      .insert(users)
      .values({ login: data.login, name: data.name, role: data.role, passwordHash })
      .returning({ id: users.id, login: users.login, name: users.name, role: users.role })
      .get();
    if (data.role !== "admin") linkBylinePerson(tx, { userId: user.id, name: data.name });
    recordAudit(tx, { actorId, entityType: "user", entityId: user.id, action: "create", toState: data.role });
    return user;
  });
}
