import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { acquireStoryLock } from "@/db/commands/acquire-story-lock";
import { releaseStoryLock } from "@/db/commands/release-story-lock";
import { currentLock } from "@/db/queries/story-for-write";
import { parseBody, parseParams, withUser } from "@/app/_server/route";
import { publishing } from "@/app/_server/live";
import { idParam } from "@/lib/api/common";
import { lockPost } from "@/lib/api/story-schemas";

/** POST /api/stories/:id/lock {takeOver?} — take or renew the editing lease; 409 {lock} when someone else holds it. */
export const POST = withUser<{ id: string }>(
  async (req, { user, params }) => {
    const { id } = parseParams(params, idParam);
    const { takeOver } = await parseBody(req, lockPost);
    const db = getDb();
    // A renewal (same holder) is not news: only a lease taken or taken over is published.
    const heldBy = currentLock(db, id)?.holderId;
    const lock = publishing(db, () => acquireStoryLock(db, { storyId: id, actor: user, takeOver }), (l) => (l.holderId === heldBy ? [] : [{ type: "lock", storyId: id }]));
    return NextResponse.json({ lock });
  },
  { requires: "reporter" },
);

/** DELETE /api/stories/:id/lock — give the lease back (a no-op unless you hold it). */
export const DELETE = withUser<{ id: string }>(
  (_req, { user, params }) => {
    const { id } = parseParams(params, idParam);
    const db = getDb();
    const held = currentLock(db, id)?.holderId === user.id;
    publishing(db, () => releaseStoryLock(db, { storyId: id, actorId: user.id }), () => (held ? [{ type: "lock", storyId: id }] : []));
    return new NextResponse(null, { status: 204 });
  },
  { requires: "reporter" },
);
