import { NextResponse } from "next/server";
import { z } from "zod";
import { getDb } from "@/db/client";
import { createEdition } from "@/db/commands/create-edition";
import { getEditionByDate } from "@/db/queries/editions";
import { parseBody, withUser } from "@/app/_server/route";
import { editionDate } from "@/app/_server/schemas";

// `Date.parse` rolls 2019-02-30 over to March: a new edition needs a date that exists on the calendar.
const calendarDate = editionDate.refine((d) => {
  const time = Date.parse(`${d}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === d;
}, "not a real date");
const newEdition = z.object({ date: calendarDate }).strict();

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
