import { and, eq, ne } from "drizzle-orm";
import { DomainError } from "@/lib/errors";
import { hasEditorialRole } from "@/lib/roles";
import type { PagePatchBody } from "@/lib/api/page-schemas";
import { isPageFrozen } from "@/lib/workflow/page-workflow";
import type { Db } from "../client";
import { pageElements, pages, users } from "../schema";
import { linkedPagesOf } from "../queries/pages";
import { recordAudit } from "./record-audit";

/** The PATCH /api/pages/:id body (a new number must be free in its edition), with the page and the actor. */
export type PageDetailsChange = PagePatchBody & { pageId: number; actorId: number };

/**
 * Renames, renumbers a page or sets its 责任编辑: refused once signed, on a stale version, on a number
 * another page of the edition has, and — for a new number — while a 转版 partner page is signed (its
 * "（下转第N版）" line would change).
 */
export function updatePageDetails(db: Db, change: PageDetailsChange): { version: number } {
  return db.transaction((tx) => {
    const page = tx.select().from(pages).where(eq(pages.id, change.pageId)).get();
    if (!page) throw new DomainError("not_found", "page.notFound", { id: change.pageId });
    if (isPageFrozen(page.state)) throw new DomainError("conflict", "page.frozen");
    if (page.version !== change.baseVersion) {
      throw new DomainError("conflict", "page.stale", { version: page.version, baseVersion: change.baseVersion }, { version: page.version });
    }
    if (change.responsibleEditorId != null) {
      const editor = tx.select({ role: users.role }).from(users).where(eq(users.id, change.responsibleEditorId)).get();
      // 责任编辑: an editor, a desk head (部门主任) or a chief
      if (!editor || !hasEditorialRole(editor.role, "editor")) {
        throw new DomainError("unprocessable", "page.responsibleEditorRole");
      }
    }
    const renumber = change.number !== undefined && change.number !== page.number;
    if (renumber) {
      const taken = tx
        .select({ id: pages.id })
        .from(pages)
        .where(and(eq(pages.editionId, page.editionId), eq(pages.number, change.number!), ne(pages.id, page.id)))
        .get();
      if (taken) throw new DomainError("conflict", "page.numberTaken", { number: change.number! });
      const elementIds = tx.select({ id: pageElements.id }).from(pageElements).where(eq(pageElements.pageId, page.id)).all().map((e) => e.id);
      const frozen = linkedPagesOf(tx, { elementIds }).find((l) => isPageFrozen(l.state));
      if (frozen) throw new DomainError("conflict", "page.linkedToSignedNoRenumber", { number: frozen.number });
    }
    const updated = tx
      .update(pages)
      .set({
        ...(change.name !== undefined && { name: change.name }),
        ...(change.responsibleEditorId !== undefined && { responsibleEditorId: change.responsibleEditorId }),
        ...(renumber && { number: change.number }),
        version: page.version + 1,
        updatedAt: new Date().toISOString(),
      })
      .where(and(eq(pages.id, change.pageId), eq(pages.version, change.baseVersion)))
      .returning({ version: pages.version })
      .get();
    if (!updated) throw new DomainError("conflict", "page.stale", { version: page.version, baseVersion: change.baseVersion }, { version: page.version });
    recordAudit(tx, {
      actorId: change.actorId,
      entityType: "page",
      entityId: page.id,
      action: renumber ? "renumber" : "update-details",
      reason: renumber ? `第 ${page.number} 版 → 第 ${change.number} 版` : null,
    });
    return updated;
  });
}
