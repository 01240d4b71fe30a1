import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { dismissCheckFinding } from "@/db/commands/dismiss-check-finding";
import { parseBody, parseParams, withUser } from "@/app/_server/route";
import { publishing, storyChanged } from "@/app/_server/live";
import { idParam } from "@/lib/api/common";
import { checkDismissalPost } from "@/lib/api/check-desk-schemas";

/**
 * POST /api/stories/:id/check/dismissals {key, kind, reason} → 201 {id, counts} — dismiss a warning (anyone who may
 * edit the story) or override a block (the chief); 400 | 403 | 404 | 409 (the finding is gone or already decided).
 */
export const POST = withUser<{ id: string }>(
  async (req, { user, params }) => {
    const { id } = parseParams(params, idParam);
    const body = await parseBody(req, checkDismissalPost);
    const db = getDb();
    const result = publishing(db, () => dismissCheckFinding(db, { storyId: id, ...body, actor: user }), () => [storyChanged(db, id)]);
    return NextResponse.json(result, { status: 201 });
  },
  { requires: "reporter" },
);
