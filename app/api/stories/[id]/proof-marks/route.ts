import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { listStoryProofMarks } from "@/db/queries/proofing";
import { parseParams, withUser } from "@/app/_server/route";
import { idParam } from "@/lib/api/common";
import { storyProofMarksQuery } from "@/lib/api/proof-schemas";

/** GET /api/stories/:id/proof-marks?before= → {marks, next}: the story's proofreading marks, newest first (editors). */
export const GET = withUser<{ id: string }>(
  (req, { params }) => {
    const { id } = parseParams(params, idParam);
    const { before } = parseParams(Object.fromEntries(new URL(req.url).searchParams), storyProofMarksQuery);
    return NextResponse.json(listStoryProofMarks(getDb(), { storyId: id, before }));
  },
  { requires: "editor" },
);
