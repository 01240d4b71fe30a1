import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { updatePublication } from "@/db/commands/update-publication";
import { getPublication, publicationView } from "@/db/queries/publication";
import { DomainError } from "@/lib/errors";
import { publicationPut } from "@/lib/api/template-schemas";
import { parseBody, withUser } from "@/app/_server/route";

function current() {
  const publication = getPublication(getDb());
  if (!publication) throw new DomainError("unprocessable", "edition.noPublication");
  return publicationView(publication);
}

/** GET /api/publication → {publication}: name, time zone, edition numbering, weekly schedule. Any signed-in user. */
export const GET = withUser(() => NextResponse.json({ publication: current() }));

/** PUT /api/publication {baseVersion, name, timeZone, firstTotalNumber, firstYearNumber, weekdays, reviewLevels?} → {publication}; admin or chief. */
export const PUT = withUser(async (req, { user }) => {
  const body = await parseBody(req, publicationPut);
  updatePublication(getDb(), { ...body, actor: user });
  return NextResponse.json({ publication: current() });
}, { requires: ["admin", "chief"] });
