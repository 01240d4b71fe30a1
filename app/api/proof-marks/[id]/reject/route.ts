import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { rejectProofMark } from "@/db/commands/resolve-proof-mark";
import { getProofMark, pageProofing } from "@/db/queries/proofing";
import { parseBody, parseParams, withUser } from "@/app/_server/route";
import { pageChanged, publishing, storyChanged } from "@/app/_server/live";
import { idParam } from "@/lib/api/common";
import { proofMarkReject } from "@/lib/api/proof-schemas";

/** POST /api/proof-marks/:id/reject {baseVersion, reason} → {mark, proofing}; the story is not touched. */
export const POST = withUser<{ id: string }>(
  async (req, { user, params }) => {
    const { id } = parseParams(params, idParam);
    const { baseVersion, reason } = await parseBody(req, proofMarkReject);
    const db = getDb();
    const before = getProofMark(db, { id });
    publishing(
      db,
      () => rejectProofMark(db, { markId: id, baseVersion, reason, actor: user }),
      () => (before ? [storyChanged(db, before.storyId), pageChanged(db, before.pageId)] : []),
    );
    const mark = getProofMark(db, { id })!;
    return NextResponse.json({ mark, proofing: pageProofing(db, { pageId: mark.pageId }) });
  },
  { requires: "editor" },
);
