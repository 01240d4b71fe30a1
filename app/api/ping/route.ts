import { NextResponse } from "next/server";

export const dynamic = "force-dynamic";

const PONG = { pong: true } as const;

/** GET /api/ping — a constant, no session and no database: the framework floor `npm run bench` compares routes to. */
export function GET() {
  return NextResponse.json(PONG);
}
