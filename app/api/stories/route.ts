import { NextResponse } from "next/server";
import { z } from "zod";
import { getDb } from "@/db/client";
import { listBudget } from "@/db/queries/stories";
import { STORY_STATES } from "@/lib/story-kinds";
import { parseParams, withUser } from "@/app/_server/route";
import { editionDate } from "@/app/_server/schemas";

const budgetQuery = z.object({
  edition: editionDate,
  status: z.enum(STORY_STATES).optional(),
  person: z.coerce.number().int().positive().optional(),
});

/** GET /api/stories?edition=YYYY-MM-DD&status=…&person=… — the edition's budget. */
export const GET = withUser(
  (req) => {
    const q = parseParams(Object.fromEntries(new URL(req.url).searchParams), budgetQuery);
    const items = listBudget(getDb(), { editionDate: q.edition, status: q.status, personId: q.person });
    return NextResponse.json({ items });
  },
  { requires: "reporter" },
);
