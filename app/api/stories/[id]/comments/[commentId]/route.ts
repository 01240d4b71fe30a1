import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { setCommentResolved } from "@/db/commands/set-comment-resolved";
import { parseBody, parseParams, withUser } from "@/app/_server/route";
import { commentParams, commentPatch } from "@/lib/api/story-schemas";

/** PATCH /api/stories/:id/comments/:commentId {resolved} — resolve or reopen a note. */
export const PATCH = withUser<{ id: string; commentId: string }>(
  async (req, { user, params }) => {
    const { id, commentId } = parseParams(params, commentParams);
    const { resolved } = await parseBody(req, commentPatch);
    return NextResponse.json({ comment: setCommentResolved(getDb(), { storyId: id, commentId, resolved, actor: user }) });
  },
  { requires: "reporter" },
);
