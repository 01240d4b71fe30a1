import { and, eq } from "drizzle-orm";
import { DomainError } from "@/lib/errors";
import type { Db } from "../client";
import { pageTemplates } from "../schema";
import { recordAudit } from "./record-audit";

/** Removes a page slot from the template (editions made from it keep their page), based on the version read. */
export function deletePageTemplate(db: Db, input: { id: number; baseVersion: number; actor: { id: number } }): void {
  db.transaction((tx) => {
    const current = tx.select().from(pageTemplates).where(eq(pageTemplates.id, input.id)).get();
    if (!current) throw new DomainError("not_found", "template.notFound", { id: input.id });
    if (current.version !== input.baseVersion) {
      throw new DomainError("conflict", "template.stale", { version: current.version, baseVersion: input.baseVersion }, { version: current.version });
    }
    tx.delete(pageTemplates).where(and(eq(pageTemplates.id, current.id), eq(pageTemplates.version, current.version))).run();
    recordAudit(tx, { actorId: input.actor.id, entityType: "page_template", entityId: current.id, action: "delete", reason: `第 ${current.number} 版 ${current.name}` });
  });
}
