import { withUser } from "@/app/_server/route";
import { openEventStream } from "@/app/_server/event-stream";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/**
 * GET /api/events — this tab's live updates (text/event-stream): what changed (`{type:"story", id,
 * editionDate}`, lock, comments, page, a notification of the caller's), never the content; the tab
 * refetches through the API. 401 without a session, like every route.
 */
export const GET = withUser((req, { user }) => openEventStream({ user, signal: req.signal }));
