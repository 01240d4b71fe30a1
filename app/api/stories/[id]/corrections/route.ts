import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { correctStory } from "@/db/commands/correct-story";
import { parseBody, parseParams, withUser } from "@/app/_server/route";
import { idParam } from "@/lib/api/common";
import { correctionPost } from "@/lib/api/epaper-schemas";

/** POST /api/stories/:id/corrections {note, errorCount} → 201 {correction}; 409 unless the story is published. Chief only. */
export const POST = withUser<{ id: string }>(
  async (req, { user, params }) => {
    const { id } = parseParams(params, idParam);
    const { note, errorCount } = await parseBody(req, correctionPost);
    return NextResponse.json({ correction: correctStory(getDb(), { storyId: id, note, errorCount, actor: user }) }, { status: 201 });
  },
  { requires: "chief" },
);
