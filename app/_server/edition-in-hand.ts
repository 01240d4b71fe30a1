import type { DbOrTx } from "@/db/client";
import { getEditionInHand } from "@/db/queries/edition-in-hand";
import { getPublicationTimeZone } from "@/db/queries/publication";
import { dateIn } from "@/lib/publication";

/** The publication's date now, in its own time zone (publications.time_zone), whatever the server's or the reader's clock zone. */
export function newsroomToday(db: DbOrTx, now = new Date()): string {
  return dateIn(getPublicationTimeZone(db), now);
}

/** The edition the desk header and the dashboards call "today" (db/queries/edition-in-hand.ts). */
export function deskEditionInHand(db: DbOrTx) {
  return getEditionInHand(db, { today: newsroomToday(db) });
}
