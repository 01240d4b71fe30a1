import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { restoreRevision } from "@/db/commands/restore-revision";
import { parseBody, parseParams, withUser } from "@/app/_server/route";
import { publishing, storyChanged } from "@/app/_server/live";
import { restoreParams, restorePost } from "@/lib/api/story-schemas";

/** POST /api/stories/:id/revisions/:n/restore {baseVersion} — the old content as a new revision. */
export const POST = withUser<{ id: string; n: string }>(
  async (req, { user, params }) => {
    const { id, n } = parseParams(params, restoreParams);
    const { baseVersion } = await parseBody(req, restorePost);
    const db = getDb();
    return NextResponse.json(publishing(db, () => restoreRevision(db, { storyId: id, number: n, baseVersion, actor: user }), () => [storyChanged(db, id)]));
  },
  { requires: "reporter" },
);
