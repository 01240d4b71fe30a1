import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { receiveStory } from "@/db/commands/receive-story";
import { parseParams, withUser } from "@/app/_server/route";
import { publishing, storyChanged } from "@/app/_server/live";
import { idParam } from "@/lib/api/common";

/** POST /api/stories/:id/receive — 签收: the first desk editor opening a filed story marks it received (else a no-op). */
export const POST = withUser<{ id: string }>(
  (_req, { user, params }) => {
    const { id } = parseParams(params, idParam);
    const db = getDb();
    const result = publishing(db, () => receiveStory(db, { storyId: id, actor: user }), (r) => (r.received ? [storyChanged(db, id)] : []));
    return NextResponse.json(result);
  },
  { requires: "reporter" },
);
