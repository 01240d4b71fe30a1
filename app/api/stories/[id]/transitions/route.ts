import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { transitionStory } from "@/db/commands/transition-story";
import { parseBody, parseParams, withUser } from "@/app/_server/route";
import { publishing, storyChanged } from "@/app/_server/live";
import { idParam } from "@/lib/api/common";
import { storyTransitionPost } from "@/lib/api/story-schemas";

/** POST /api/stories/:id/transitions {action, reason?} → 200 {status, version} | 400 | 403 | 409. */
export const POST = withUser<{ id: string }>(
  async (req, { user, params }) => {
    const { id } = parseParams(params, idParam);
    const body = await parseBody(req, storyTransitionPost);
    const db = getDb();
    return NextResponse.json(publishing(db, () => transitionStory(db, { storyId: id, ...body, actor: user }), () => [storyChanged(db, id)]));
  },
  { requires: "reporter" },
);
