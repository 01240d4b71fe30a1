import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { listEditionAudit } from "@/db/queries/story-history";
import { parseParams, withUser } from "@/app/_server/route";
import { dateParam } from "@/lib/api/common";

/** GET /api/editions/:date/audit — the edition's whole story audit trail, newest first (chief only). */
export const GET = withUser<{ date: string }>(
  (_req, { params }) => {
    const { date } = parseParams(params, dateParam);
    return NextResponse.json({ events: listEditionAudit(getDb(), { date }) });
  },
  { requires: "chief" },
);
