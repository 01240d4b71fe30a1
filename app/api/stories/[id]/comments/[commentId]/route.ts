import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { setCommentResolved } from "@/db/commands/set-comment-resolved";
import { parseBody, parseParams, withUser } from "@/app/_server/route";
import { publishing } from "@/app/_server/live";
import { commentParams, commentPatch } from "@/lib/api/story-schemas";

/** PATCH /api/stories/:id/comments/:commentId {resolved} — resolve or reopen a note. */
export const PATCH = withUser<{ id: string; commentId: string }>(
  async (req, { user, params }) => {
    const { id, commentId } = parseParams(params, commentParams);
    const { resolved } = await parseBody(req, commentPatch);
    const db = getDb();
    const comment = publishing(db, () => setCommentResolved(db, { storyId: id, commentId, resolved, actor: user }), () => [{ type: "comments", storyId: id }]);
    return NextResponse.json({ comment });
  },
  { requires: "reporter" },
);
