import { and, count, eq, inArray, isNull } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { users, userSessions } from "../schema";

const publicColumns = { id: users.id, login: users.login, name: users.name, role: users.role, locale: users.locale };
export type SessionUser = { id: number; login: string; name: string; role: (typeof users.$inferSelect)["role"]; locale: (typeof users.$inferSelect)["locale"] };

/** For sign-in and password checks only: the one place the password hash is read. */
export function getUserCredentialsByLogin(db: DbOrTx, { login }: { login: string }) {
  return db
    .select({ ...publicColumns, passwordHash: users.passwordHash, disabledAt: users.disabledAt })
    .from(users)
    .where(eq(users.login, login))
    .get();
}

export function getUserById(db: DbOrTx, { id }: { id: number }): SessionUser | undefined {
  return db.select(publicColumns).from(users).where(eq(users.id, id)).get();
}

/**
 * The user of a signed-in session, when that session is still live (its row exists: not signed out, not
 * ended by a password change) and the account is not disabled. One primary-key join per request.
 */
export function getSessionUserOf(db: DbOrTx, { userId, sessionId }: { userId: number; sessionId: string }): (SessionUser & { seenAt: number }) | undefined {
  return db
    .select({ ...publicColumns, seenAt: userSessions.seenAt })
    .from(userSessions)
    .innerJoin(users, eq(users.id, userSessions.userId))
    .where(and(eq(userSessions.id, sessionId), eq(userSessions.userId, userId), isNull(users.disabledAt)))
    .get();
}

/** A login as the admin's users page shows it. */
export type UserAccount = SessionUser & { disabled: boolean };

const accountColumns = { ...publicColumns, disabledAt: users.disabledAt };
const toAccount = ({ disabledAt, ...u }: SessionUser & { disabledAt: string | null }): UserAccount => ({ ...u, disabled: disabledAt !== null });

export function listUsers(db: DbOrTx): UserAccount[] {
  return db.select(accountColumns).from(users).orderBy(users.id).all().map(toAccount);
}

export function getUserAccount(db: DbOrTx, { id }: { id: number }): UserAccount | undefined {
  const row = db.select(accountColumns).from(users).where(eq(users.id, id)).get();
  return row && toAccount(row);
}

/** Admins who can still sign in (the last of them may not be disabled or demoted). */
export function countActiveAdmins(db: DbOrTx): number {
  return db.select({ n: count() }).from(users).where(and(eq(users.role, "admin"), isNull(users.disabledAt))).get()!.n;
}

/** Everyone on the desk: editors, desk heads (部门主任) and the chief. */
export function deskUserIds(tx: DbOrTx): number[] {
  return tx
    .select({ id: users.id })
    .from(users)
    .where(inArray(users.role, ["editor", "desk_head", "chief"]))
    .all()
    .map((u) => u.id);
}

/** The desk heads (部门主任) with a working account: who a story passed 初审 goes to when its edition has 复审. */
export function deskHeadUserIds(tx: DbOrTx): number[] {
  return tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, "desk_head"), isNull(users.disabledAt)))
    .all()
    .map((u) => u.id);
}

/** The duty chiefs (值班总编) with a working account: who a page submitted for 签版 and a story passed 初审 go to. */
export function chiefUserIds(tx: DbOrTx): number[] {
  return tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, "chief"), isNull(users.disabledAt)))
    .all()
    .map((u) => u.id);
}
