import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { checkListsSnapshot, getCheckListsVersion } from "@/db/queries/check-lists";
import { checkListsQuery } from "@/lib/api/check-schemas";
import { parseParams, withUser } from "@/app/_server/route";

/**
 * GET /api/check-terms/lists?known=v → {version, terms}: every entry of every list, for the editor's live
 * check (compileCheckLists on the client, cached per version); `terms` null when the client's `known` version
 * is current. Any signed-in user.
 */
export const GET = withUser((req) => {
  const { known } = parseParams(Object.fromEntries(new URL(req.url).searchParams), checkListsQuery);
  const db = getDb();
  if (known !== undefined && known === getCheckListsVersion(db)) return NextResponse.json({ version: known, terms: null });
  return NextResponse.json(checkListsSnapshot(db));
});
