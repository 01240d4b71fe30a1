import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { updateStory } from "@/db/commands/update-story";
import { getStoryForUser } from "@/db/queries/story-for-user";
import { isStoryOnSubmittedPage } from "@/db/queries/proofing";
import { DomainError } from "@/lib/errors";
import { parseBody, parseParams, withUser } from "@/app/_server/route";
import { publishing, storyChanged } from "@/app/_server/live";
import { idParam } from "@/lib/api/common";
import { storyPatch } from "@/lib/api/story-schemas";

/** GET /api/stories/:id — the story with bylines, sidebars, page, `version`, the lease and what the user may do. */
export const GET = withUser<{ id: string }>(
  (_req, { user, params, locale }) => {
    const { id } = parseParams(params, idParam);
    const db = getDb();
    // 校对 reads the stories of the pages being proofread, nothing else (docs/PROOFING.md).
    if (user.role === "proofreader" && !isStoryOnSubmittedPage(db, { storyId: id })) throw new DomainError("forbidden", "proofing.storyNotReadable");
    const story = getStoryForUser(db, { id, user, locale });
    if (!story) throw new DomainError("not_found", "story.notFound", { id });
    return NextResponse.json({ story });
  },
  { requires: ["reporter", "proofreader"] },
);

/** PATCH /api/stories/:id {baseVersion, content?, meta?} → 200 {version} | 409 {current, version}. */
export const PATCH = withUser<{ id: string }>(
  async (req, { user, params }) => {
    const { id } = parseParams(params, idParam);
    const body = await parseBody(req, storyPatch);
    const db = getDb();
    const result = publishing(db, () => updateStory(db, { storyId: id, ...body, actor: user }), (r) => (r.changed ? [storyChanged(db, id)] : []));
    return NextResponse.json(result);
  },
  { requires: "reporter" },
);
