import { NextResponse } from "next/server";
import { z } from "zod";
import { getDb } from "@/db/client";
import { setCommentResolved } from "@/db/commands/set-comment-resolved";
import { parseBody, parseParams, withUser } from "@/app/_server/route";
import { idParam } from "@/app/_server/schemas";

const commentParams = idParam.extend({ commentId: z.coerce.number().int().positive() });
const commentPatch = z.object({ resolved: z.boolean() }).strict();

/** PATCH /api/stories/:id/comments/:commentId {resolved} — resolve or reopen a note. */
export const PATCH = withUser<{ id: string; commentId: string }>(
  async (req, { user, params }) => {
    const { id, commentId } = parseParams(params, commentParams);
    const { resolved } = await parseBody(req, commentPatch);
    return NextResponse.json({ comment: setCommentResolved(getDb(), { storyId: id, commentId, resolved, actor: user }) });
  },
  { requires: "reporter" },
);
