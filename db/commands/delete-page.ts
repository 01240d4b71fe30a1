import { eq } from "drizzle-orm";
import { DomainError } from "@/lib/errors";
import { label } from "@/lib/i18n/translate";
import { isPageFrozen } from "@/lib/workflow/page-workflow";
import type { Db } from "../client";
import { pageElements, pages, pageSnapshots, proofMarks, proofRounds, stories } from "../schema";
import { linkedPagesOf } from "../queries/pages";
import { recordAudit } from "./record-audit";

/**
 * Removes a page: refused once signed or released, on a stale version, while a 转版 partner page is
 * signed, and for a page that was ever signed (its snapshots are part of the record; the key does not cascade). Its stories go back to the edition's unplaced list; boxes on other pages that continued its
 * boxes lose the link (they become first boxes). Audited.
 */
export function deletePage(db: Db, { pageId, baseVersion, actor }: { pageId: number; baseVersion: number; actor: { id: number } }): { id: number; number: number } {
  return db.transaction((tx) => {
    const page = tx.select().from(pages).where(eq(pages.id, pageId)).get();
    if (!page) throw new DomainError("not_found", "page.notFound", { id: pageId });
    if (isPageFrozen(page.state)) throw new DomainError("conflict", "page.frozenNoDelete", { state: label("pageState", page.state) });
    if (page.version !== baseVersion) {
      throw new DomainError("conflict", "page.stale", { version: page.version, baseVersion }, { version: page.version });
    }
    const everSigned = tx.select({ id: pageSnapshots.id }).from(pageSnapshots).where(eq(pageSnapshots.pageId, page.id)).limit(1).get();
    if (everSigned) throw new DomainError("conflict", "page.signedOnceNoDelete", { number: page.number });
    // 三校: the proofreading record (marks, signed rounds) is the page's error record (差错率): it stays
    const proofread =
      tx.select({ id: proofMarks.id }).from(proofMarks).where(eq(proofMarks.pageId, page.id)).limit(1).get() ??
      tx.select({ id: proofRounds.id }).from(proofRounds).where(eq(proofRounds.pageId, page.id)).limit(1).get();
    if (proofread) throw new DomainError("conflict", "page.proofreadNoDelete", { number: page.number });
    const elementIds = tx.select({ id: pageElements.id }).from(pageElements).where(eq(pageElements.pageId, page.id)).all().map((e) => e.id);
    const frozen = linkedPagesOf(tx, { elementIds }).find((l) => l.pageId !== page.id && isPageFrozen(l.state));
    if (frozen) throw new DomainError("conflict", "page.linkedToSignedNoDelete", { number: frozen.number });
    tx.update(stories).set({ pageId: null }).where(eq(stories.pageId, page.id)).run();
    tx.delete(pages).where(eq(pages.id, page.id)).run();
    recordAudit(tx, { actorId: actor.id, entityType: "page", entityId: page.id, action: "delete", fromState: page.state, reason: `第 ${page.number} 版 ${page.name}` });
    return { id: page.id, number: page.number };
  });
}
