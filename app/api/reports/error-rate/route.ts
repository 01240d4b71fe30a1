import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { errorRateReport } from "@/db/queries/error-rate";
import { parseParams, withUser } from "@/app/_server/route";
import { errorRateQuery, type ErrorRateAnswer } from "@/lib/api/error-rate-schemas";
import { ERROR_RATE_LIMIT } from "@/lib/error-rate";

/** GET /api/reports/error-rate?from&to&by&p&limit — 差错率 of the editions in the range, one page of groups and the sum. */
export const GET = withUser(
  (req) => {
    const q = parseParams(Object.fromEntries(new URL(req.url).searchParams), errorRateQuery);
    const report = errorRateReport(getDb(), { from: q.from, to: q.to, by: q.by, limit: q.limit, offset: (q.p - 1) * q.limit });
    const body: ErrorRateAnswer = { ...report, limitPer10k: ERROR_RATE_LIMIT, page: q.p, pageSize: q.limit };
    return NextResponse.json(body);
  },
  { requires: "editor" },
);
