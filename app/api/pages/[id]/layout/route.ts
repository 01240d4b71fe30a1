import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { savePageLayout } from "@/db/commands/save-page-layout";
import { getPageDetail } from "@/db/queries/pages";
import { parseBody, parseParams, withUser } from "@/app/_server/route";
import { pageChanged, publishing } from "@/app/_server/live";
import { idParam } from "@/lib/api/common";
import { layoutPut } from "@/lib/api/page-schemas";

/**
 * PUT /api/pages/:id/layout {baseVersion, elements} — replaces the page's boxes → 200 {page};
 * 400 shape, 422 geometry/story problems, 409 stale {version} or signed.
 */
export const PUT = withUser<{ id: string }>(
  async (req, { user, params }) => {
    const { id } = parseParams(params, idParam);
    const body = await parseBody(req, layoutPut);
    const db = getDb();
    publishing(db, () => savePageLayout(db, { pageId: id, baseVersion: body.baseVersion, elements: body.elements, actor: user }), () => [pageChanged(db, id)]);
    return NextResponse.json({ page: getPageDetail(db, { id, viewer: user }) });
  },
  { requires: "editor" },
);
