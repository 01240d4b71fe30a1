import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { checkListsSnapshot } from "@/db/queries/check-lists";
import { withUser } from "@/app/_server/route";

/**
 * GET /api/check/lists → 200 {version, terms} | 304 — the word lists the editor checks with (the same ones the
 * server gates with). The ETag is the lists version: the browser revalidates and gets 304 while they are unchanged.
 */
export const GET = withUser(
  (req) => {
    const { version, terms } = checkListsSnapshot(getDb());
    const etag = `"check-lists-${version}"`;
    const headers = { ETag: etag, "Cache-Control": "private, no-cache" };
    if (req.headers.get("if-none-match") === etag) return new NextResponse(null, { status: 304, headers });
    return NextResponse.json({ version: String(version), terms }, { headers });
  },
  { requires: "reporter" },
);
