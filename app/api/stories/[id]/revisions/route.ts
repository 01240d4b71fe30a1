import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { getStoryById } from "@/db/queries/stories";
import { listRevisions, nextCursorOf } from "@/db/queries/story-history";
import { DomainError } from "@/lib/errors";
import { parseParams, withUser } from "@/app/_server/route";
import { beforeQuery, idParam } from "@/lib/api/common";

/** GET /api/stories/:id/revisions[?before=n] — newest first, a page at a time: number, cause (edit / a transition / restore:n), author, time. */
export const GET = withUser<{ id: string }>(
  (req, { params }) => {
    const { id } = parseParams(params, idParam);
    const { before } = parseParams(Object.fromEntries(new URL(req.url).searchParams), beforeQuery);
    const db = getDb();
    if (!getStoryById(db, { id })) throw new DomainError("not_found", "story.notFound", { id });
    const revisions = listRevisions(db, { storyId: id, before });
    return NextResponse.json({ revisions, next: nextCursorOf(revisions, (r) => r.number) });
  },
  { requires: "reporter" },
);
