import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { acquireStoryLock } from "@/db/commands/acquire-story-lock";
import { releaseStoryLock } from "@/db/commands/release-story-lock";
import { parseBody, parseParams, withUser } from "@/app/_server/route";
import { idParam } from "@/lib/api/common";
import { lockPost } from "@/lib/api/story-schemas";

/** POST /api/stories/:id/lock {takeOver?} — take or renew the editing lease; 409 {lock} when someone else holds it. */
export const POST = withUser<{ id: string }>(
  async (req, { user, params }) => {
    const { id } = parseParams(params, idParam);
    const { takeOver } = await parseBody(req, lockPost);
    return NextResponse.json({ lock: acquireStoryLock(getDb(), { storyId: id, actor: user, takeOver }) });
  },
  { requires: "reporter" },
);

/** DELETE /api/stories/:id/lock — give the lease back (a no-op unless you hold it). */
export const DELETE = withUser<{ id: string }>(
  (_req, { user, params }) => {
    const { id } = parseParams(params, idParam);
    releaseStoryLock(getDb(), { storyId: id, actorId: user.id });
    return new NextResponse(null, { status: 204 });
  },
  { requires: "reporter" },
);
