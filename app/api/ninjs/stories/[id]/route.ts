import { getDb } from "@/db/client";
import { getNinjsStorySource } from "@/db/queries/ninjs";
import { DomainError } from "@/lib/errors";
import { NINJS_CONTENT_TYPE, storyToNinjs } from "@/lib/exchange/ninjs";
import { parseParams, withUser } from "@/app/_server/route";
import { idParam } from "@/lib/api/common";

/** GET /api/ninjs/stories/:id — a published story as an IPTC ninjs 2.1 document; 404 unknown, 409 not yet published. */
export const GET = withUser<{ id: string }>(
  (_req, { params }) => {
    const { id } = parseParams(params, idParam);
    const source = getNinjsStorySource(getDb(), { id });
    if (!source) throw new DomainError("not_found", "story.notFound", { id });
    if (source.status !== "published") throw new DomainError("conflict", "ninjs.notPublished", { id });
    return new Response(JSON.stringify(storyToNinjs(source)), { headers: { "Content-Type": NINJS_CONTENT_TYPE, "Cache-Control": "no-store" } });
  },
  { requires: "reporter" },
);
