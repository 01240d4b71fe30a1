import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { checkStory } from "@/db/queries/story-check";
import { DomainError } from "@/lib/errors";
import { parseParams, withUser } from "@/app/_server/route";
import { idParam } from "@/lib/api/common";

/** GET /api/stories/:id/check → 200 the machine check of the saved text: findings with their status, the dismissals, the counts. */
export const GET = withUser<{ id: string }>(
  (_req, { params }) => {
    const { id } = parseParams(params, idParam);
    const check = checkStory(getDb(), id);
    if (!check) throw new DomainError("not_found", "story.notFound", { id });
    return NextResponse.json(check);
  },
  { requires: "reporter" },
);
