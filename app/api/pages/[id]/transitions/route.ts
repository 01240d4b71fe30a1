import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { transitionPage } from "@/db/commands/transition-page";
import { getReleasedPageRef } from "@/db/queries/epaper";
import { getPageDetail } from "@/db/queries/pages";
import { serverPagePictures } from "@/app/epaper/page-pictures";
import { parseBody, parseParams, withUser } from "@/app/_server/route";
import { pageChanged, publishing } from "@/app/_server/live";
import { idParam } from "@/lib/api/common";
import { pageTransitionPost } from "@/lib/api/page-schemas";

/**
 * POST /api/pages/:id/transitions {action, reason?} → 200 {page}; 403 role (submit: editor, the rest:
 * chief), 409 state, 409 with error.details = reasons when submit (or sign) is refused, 400 no reason.
 */
export const POST = withUser<{ id: string }>(
  async (req, { user, params }) => {
    const { id } = parseParams(params, idParam);
    const body = await parseBody(req, pageTransitionPost);
    const db = getDb();
    publishing(db, () => transitionPage(db, { pageId: id, ...body, actor: user }), () => [pageChanged(db, id)]);
    const page = getPageDetail(db, { id, viewer: user });
    // 付印 is committed: the e-paper's pictures of the page are made off the request.
    const released = body.action === "release" && page && getReleasedPageRef(db, { date: page.editionDate, number: page.number });
    if (released) serverPagePictures().schedule(released);
    return NextResponse.json({ page });
  },
  { requires: "editor" },
);
