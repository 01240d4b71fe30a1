import { eq } from "drizzle-orm";
import type { Db } from "../client";
import { loginThrottle } from "../schema";

/** After a good sign-in: the login's count starts again (the address keeps its own). */
export function clearLoginFailures(db: Db, key: string): void {
  db.delete(loginThrottle).where(eq(loginThrottle.key, key)).run();
}
