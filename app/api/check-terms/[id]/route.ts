import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { deleteCheckTerm } from "@/db/commands/delete-check-term";
import { updateCheckTerm } from "@/db/commands/update-check-term";
import { getCheckTerm } from "@/db/queries/check-lists";
import { idParam } from "@/lib/api/common";
import { checkTermDeleteQuery, checkTermPut } from "@/lib/api/check-schemas";
import { parseBody, parseParams, withUser } from "@/app/_server/route";

/** PUT /api/check-terms/:id {baseVersion, list, term, replacement, note} → {term, listsVersion}; admin or chief. */
export const PUT = withUser<{ id: string }>(async (req, { user, params }) => {
  const { id } = parseParams(params, idParam);
  const { baseVersion, ...entry } = await parseBody(req, checkTermPut);
  const db = getDb();
  const { listsVersion } = updateCheckTerm(db, { ...entry, id, baseVersion, actor: user });
  return NextResponse.json({ term: getCheckTerm(db, id), listsVersion });
}, { requires: ["admin", "chief"] });

/** DELETE /api/check-terms/:id?baseVersion=n → 204; admin or chief. */
export const DELETE = withUser<{ id: string }>((req, { params }) => {
  const { id } = parseParams(params, idParam);
  const { baseVersion } = parseParams(Object.fromEntries(new URL(req.url).searchParams), checkTermDeleteQuery);
  deleteCheckTerm(getDb(), { id, baseVersion });
  return new NextResponse(null, { status: 204 });
}, { requires: ["admin", "chief"] });
