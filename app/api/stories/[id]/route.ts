import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { getStoryById } from "@/db/queries/stories";
import { DomainError } from "@/lib/errors";
import { parseParams, withUser } from "@/app/_server/route";
import { idParam } from "@/app/_server/schemas";

/** GET /api/stories/:id — one story with bylines, sidebars, page and `version`. */
export const GET = withUser<{ id: string }>(
  (_req, { params }) => {
    const { id } = parseParams(params, idParam);
    const story = getStoryById(getDb(), { id });
    if (!story) throw new DomainError("not_found", `story ${id} does not exist`);
    return NextResponse.json({ story });
  },
  { requires: "reporter" },
);
