import type { PageTemplatePostBody } from "@/lib/api/template-schemas";
import { DomainError } from "@/lib/errors";
import type { Db } from "../client";
import { pageTemplates } from "../schema";
import { getPublication } from "../queries/publication";
import { checkPageTemplate, templateRow } from "./check-page-template";
import { recordAudit } from "./record-audit";

/** Adds a page slot to the publication's template (checked by checkPageTemplate), audited. */
export function createPageTemplate(db: Db, input: PageTemplatePostBody & { actor: { id: number | null } }): { id: number } {
  return db.transaction((tx) => {
    const publication = getPublication(tx);
    if (!publication) throw new DomainError("unprocessable", "edition.noPublication");
    checkPageTemplate(tx, input, { publicationId: publication.id });
    const row = tx
      .insert(pageTemplates)
      .values({ publicationId: publication.id, ...templateRow(input) })
      .returning({ id: pageTemplates.id })
      .get();
    recordAudit(tx, { actorId: input.actor.id, entityType: "page_template", entityId: row.id, action: "create", reason: `第 ${input.number} 版 ${input.name}` });
    return row;
  });
}
