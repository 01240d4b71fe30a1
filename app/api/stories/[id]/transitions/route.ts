import { NextResponse } from "next/server";
import { z } from "zod";
import { getDb } from "@/db/client";
import { LIMITS } from "@/db/commands/story-content";
import { transitionStory } from "@/db/commands/transition-story";
import { parseBody, parseParams, withUser } from "@/app/_server/route";
import { idParam } from "@/app/_server/schemas";

const transition = z
  .object({
    action: z.enum(["start", "file", "pass", "return", "approve", "spike", "unspike"]),
    reason: z.string().max(LIMITS.reason).nullable().optional(),
  })
  .strict();

/** POST /api/stories/:id/transitions {action, reason?} → 200 {status, version} | 400 | 403 | 409. */
export const POST = withUser<{ id: string }>(
  async (req, { user, params }) => {
    const { id } = parseParams(params, idParam);
    const body = await parseBody(req, transition);
    return NextResponse.json(transitionStory(getDb(), { storyId: id, ...body, actor: user }));
  },
  { requires: "reporter" },
);
