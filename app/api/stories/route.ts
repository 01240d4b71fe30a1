import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { createStory } from "@/db/commands/create-story";
import { listBudget } from "@/db/queries/stories";
import { parseBody, parseParams, withUser } from "@/app/_server/route";
import { publishing, storyChanged } from "@/app/_server/live";
import { budgetQuery, newStory } from "@/lib/api/story-schemas";

/** GET /api/stories?edition=YYYY-MM-DD&status=…&person=… — the edition's budget. */
export const GET = withUser(
  (req) => {
    const q = parseParams(Object.fromEntries(new URL(req.url).searchParams), budgetQuery);
    const items = listBudget(getDb(), { editionDate: q.edition, status: q.status, personId: q.person });
    return NextResponse.json({ items });
  },
  { requires: "reporter" },
);

/** POST /api/stories — an assignment (editor, with assigneeIds) or a reporter's own story. */
export const POST = withUser(
  async (req, { user }) => {
    const body = await parseBody(req, newStory);
    const db = getDb();
    const story = publishing(db, () => createStory(db, { ...body, editionDate: body.edition, actor: user }), (s) => [storyChanged(db, s.id)]);
    return NextResponse.json({ story }, { status: 201 });
  },
  { requires: "reporter" },
);
