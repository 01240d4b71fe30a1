import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { markNotificationRead } from "@/db/commands/mark-notification-read";
import { DomainError } from "@/lib/errors";
import { idParam } from "@/lib/api/common";
import { parseParams, withUser } from "@/app/_server/route";
import { publishing } from "@/app/_server/live";

/** POST /api/notifications/:id — mark this one of the caller's notifications read (opening it). */
export const POST = withUser<{ id: string }>((_req, { user, params }) => {
  const { id } = parseParams(params, idParam);
  const db = getDb();
  // The user's other tabs update their count too.
  const found = publishing(db, () => markNotificationRead(db, { userId: user.id, id }), (ok) => (ok ? [{ type: "notification", userId: user.id }] : []));
  if (!found) throw new DomainError("not_found", "queue.notificationNotFound", { id });
  return new NextResponse(null, { status: 204 });
});
