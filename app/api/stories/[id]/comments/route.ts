import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { addComment } from "@/db/commands/add-comment";
import { getStoryById } from "@/db/queries/stories";
import { listComments } from "@/db/queries/story-history";
import { DomainError } from "@/lib/errors";
import { parseBody, parseParams, withUser } from "@/app/_server/route";
import { publishing } from "@/app/_server/live";
import { idParam } from "@/lib/api/common";
import { newComment } from "@/lib/api/story-schemas";

/** GET /api/stories/:id/comments — editorial notes (never printed), oldest first, with parentId for threads. */
export const GET = withUser<{ id: string }>(
  (_req, { params }) => {
    const { id } = parseParams(params, idParam);
    const db = getDb();
    if (!getStoryById(db, { id })) throw new DomainError("not_found", "story.notFound", { id });
    return NextResponse.json({ comments: listComments(db, { storyId: id }) });
  },
  { requires: "reporter" },
);

/** POST /api/stories/:id/comments {body, parentId?} → 201 {comment}. */
export const POST = withUser<{ id: string }>(
  async (req, { user, params }) => {
    const { id } = parseParams(params, idParam);
    const body = await parseBody(req, newComment);
    const db = getDb();
    const comment = publishing(db, () => addComment(db, { storyId: id, ...body, actor: user }), () => [{ type: "comments", storyId: id }]);
    return NextResponse.json({ comment }, { status: 201 });
  },
  { requires: "reporter" },
);
