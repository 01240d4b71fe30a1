import { eq } from "drizzle-orm";
import { afterFailure } from "@/lib/login-throttle";
import type { Db } from "../client";
import { loginThrottle } from "../schema";

/** Counts a failed sign-in against each key (login and client address); the policy is lib/login-throttle. */
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
