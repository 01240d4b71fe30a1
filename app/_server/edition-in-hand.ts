import type { DbOrTx } from "@/db/client";
import { getEditionInHand } from "@/db/queries/edition-in-hand";
import { dateInTimeZone } from "@/lib/edition-calendar";
import { NEWSROOM_TIME_ZONE } from "@/lib/i18n/catalogue";

/** The publication's date now (Asia/Shanghai), whatever the server's or the reader's clock zone. */
export function newsroomToday(now = new Date()): string {
  return dateInTimeZone(now, NEWSROOM_TIME_ZONE);
}

/** The edition the desk header and the dashboards call "today" (db/queries/edition-in-hand.ts). */
export function deskEditionInHand(db: DbOrTx) {
  return getEditionInHand(db, { today: newsroomToday() });
}
