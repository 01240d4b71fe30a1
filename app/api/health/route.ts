import { NextResponse } from "next/server";
import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";

export const dynamic = "force-dynamic";

/** Liveness + database check, no auth (for load balancers and the start script). */
export function GET() {
  try {
    getDb().get(sql`select 1`);
    return NextResponse.json({ status: "ok" });
  } catch {
    return NextResponse.json({ status: "error", error: { code: "database", message: "database unavailable" } }, { status: 503 });
  }
}
