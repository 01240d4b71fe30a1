import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { deletePage } from "@/db/commands/delete-page";
import { updatePageDetails } from "@/db/commands/update-page-details";
import { getPageDetail } from "@/db/queries/pages";
import { DomainError } from "@/lib/errors";
import { parseBody, parseParams, withUser } from "@/app/_server/route";
import { pageChanged, publishing } from "@/app/_server/live";
import { pageEditionDate } from "@/db/queries/live-targets";
import { idParam } from "@/lib/api/common";
import { refuseProofreaderUnlessSubmitted } from "@/app/_server/proofing-access";
import { deletePageQuery, pagePatch } from "@/lib/api/page-schemas";

/** GET /api/pages/:id — grid, boxes with their fit and 转版 flow, unplaced stories, allowed actions, submit blockers (a proofreader: submitted pages only). */
export const GET = withUser<{ id: string }>(
  (_req, { user, params }) => {
    const { id } = parseParams(params, idParam);
    const page = getPageDetail(getDb(), { id, viewer: user });
    if (!page) throw new DomainError("not_found", "page.notFound", { id });
    refuseProofreaderUnlessSubmitted(user, page.state);
    return NextResponse.json({ page });
  },
  { requires: ["reporter", "proofreader"] },
);

/** PATCH /api/pages/:id {baseVersion, name?, responsibleEditorId?, number?} → {version, page}; 409 stale/signed/number taken. */
export const PATCH = withUser<{ id: string }>(
  async (req, { user, params }) => {
    const { id } = parseParams(params, idParam);
    const body = await parseBody(req, pagePatch);
    const db = getDb();
    const { version } = publishing(db, () => updatePageDetails(db, { pageId: id, actorId: user.id, ...body }), () => [pageChanged(db, id)]);
    return NextResponse.json({ version, page: getPageDetail(db, { id, viewer: user }) });
  },
  { requires: "editor" },
);

/** DELETE /api/pages/:id?baseVersion=n → {deleted: {id, number}}; 409 once signed/released or stale. */
export const DELETE = withUser<{ id: string }>(
  (req, { user, params }) => {
    const { id } = parseParams(params, idParam);
    const { baseVersion } = parseParams(Object.fromEntries(new URL(req.url).searchParams), deletePageQuery);
    const db = getDb();
    const date = pageEditionDate(db, { id });
    return NextResponse.json({ deleted: publishing(db, () => deletePage(db, { pageId: id, baseVersion, actor: user }), () => [pageChanged(db, id, date)]) });
  },
  { requires: "editor" },
);
