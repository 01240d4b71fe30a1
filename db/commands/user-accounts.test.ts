import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { DomainError } from "@/lib/errors";
import { verifyPassword } from "@/lib/passwords";
import { auditEvents, people, users, userSessions } from "../schema";
import { makeTestDb } from "../test-db";
import { getSessionUserOf } from "../queries/users";
import { changeOwnPassword } from "./change-own-password";
import { endUserSession } from "./end-user-sessions";
import { resetUserPassword } from "./reset-user-password";
import { startUserSession } from "./start-user-session";
import { updateUserAccount } from "./update-user-account";

let t: Awaited<ReturnType<typeof makeTestDb>>;
beforeAll(async () => {
  t = await makeTestDb([
    { login: "admin", name: "管理员", role: "admin" },
    { login: "chief", name: "值班总编", role: "chief" },
    { login: "limeng", name: "李梦", role: "reporter" },
    { login: "wang", name: "王五", role: "admin" },
  ]);
});
afterAll(() => t.close());

async function refusal(fn: () => unknown): Promise<{ status: number; key: string }> {
  try {
    await fn();
  } catch (e) {
    if (e instanceof DomainError) return { status: e.status, key: e.key };
    throw e;
  }
  throw new Error("expected a refusal");
}
const live = (userId: number, sessionId: string) => getSessionUserOf(t.db, { userId, sessionId }) !== undefined;
const auditOf = (userId: number) =>
  t.db
    .select({ actorId: auditEvents.actorId, action: auditEvents.action, fromState: auditEvents.fromState, toState: auditEvents.toState })
    .from(auditEvents)
    .where(and(eq(auditEvents.entityType, "user"), eq(auditEvents.entityId, userId)))
    .orderBy(auditEvents.id)
    .all()
    .filter((a) => a.action !== "create");

describe("the session check", () => {
  it("accepts a session while its row exists, for its own user only", () => {
    const { limeng, chief } = t.users;
    const sid = startUserSession(t.db, { userId: limeng.id });
    expect(getSessionUserOf(t.db, { userId: limeng.id, sessionId: sid })).toMatchObject({ id: limeng.id, login: "limeng", role: "reporter" });
    expect(JSON.stringify(getSessionUserOf(t.db, { userId: limeng.id, sessionId: sid }))).not.toMatch(/hash|\$2[aby]\$/);
    // a JWT naming another user with this session id is not hers
    expect(live(chief.id, sid)).toBe(false);
    expect(live(limeng.id, "made-up")).toBe(false);
  });

  it("refuses a session once it is signed out, and only that one", () => {
    const { limeng } = t.users;
    const [a, b] = [startUserSession(t.db, { userId: limeng.id }), startUserSession(t.db, { userId: limeng.id })];
    endUserSession(t.db, { sessionId: a });
    expect([live(limeng.id, a), live(limeng.id, b)]).toEqual([false, true]);
  });

  it("clears out rows of sessions long expired when a new one starts", () => {
    const { limeng } = t.users;
    const old = startUserSession(t.db, { userId: limeng.id, now: Date.now() - 14 * 3600_000 });
    startUserSession(t.db, { userId: limeng.id });
    expect(t.db.select().from(userSessions).where(eq(userSessions.id, old)).get()).toBeUndefined();
  });
});

