import { eq, inArray } from "drizzle-orm";
import { afterFailure } from "@/lib/login-throttle";
import type { Db } from "../client";
import { loginThrottle } from "../schema";

/** Epoch ms until which any of these keys is locked (0 when none is). */
export function lockedUntil(db: Db, keys: string[], now = Date.now()): number {
  const rows = db.select().from(loginThrottle).where(inArray(loginThrottle.key, keys)).all();
  const until = Math.max(0, ...rows.map((r) => r.lockedUntil));
  return until > now ? until : 0;
}

export function recordLoginFailure(db: Db, keys: string[], now = Date.now()): void {
  db.transaction((tx) => {
    for (const key of keys) {
      const prev = tx.select().from(loginThrottle).where(eq(loginThrottle.key, key)).get();
      const next = afterFailure(prev, key, now);
      tx.insert(loginThrottle)
        .values({ key, ...next })
        .onConflictDoUpdate({ target: loginThrottle.key, set: next })
        .run();
    }
  });
}

export function clearLoginFailures(db: Db, key: string): void {
  db.delete(loginThrottle).where(eq(loginThrottle.key, key)).run();
}
