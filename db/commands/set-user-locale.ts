import { eq } from "drizzle-orm";
import type { Locale } from "@/lib/i18n/locales";
import type { DbOrTx } from "../client";
import { users } from "../schema";

export function setUserLocale(db: DbOrTx, { userId, locale }: { userId: number; locale: Locale }): void {
  db.update(users).set({ locale }).where(eq(users.id, userId)).run();
}
