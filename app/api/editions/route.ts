import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { createEdition } from "@/db/commands/create-edition";
import { getEditionByDate } from "@/db/queries/editions";
import { parseBody, withUser } from "@/app/_server/route";
import { newEdition } from "@/lib/api/edition-schemas";

/**
 * POST /api/editions {date, template?, override?} → 201 {edition}, its pages laid out from the template;
 * 409 when an edition on that date exists, 422 on a day the paper does not appear (unless override).
 */
export const POST = withUser(
  async (req, { user }) => {
    const { date, template, override } = await parseBody(req, newEdition);
    const db = getDb();
    createEdition(db, { date, template, override, actor: user });
    return NextResponse.json({ edition: getEditionByDate(db, { date }) }, { status: 201 });
  },
  { requires: "editor" },
);
