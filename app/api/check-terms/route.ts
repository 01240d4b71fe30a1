import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { addCheckTerm } from "@/db/commands/add-check-term";
import { getCheckTerm, listCheckTerms } from "@/db/queries/check-lists";
import { checkTermPost, checkTermsQuery } from "@/lib/api/check-schemas";
import { parseBody, parseParams, withUser } from "@/app/_server/route";

/** GET /api/check-terms?list=&q=&offset=&limit= → {terms, total, counts, version}: one page of one word list. Any signed-in user. */
export const GET = withUser((req) => {
  const query = parseParams(Object.fromEntries(new URL(req.url).searchParams), checkTermsQuery);
  return NextResponse.json(listCheckTerms(getDb(), query));
});

/** POST /api/check-terms {list, term, replacement, note} → 201 {term, listsVersion}; admin or chief; 409 duplicate, 422 conflict. */
export const POST = withUser(async (req, { user }) => {
  const body = await parseBody(req, checkTermPost);
  const db = getDb();
  const { id, listsVersion } = addCheckTerm(db, { ...body, actor: user });
  return NextResponse.json({ term: getCheckTerm(db, id), listsVersion }, { status: 201 });
}, { requires: ["admin", "chief"] });
