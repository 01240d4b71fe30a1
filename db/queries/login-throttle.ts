import { inArray } from "drizzle-orm";
import type { Db } from "../client";
import { loginThrottle } from "../schema";

/** Epoch ms until which any of these keys is locked (0 when none is). */
export function lockedUntil(db: Db, keys: string[], now = Date.now()): number {
  const rows = db.select().from(loginThrottle).where(inArray(loginThrottle.key, keys)).all();
  const until = Math.max(0, ...rows.map((r) => r.lockedUntil));
  return until > now ? until : 0;
}
