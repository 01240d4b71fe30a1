import { eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { users } from "../schema";

const publicColumns = { id: users.id, login: users.login, name: users.name, role: users.role, locale: users.locale };
export type SessionUser = { id: number; login: string; name: string; role: (typeof users.$inferSelect)["role"]; locale: (typeof users.$inferSelect)["locale"] };

/** For sign-in only: the one place the password hash is read. */
export function getUserCredentialsByLogin(db: DbOrTx, { login }: { login: string }) {
  return db
    .select({ ...publicColumns, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.login, login))
    .get();
}

export function getUserById(db: DbOrTx, { id }: { id: number }): SessionUser | undefined {
  return db.select(publicColumns).from(users).where(eq(users.id, id)).get();
}

export function listUsers(db: DbOrTx): SessionUser[] {
  return db.select(publicColumns).from(users).orderBy(users.id).all();
}

/** Everyone on the desk: editors and the chief. */
export function deskUserIds(tx: DbOrTx): number[] {
  return tx
    .select({ id: users.id })
    .from(users)
    .where(inArray(users.role, ["editor", "chief"]))
    .all()
    .map((u) => u.id);
}
