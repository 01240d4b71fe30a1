import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { deletePageTemplate } from "@/db/commands/delete-page-template";
import { updatePageTemplate } from "@/db/commands/update-page-template";
import { getPageTemplate } from "@/db/queries/publication";
import { idParam } from "@/lib/api/common";
import { pageTemplateDeleteQuery, pageTemplatePut } from "@/lib/api/template-schemas";
import { DomainError } from "@/lib/errors";
import { parseBody, parseParams, withUser } from "@/app/_server/route";

/** GET /api/page-templates/:id → {template}. The desk and the admin (not a proofreader, as the list). */
export const GET = withUser<{ id: string }>((_req, { params }) => {
  const { id } = parseParams(params, idParam);
  const template = getPageTemplate(getDb(), { id });
  if (!template) throw new DomainError("not_found", "template.notFound", { id });
  return NextResponse.json({ template });
}, { requires: ["reporter", "admin"] });

/** PUT /api/page-templates/:id {baseVersion, …the whole page slot} → {template}; admin or chief; editions already made do not change. */
export const PUT = withUser<{ id: string }>(async (req, { user, params }) => {
  const { id } = parseParams(params, idParam);
  const body = await parseBody(req, pageTemplatePut);
  const db = getDb();
  updatePageTemplate(db, { ...body, id, actor: user });
  return NextResponse.json({ template: getPageTemplate(db, { id }) });
}, { requires: ["admin", "chief"] });

/** DELETE /api/page-templates/:id?baseVersion=n → 204; admin or chief. */
export const DELETE = withUser<{ id: string }>((req, { user, params }) => {
  const { id } = parseParams(params, idParam);
  const { baseVersion } = parseParams(Object.fromEntries(new URL(req.url).searchParams), pageTemplateDeleteQuery);
  deletePageTemplate(getDb(), { id, baseVersion, actor: user });
  return new NextResponse(null, { status: 204 });
}, { requires: ["admin", "chief"] });
