import { NextResponse } from "next/server";
import { z } from "zod";
import { errorKey } from "@/lib/i18n/zod-issues";
import { getDb } from "@/db/client";
import { addComment } from "@/db/commands/story-comments";
import { LIMITS } from "@/db/commands/story-content";
import { getStoryById } from "@/db/queries/stories";
import { listComments } from "@/db/queries/story-history";
import { DomainError } from "@/lib/errors";
import { parseBody, parseParams, withUser } from "@/app/_server/route";
import { idParam } from "@/app/_server/schemas";

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

const newComment = z
  .object({
    body: z.string().trim().min(1, errorKey("validation.commentEmpty")).max(LIMITS.comment, errorKey("validation.commentTooLong")),
    parentId: z.number().int().positive().nullable().optional(),
  })
  .strict();

/** POST /api/stories/:id/comments {body, parentId?} → 201 {comment}. */
export const POST = withUser<{ id: string }>(
  async (req, { user, params }) => {
    const { id } = parseParams(params, idParam);
    const body = await parseBody(req, newComment);
    return NextResponse.json({ comment: addComment(getDb(), { storyId: id, ...body, actor: user }) }, { status: 201 });
  },
  { requires: "reporter" },
);
