import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { editionCheckSummary } from "@/db/queries/edition-check-summary";
import { getEditionByDate } from "@/db/queries/editions";
import { DomainError } from "@/lib/errors";
import { parseParams, withUser } from "@/app/_server/route";
import { dateParam } from "@/lib/api/common";

/** GET /api/editions/:date/check → 200 the edition's machine check, per story: block and warning findings open, overridden, dismissed (the desk). */
export const GET = withUser<{ date: string }>(
  (_req, { params }) => {
    const { date } = parseParams(params, dateParam);
    const db = getDb();
    if (!getEditionByDate(db, { date })) throw new DomainError("not_found", "edition.notFound", { date });
    return NextResponse.json(editionCheckSummary(db, date));
  },
  { requires: "editor" },
);
