import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { listStoryAudit, nextCursorOf } from "@/db/queries/story-history";
import { parseParams, withUser } from "@/app/_server/route";
import { afterQuery, idParam } from "@/lib/api/common";

/** GET /api/stories/:id/audit[?after=id] — oldest first, a page at a time: every transition, assignment, take-over, restore: who, when, from → to, why. */
export const GET = withUser<{ id: string }>(
  (req, { params }) => {
    const { id } = parseParams(params, idParam);
    const { after } = parseParams(Object.fromEntries(new URL(req.url).searchParams), afterQuery);
    const events = listStoryAudit(getDb(), { storyId: id, after });
    return NextResponse.json({ events, next: nextCursorOf(events, (e) => e.id) });
  },
  { requires: "reporter" },
);
