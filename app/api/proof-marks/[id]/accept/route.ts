import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { acceptProofMark } from "@/db/commands/resolve-proof-mark";
import { getProofMark, pageProofing } from "@/db/queries/proofing";
import { parseBody, parseParams, withUser } from "@/app/_server/route";
import { pageChanged, publishing, storyChanged } from "@/app/_server/live";
import { idParam } from "@/lib/api/common";
import { proofMarkAccept } from "@/lib/api/proof-schemas";

/** POST /api/proof-marks/:id/accept {baseVersion} → {mark, proofing, storyVersion, revision}: the correction applied as a revision. */
export const POST = withUser<{ id: string }>(
  async (req, { user, params }) => {
    const { id } = parseParams(params, idParam);
    const { baseVersion } = await parseBody(req, proofMarkAccept);
    const db = getDb();
    const before = getProofMark(db, { id });
    const done = publishing(
      db,
      () => acceptProofMark(db, { markId: id, baseVersion, actor: user }),
      () => (before ? [storyChanged(db, before.storyId), pageChanged(db, before.pageId)] : []),
    );
    const mark = getProofMark(db, { id })!;
    return NextResponse.json({ mark, proofing: pageProofing(db, { pageId: mark.pageId }), storyVersion: done.storyVersion, revision: done.revision });
  },
  { requires: "editor" },
);
