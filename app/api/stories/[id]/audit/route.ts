import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { listStoryAudit } from "@/db/queries/story-history";
import { parseParams, withUser } from "@/app/_server/route";
import { idParam } from "@/lib/api/common";

/** GET /api/stories/:id/audit — every transition, assignment, take-over, restore: who, when, from → to, why. */
export const GET = withUser<{ id: string }>(
  (_req, { params }) => {
    const { id } = parseParams(params, idParam);
    return NextResponse.json({ events: listStoryAudit(getDb(), { storyId: id }) });
  },
  { requires: "reporter" },
);
