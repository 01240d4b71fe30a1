import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { createEdition } from "@/db/commands/create-edition";
import { getEditionByDate } from "@/db/queries/editions";
import { parseBody, withUser } from "@/app/_server/route";
import { newEdition } from "@/lib/api/edition-schemas";

/** POST /api/editions {date} → 201 {edition}; 409 when an edition on that date exists. */
export const POST = withUser(
  async (req, { user }) => {
    const { date } = await parseBody(req, newEdition);
    const db = getDb();
    createEdition(db, { date, actor: user });
    return NextResponse.json({ edition: getEditionByDate(db, { date }) }, { status: 201 });
  },
  { requires: "editor" },
);
