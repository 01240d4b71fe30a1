import { and, eq } from "drizzle-orm";
import type { PageTemplatePutBody } from "@/lib/api/template-schemas";
import { DomainError } from "@/lib/errors";
import type { Db } from "../client";
import { pageTemplates } from "../schema";
import { checkPageTemplate, templateRow } from "./check-page-template";
import { recordAudit } from "./record-audit";

/**
 * Replaces a template page as a whole, based on the version read (409 when stale). Editions already made
 * keep their pages as they were: only editions created afterwards are laid out from the new template.
 */
export function updatePageTemplate(db: Db, input: PageTemplatePutBody & { id: number; actor: { id: number } }): { id: number; version: number } {
  return db.transaction((tx) => {
    const current = tx.select().from(pageTemplates).where(eq(pageTemplates.id, input.id)).get();
    if (!current) throw new DomainError("not_found", "template.notFound", { id: input.id });
    if (current.version !== input.baseVersion) {
      throw new DomainError("conflict", "template.stale", { version: current.version, baseVersion: input.baseVersion }, { version: current.version });
    }
    checkPageTemplate(tx, input, { publicationId: current.publicationId, id: current.id });
    const version = current.version + 1;
    const updated = tx
      .update(pageTemplates)
      .set({ ...templateRow(input), version, updatedAt: new Date().toISOString() })
      .where(and(eq(pageTemplates.id, current.id), eq(pageTemplates.version, current.version)))
      .returning({ id: pageTemplates.id })
      .get();
    if (!updated) throw new DomainError("conflict", "template.stale", { version: current.version + 1, baseVersion: input.baseVersion });
    recordAudit(tx, { actorId: input.actor.id, entityType: "page_template", entityId: current.id, action: "update", reason: `第 ${input.number} 版 ${input.name}` });
    return { id: current.id, version };
  });
}
