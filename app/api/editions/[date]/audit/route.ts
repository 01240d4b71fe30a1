import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { listEditionAudit, nextCursorOf } from "@/db/queries/story-history";
import { parseParams, withUser } from "@/app/_server/route";
import { beforeQuery, dateParam } from "@/lib/api/common";

/** GET /api/editions/:date/audit[?before=id] — the edition's story audit trail, newest first, a page at a time (chief only). */
export const GET = withUser<{ date: string }>(
  (req, { params }) => {
    const { date } = parseParams(params, dateParam);
    const { before } = parseParams(Object.fromEntries(new URL(req.url).searchParams), beforeQuery);
    const events = listEditionAudit(getDb(), { date, before });
    return NextResponse.json({ events, next: nextCursorOf(events, (e) => e.id) });
  },
  { requires: "chief" },
);
