import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { correctStory } from "@/db/commands/correct-story";
import { getStoryById } from "@/db/queries/stories";
import { listStoryCorrections } from "@/db/queries/story-corrections";
import { DomainError } from "@/lib/errors";
import { parseBody, parseParams, withUser } from "@/app/_server/route";
import { idParam } from "@/lib/api/common";
import { correctionPost } from "@/lib/api/epaper-schemas";

/** GET /api/stories/:id/corrections — the story's 更正, oldest first, each with the 差错 it corrects. */
export const GET = withUser<{ id: string }>(
  (_req, { params }) => {
    const { id } = parseParams(params, idParam);
    const db = getDb();
    if (!getStoryById(db, { id })) throw new DomainError("not_found", "story.notFound", { id });
    return NextResponse.json({ corrections: listStoryCorrections(db, { storyId: id }) });
  },
  { requires: "reporter" },
);

/** POST /api/stories/:id/corrections {note, errorCount} → 201 {correction}; 409 unless the story is published. Chief only. */
export const POST = withUser<{ id: string }>(
  async (req, { user, params }) => {
    const { id } = parseParams(params, idParam);
    const { note, errorCount } = await parseBody(req, correctionPost);
    return NextResponse.json({ correction: correctStory(getDb(), { storyId: id, note, errorCount, actor: user }) }, { status: 201 });
  },
  { requires: "chief" },
);
