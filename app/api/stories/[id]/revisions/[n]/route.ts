import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { getRevision } from "@/db/queries/story-history";
import { DomainError } from "@/lib/errors";
import { parseParams, withUser } from "@/app/_server/route";
import { revisionParams } from "@/lib/api/story-schemas";

/** GET /api/stories/:id/revisions/:n — one revision with its content. */
export const GET = withUser<{ id: string; n: string }>(
  (_req, { params }) => {
    const { id, n } = parseParams(params, revisionParams);
    const revision = getRevision(getDb(), { storyId: id, number: n });
    if (!revision) throw new DomainError("not_found", "revision.notFound", { id, number: n });
    return NextResponse.json({ revision });
  },
  { requires: "reporter" },
);