describe("an admin manages accounts", () => {
  it("disabling ends the user's sessions at once and is audited; enabling lets them sign in again", () => {
    const { admin, limeng } = t.users;
    const sid = startUserSession(t.db, { userId: limeng.id });
    expect(updateUserAccount(t.db, { userId: limeng.id, patch: { disabled: true }, actor: admin })).toMatchObject({ login: "limeng", disabled: true });
    expect(live(limeng.id, sid)).toBe(false);
    expect(t.db.select().from(userSessions).where(eq(userSessions.userId, limeng.id)).all()).toEqual([]);
    // a session made anyhow while disabled is refused too
    expect(live(limeng.id, startUserSession(t.db, { userId: limeng.id }))).toBe(false);
    expect(updateUserAccount(t.db, { userId: limeng.id, patch: { disabled: false }, actor: admin }).disabled).toBe(false);
    expect(live(limeng.id, startUserSession(t.db, { userId: limeng.id }))).toBe(true);
    expect(auditOf(limeng.id)).toEqual([
      { actorId: admin.id, action: "disable", fromState: null, toState: null },
      { actorId: admin.id, action: "enable", fromState: null, toState: null },
    ]);
  });

  it("changes a role, audited; a former admin given an editorial role gets a byline person", () => {
    const { admin, wang } = t.users;
    expect(updateUserAccount(t.db, { userId: wang.id, patch: { role: "editor" }, actor: admin }).role).toBe("editor");
    expect(auditOf(wang.id)).toEqual([{ actorId: admin.id, action: "role", fromState: "admin", toState: "editor" }]);
    expect(t.db.select().from(people).where(eq(people.userId, wang.id)).all()).toHaveLength(1);
    // the same role again changes nothing and writes no audit row
    updateUserAccount(t.db, { userId: wang.id, patch: { role: "editor" }, actor: admin });
    expect(auditOf(wang.id)).toHaveLength(1);
  });

  it("refuses to disable or demote the last active admin, and to disable oneself (409)", async () => {
    const { admin, chief, wang } = t.users;
    expect(await refusal(() => updateUserAccount(t.db, { userId: admin.id, patch: { role: "chief" }, actor: admin }))).toEqual({ status: 409, key: "user.lastAdmin" });
    expect(await refusal(() => updateUserAccount(t.db, { userId: admin.id, patch: { disabled: true }, actor: admin }))).toEqual({ status: 409, key: "user.cannotDisableSelf" });
    // with a second admin, the first may step down; the second is then the last
    updateUserAccount(t.db, { userId: wang.id, patch: { role: "admin" }, actor: admin });
    updateUserAccount(t.db, { userId: admin.id, patch: { role: "chief" }, actor: admin });
    expect(await refusal(() => updateUserAccount(t.db, { userId: wang.id, patch: { disabled: true }, actor: chief }))).toEqual({ status: 409, key: "user.lastAdmin" });
    expect(t.db.select({ role: users.role, disabledAt: users.disabledAt }).from(users).where(eq(users.id, wang.id)).get()).toEqual({ role: "admin", disabledAt: null });
    expect(await refusal(() => updateUserAccount(t.db, { userId: 9999, patch: { disabled: true }, actor: wang }))).toEqual({ status: 404, key: "user.notFound" });
    updateUserAccount(t.db, { userId: admin.id, patch: { role: "admin" }, actor: wang });
  });

  it("a password reset ends all the user's sessions and is audited", async () => {
    const { admin, chief } = t.users;
    const sid = startUserSession(t.db, { userId: chief.id });
    await resetUserPassword(t.db, { userId: chief.id, password: "reset-by-admin", actor: admin });
    expect(live(chief.id, sid)).toBe(false);
    const hash = t.db.select({ h: users.passwordHash }).from(users).where(eq(users.id, chief.id)).get()!.h;
    expect(await verifyPassword("reset-by-admin", hash)).toBe(true);
    expect(auditOf(chief.id).at(-1)).toMatchObject({ actorId: admin.id, action: "password_reset" });
    expect(await refusal(() => resetUserPassword(t.db, { userId: 9999, password: "reset-by-admin", actor: admin }))).toEqual({ status: 404, key: "user.notFound" });
  }, 20_000);
});

describe("a user changes their own password", () => {
  it("needs the current one; then their other sessions end and this one stays", async () => {
    const { limeng } = t.users;
    const user = { id: limeng.id, login: "limeng" };
    const here = startUserSession(t.db, { userId: limeng.id });
    const elsewhere = startUserSession(t.db, { userId: limeng.id });
    expect(await refusal(() => changeOwnPassword(t.db, { user, currentPassword: "wrong-one", newPassword: "brand-new-pass", sessionId: here }))).toEqual({ status: 400, key: "user.wrongCurrentPassword" });
    expect(live(limeng.id, elsewhere)).toBe(true);

    await changeOwnPassword(t.db, { user, currentPassword: "password-1", newPassword: "brand-new-pass", sessionId: here });
    expect([live(limeng.id, here), live(limeng.id, elsewhere)]).toEqual([true, false]);
    const hash = t.db.select({ h: users.passwordHash }).from(users).where(eq(users.id, limeng.id)).get()!.h;
    expect(await verifyPassword("brand-new-pass", hash)).toBe(true);
    expect(auditOf(limeng.id).at(-1)).toMatchObject({ actorId: limeng.id, action: "password_change" });
  }, 20_000);
});
