import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { markNotificationsRead } from "@/db/commands/mark-notifications-read";
import { listNotifications } from "@/db/queries/story-history";
import { withUser } from "@/app/_server/route";

/** GET /api/notifications — the signed-in user's latest 50 (assigned, returned, filed, approved, taken over). */
export const GET = withUser((_req, { user }) => NextResponse.json({ notifications: listNotifications(getDb(), { userId: user.id }) }));

/** POST /api/notifications — mark all read. */
export const POST = withUser((_req, { user }) => {
  markNotificationsRead(getDb(), { userId: user.id });
  return new NextResponse(null, { status: 204 });
});
