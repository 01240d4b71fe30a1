import { NextResponse } from "next/server";
import { z } from "zod";
import { getDb } from "@/db/client";
import { restoreRevision } from "@/db/commands/restore-revision";
import { parseBody, parseParams, withUser } from "@/app/_server/route";
import { idParam } from "@/app/_server/schemas";

const restoreParams = idParam.extend({ n: z.coerce.number().int().positive() });
const restoreBody = z.object({ baseVersion: z.number().int().positive() }).strict();

/** POST /api/stories/:id/revisions/:n/restore {baseVersion} — the old content as a new revision. */
export const POST = withUser<{ id: string; n: string }>(
  async (req, { user, params }) => {
    const { id, n } = parseParams(params, restoreParams);
    const { baseVersion } = await parseBody(req, restoreBody);
    return NextResponse.json(restoreRevision(getDb(), { storyId: id, number: n, baseVersion, actor: user }));
  },
  { requires: "reporter" },
);
