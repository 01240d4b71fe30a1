import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { getStoryById } from "@/db/queries/stories";
import { listRevisions } from "@/db/queries/story-history";
import { DomainError } from "@/lib/errors";
import { parseParams, withUser } from "@/app/_server/route";
import { idParam } from "@/lib/api/common";

/** GET /api/stories/:id/revisions — newest first: number, cause (edit / a transition / restore:n), author, time. */
export const GET = withUser<{ id: string }>(
  (_req, { params }) => {
    const { id } = parseParams(params, idParam);
    const db = getDb();
    if (!getStoryById(db, { id })) throw new DomainError("not_found", "story.notFound", { id });
    return NextResponse.json({ revisions: listRevisions(db, { storyId: id }) });
  },
  { requires: "reporter" },
);
