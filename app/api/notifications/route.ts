import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { markNotificationsRead } from "@/db/commands/mark-notifications-read";
import { listNotificationsWithLinks } from "@/db/queries/notifications";
import { renderNotification } from "@/lib/notifications";
import { dateIn } from "@/lib/publication";
import { getPublicationTimeZone } from "@/db/queries/publication";
import { withUser } from "@/app/_server/route";
import { publishing } from "@/app/_server/live";

/**
 * GET /api/notifications — the signed-in user's latest 50 (assigned, filed, returned, passed, approved,
 * taken over, page hand-overs): each with `kind`, `params`, `text` worded in the caller's language, and `href`, where it leads.
 */
export const GET = withUser((_req, { user, locale }) => {
  const db = getDb();
  // A page's edition day carries its year unless it is this year's (today in the publication's zone).
  const today = dateIn(getPublicationTimeZone(db));
  return NextResponse.json({ notifications: listNotificationsWithLinks(db, { userId: user.id }).map((n) => ({ ...n, text: renderNotification(locale, n, today) })) });
});

/** POST /api/notifications — mark all read. */
export const POST = withUser((_req, { user }) => {
  const db = getDb();
  // The user's other tabs clear their count too.
  publishing(db, () => markNotificationsRead(db, { userId: user.id }), () => [{ type: "notification", userId: user.id }]);
  return new NextResponse(null, { status: 204 });
});
