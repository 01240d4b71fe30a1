import { z } from "zod";
import { idParam } from "../common";
import type { ApiRoute } from "../route-registry";
import { pageTemplate, pageTemplateDeleteQuery, pageTemplatePost, pageTemplatePut, publicationPut, publicationSettings } from "../template-schemas";

const WRITERS = "Only the admin and the chief (403 for every other role).";

/** The publication's settings and its page template (docs/TEMPLATES.md). */
export const TEMPLATE_ROUTES: ApiRoute[] = [
  {
    operationId: "getPublication",
    method: "GET",
    path: "/api/publication",
    tag: "publication",
    summary: "The publication's settings: name, time zone, edition numbering, weekly schedule",
    access: "signed-in",
    ok: { status: 200, description: "the settings", body: z.object({ publication: publicationSettings }) },
  },
  {
    operationId: "updatePublication",
    method: "PUT",
    path: "/api/publication",
    tag: "publication",
    summary: "Set the publication's settings, whole, based on the version read",
    description: `${WRITERS} Editions already made keep their numbers; the time zone applies at once to every time shown.`,
    access: ["admin", "chief"],
    body: publicationPut,
    ok: { status: 200, description: "the new settings", body: z.object({ publication: publicationSettings }) },
    errors: { 409: { description: "the settings changed since `baseVersion`" } },
  },
  {
    operationId: "listPageTemplates",
    method: "GET",
    path: "/api/page-templates",
    tag: "publication",
    summary: "The page slots of the template, in page order",
    description: "The desk and the admin; not a proofreader (a slot names its 责任编辑).",
    access: ["reporter", "admin"],
    ok: { status: 200, description: "the template pages", body: z.object({ templates: z.array(pageTemplate) }) },
  },
  {
    operationId: "createPageTemplate",
    method: "POST",
    path: "/api/page-templates",
    tag: "publication",
    summary: "Add a page slot to the template",
    description: WRITERS,
    access: ["admin", "chief"],
    body: pageTemplatePost,
    ok: { status: 201, description: "the new template page", body: z.object({ template: pageTemplate }) },
    errors: {
      409: { description: "the template already has a page of that number" },
      422: { description: "an ad slot outside the grid or over another slot, the strip or footer; a 责任编辑 who is no active editor" },
    },
  },
  {
    operationId: "getPageTemplate",
    method: "GET",
    path: "/api/page-templates/{id}",
    tag: "publication",
    summary: "One template page",
    description: "The desk and the admin; not a proofreader (a slot names its 责任编辑).",
    access: ["reporter", "admin"],
    params: idParam,
    ok: { status: 200, description: "the template page", body: z.object({ template: pageTemplate }) },
    errors: { 404: { description: "no such template page" } },
  },
  {
    operationId: "updatePageTemplate",
    method: "PUT",
    path: "/api/page-templates/{id}",
    tag: "publication",
    summary: "Replace a template page, whole, based on the version read (editions already made do not change)",
    description: WRITERS,
    access: ["admin", "chief"],
    params: idParam,
    body: pageTemplatePut,
    ok: { status: 200, description: "the template page as stored", body: z.object({ template: pageTemplate }) },
    errors: {
      404: { description: "no such template page" },
      409: { description: "the number is taken, or the template page changed since `baseVersion`" },
      422: { description: "an ad slot outside the grid or over another slot, the strip or footer; a 责任编辑 who is no active editor" },
    },
  },
  {
    operationId: "deletePageTemplate",
    method: "DELETE",
    path: "/api/page-templates/{id}",
    tag: "publication",
    summary: "Remove a page slot from the template (editions made from it keep their page)",
    description: WRITERS,
    access: ["admin", "chief"],
    params: idParam,
    query: pageTemplateDeleteQuery,
    ok: { status: 204, description: "removed" },
    errors: { 404: { description: "no such template page" }, 409: { description: "the template page changed since `baseVersion`" } },
  },
];
