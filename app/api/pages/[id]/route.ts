import { NextResponse } from "next/server";
import { z } from "zod";
import { errorKey } from "@/lib/i18n/zod-issues";
import { getDb } from "@/db/client";
import { deletePage } from "@/db/commands/page-delete";
import { updatePageDetails } from "@/db/commands/page-details";
import { getPageDetail } from "@/db/queries/pages";
import { DomainError } from "@/lib/errors";
import { parseBody, parseParams, withUser } from "@/app/_server/route";
import { idParam } from "@/app/_server/schemas";
import { pageName, pageNumber } from "./page-schemas";

/** GET /api/pages/:id — grid, boxes with their fit and 转版 flow, unplaced stories, allowed actions, submit blockers. */
export const GET = withUser<{ id: string }>(
  (_req, { user, params }) => {
    const { id } = parseParams(params, idParam);
    const page = getPageDetail(getDb(), { id, viewer: user });
    if (!page) throw new DomainError("not_found", "page.notFound", { id });
    return NextResponse.json({ page });
  },
  { requires: "reporter" },
);

const pagePatch = z
  .object({
    baseVersion: z.number().int().positive(),
    name: pageName.optional(),
    responsibleEditorId: z.number().int().positive().nullable().optional(),
    number: pageNumber.optional(),
  })
  .strict();

/** PATCH /api/pages/:id {baseVersion, name?, responsibleEditorId?, number?} → {version, page}; 409 stale/signed/number taken. */
export const PATCH = withUser<{ id: string }>(
  async (req, { user, params }) => {
    const { id } = parseParams(params, idParam);
    const body = await parseBody(req, pagePatch);
    const db = getDb();
    const { version } = updatePageDetails(db, { pageId: id, actorId: user.id, ...body });
    return NextResponse.json({ version, page: getPageDetail(db, { id, viewer: user }) });
  },
  { requires: "editor" },
);

const deleteQuery = z.object({ baseVersion: z.coerce.number().int().positive(errorKey("validation.baseVersionPositive")) });

/** DELETE /api/pages/:id?baseVersion=n → {deleted: {id, number}}; 409 once signed/released or stale. */
export const DELETE = withUser<{ id: string }>(
  (req, { user, params }) => {
    const { id } = parseParams(params, idParam);
    const { baseVersion } = parseParams(Object.fromEntries(new URL(req.url).searchParams), deleteQuery);
    return NextResponse.json({ deleted: deletePage(getDb(), { pageId: id, baseVersion, actor: user }) });
  },
  { requires: "editor" },
);
