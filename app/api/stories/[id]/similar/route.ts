import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { similarStories } from "@/db/queries/similar-stories";
import { DomainError } from "@/lib/errors";
import { parseParams, withUser } from "@/app/_server/route";
import { idParam } from "@/lib/api/common";
import type { SimilarStories } from "@/lib/api/similar-schemas";

/** GET /api/stories/:id/similar — the five earlier stories most like it (docs/SEARCH.md "Similar stories"). */
export const GET = withUser<{ id: string }>(
  (_req, { user, params }) => {
    const { id } = parseParams(params, idParam);
    const found = similarStories(getDb(), id, user);
    if (!found) throw new DomainError("not_found", "story.notFound", { id });
    const body: SimilarStories = { stories: found };
    return NextResponse.json(body);
  },
  { requires: "reporter" },
);
