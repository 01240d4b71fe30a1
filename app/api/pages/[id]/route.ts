import { NextResponse } from "next/server";
import { z } from "zod";
import { getDb } from "@/db/client";
import { updatePageDetails } from "@/db/commands/update-page-details";
import { parseBody, parseParams, withUser } from "@/app/_server/route";
import { idParam } from "@/app/_server/schemas";

const pagePatch = z
  .object({
    baseVersion: z.number().int().positive(),
    name: z.string().trim().min(1).max(20, "page name must be at most 20 characters").optional(),
    responsibleEditorId: z.number().int().positive().nullable().optional(),
  })
  .strict();

/** PATCH /api/pages/:id {baseVersion, name?, responsibleEditorId?} — editors only. */
export const PATCH = withUser<{ id: string }>(
  async (req, { user, params }) => {
    const { id } = parseParams(params, idParam);
    const body = await parseBody(req, pagePatch);
    const result = updatePageDetails(getDb(), { pageId: id, actorId: user.id, ...body });
    return NextResponse.json(result);
  },
  { requires: "editor" },
);
