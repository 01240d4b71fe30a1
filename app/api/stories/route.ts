import { NextResponse } from "next/server";
import { z } from "zod";
import { getDb } from "@/db/client";
import { createStory } from "@/db/commands/create-story";
import { storyMetaSchema } from "@/db/commands/story-content";
import { listBudget } from "@/db/queries/stories";
import { STORY_STATES } from "@/lib/story-kinds";
import { parseBody, parseParams, withUser } from "@/app/_server/route";
import { editionDate } from "@/app/_server/schemas";

const budgetQuery = z.object({
  edition: editionDate,
  status: z.enum(STORY_STATES).optional(),
  person: z.coerce.number().int().positive().optional(),
});

/** GET /api/stories?edition=YYYY-MM-DD&status=…&person=… — the edition's budget. */
export const GET = withUser(
  (req) => {
    const q = parseParams(Object.fromEntries(new URL(req.url).searchParams), budgetQuery);
    const items = listBudget(getDb(), { editionDate: q.edition, status: q.status, personId: q.person });
    return NextResponse.json({ items });
  },
  { requires: "reporter" },
);

const newStory = z
  .object({
    edition: editionDate,
    slug: storyMetaSchema.shape.slug,
    kind: storyMetaSchema.shape.kind.default("article"),
    brief: storyMetaSchema.shape.brief.optional(),
    assigneeIds: z.array(z.number().int().positive()).max(10).optional(),
    pageNumber: z.number().int().min(1).max(200).nullable().optional(),
    targetLength: storyMetaSchema.shape.targetLength.optional(),
    deadline: storyMetaSchema.shape.deadline.optional(),
  })
  .strict();

/** POST /api/stories — an assignment (editor, with assigneeIds) or a reporter's own story. */
export const POST = withUser(
  async (req, { user }) => {
    const body = await parseBody(req, newStory);
    const story = createStory(getDb(), { ...body, editionDate: body.edition, actor: user });
    return NextResponse.json({ story }, { status: 201 });
  },
  { requires: "reporter" },
);
