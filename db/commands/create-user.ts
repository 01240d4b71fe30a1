import { eq } from "drizzle-orm";
import { z } from "zod";
import { errorKey } from "@/lib/i18n/zod-issues";
import { DomainError } from "@/lib/errors";
import { hashPassword, MIN_PASSWORD_LENGTH } from "@/lib/passwords";
import { ROLES } from "@/lib/roles";
import type { Db } from "../client";
import { people, users } from "../schema";
import { recordAudit } from "./record-audit";

export const newUserSchema = z.object({
  login: z
    .string()
    .trim()
    .min(2, errorKey("validation.loginTooShort"))
    .max(40, errorKey("validation.loginTooLong"))
    .regex(/^[a-z0-9._-]+$/, errorKey("validation.loginCharacters")),
  name: z.string().trim().min(1, errorKey("validation.nameRequired")).max(40, errorKey("validation.nameTooLong")),
  role: z.enum(ROLES),
  password: z.string().min(MIN_PASSWORD_LENGTH, errorKey("validation.passwordTooShort")).max(200),
});
export type NewUser = z.infer<typeof newUserSchema>;

export interface PublicUser {
  id: number;
  login: string;
  name: string;
  role: NewUser["role"];
}

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
    if (data.role !== "admin") {
      const unlinked = tx
        .select({ id: people.id, userId: people.userId })
        .from(people)
        .where(eq(people.name, data.name))
        .all()
        .find((p) => p.userId === null);
      if (unlinked) tx.update(people).set({ userId: user.id }).where(eq(people.id, unlinked.id)).run();
      else tx.insert(people).values({ name: data.name, userId: user.id }).run();
    }
    recordAudit(tx, { actorId, entityType: "user", entityId: user.id, action: "create", toState: data.role });
    return user;
  });
}
