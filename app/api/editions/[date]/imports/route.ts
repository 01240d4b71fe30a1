import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { importStories } from "@/db/commands/import-stories";
import { parseBody, parseParams, withUser } from "@/app/_server/route";
import { publishing, storyChanged } from "@/app/_server/live";
import { dateParam } from "@/lib/api/common";
import { importPost } from "@/lib/api/import-schemas";

/** POST /api/editions/:date/imports {fileName, pageNumber, items} → 201 {stories, people}: one file, one transaction. */
export const POST = withUser<{ date: string }>(
  async (req, { user, params }) => {
    const { date } = parseParams(params, dateParam);
    const body = await parseBody(req, importPost);
    const db = getDb();
    const result = publishing(
      db,
      () => importStories(db, { editionDate: date, ...body, actor: user }),
      (r) => r.stories.map((s) => storyChanged(db, s.id)),
    );
    return NextResponse.json(result, { status: 201 });
  },
  { requires: "editor" },
);
