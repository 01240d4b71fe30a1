import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { createPageTemplate } from "@/db/commands/create-page-template";
import { getPageTemplate, listPageTemplates } from "@/db/queries/publication";
import { pageTemplatePost } from "@/lib/api/template-schemas";
import { parseBody, withUser } from "@/app/_server/route";

/** GET /api/page-templates → {templates}: the page slots of the publication's template, in page order. The desk and the admin (not a proofreader: 校对 reads only what is proofread, and a slot names its 责任编辑). */
export const GET = withUser(() => NextResponse.json({ templates: listPageTemplates(getDb()) }), { requires: ["reporter", "admin"] });

/** POST /api/page-templates {number, name, …} → 201 {template}; admin or chief; 409 number taken, 422 bad geometry. */
export const POST = withUser(async (req, { user }) => {
  const body = await parseBody(req, pageTemplatePost);
  const db = getDb();
  const { id } = createPageTemplate(db, { ...body, actor: user });
  return NextResponse.json({ template: getPageTemplate(db, { id }) }, { status: 201 });
}, { requires: ["admin", "chief"] });
