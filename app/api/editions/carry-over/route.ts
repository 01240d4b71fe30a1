import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { listCarryOverCandidates } from "@/db/queries/carry-over-candidates";
import { parseParams, withUser } from "@/app/_server/route";
import { carryOverQuery } from "@/lib/api/carry-over-schemas";

/**
 * GET /api/editions/carry-over?date=…[&from=…][&before=…] — unfinished stories of editions before `date` that
 * a new edition may carry over, newest first, a page at a time (editor or chief: they create editions).
 */
export const GET = withUser(
  (req) => {
    const query = parseParams(Object.fromEntries(new URL(req.url).searchParams), carryOverQuery);
    return NextResponse.json(listCarryOverCandidates(getDb(), query));
  },
  { requires: "editor" },
);
