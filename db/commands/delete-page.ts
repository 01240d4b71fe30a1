import { eq } from "drizzle-orm";
import { DomainError } from "@/lib/errors";
import { isPageFrozen } from "@/lib/workflow/page-workflow";
import type { Db } from "../client";
import { pageElements, pages, stories } from "../schema";
import { linkedPagesOf } from "../queries/pages";
import { recordAudit } from "./record-audit";

/**
 * Removes a page: refused once signed or released, on a stale version, and while a 转版 partner page is
 * signed. Its stories go back to the edition's unplaced list; boxes on other pages that continued its
 * boxes lose the link (they become first boxes). Audited.
 */
export function deletePage(db: Db, { pageId, baseVersion, actor }: { pageId: number; baseVersion: number; actor: { id: number } }): { id: number; number: number } {
  return db.transaction((tx) => {
    const page = tx.select().from(pages).where(eq(pages.id, pageId)).get();
    if (!page) throw new DomainError("not_found", `page ${pageId} does not exist`);
    if (isPageFrozen(page.state)) throw new DomainError("conflict", `版面已签版，不能删除，需先撤签 (page is ${page.state}; withdraw the signature first)`);
    if (page.version !== baseVersion) {
      throw new DomainError("conflict", `版面已被他人修改（当前版本 ${page.version}） (page changed since version ${baseVersion})`, { version: page.version });
    }
    const elementIds = tx.select({ id: pageElements.id }).from(pageElements).where(eq(pageElements.pageId, page.id)).all().map((e) => e.id);
    const frozen = linkedPagesOf(tx, { elementIds }).find((l) => l.pageId !== page.id && isPageFrozen(l.state));
    if (frozen) throw new DomainError("conflict", `本版与已签版的第 ${frozen.number} 版有转版，不能删除 (page ${frozen.number}, linked by 转版, is signed)`);
    tx.update(stories).set({ pageId: null }).where(eq(stories.pageId, page.id)).run();
    tx.delete(pages).where(eq(pages.id, page.id)).run();
    recordAudit(tx, { actorId: actor.id, entityType: "page", entityId: page.id, action: "delete", fromState: page.state, reason: `第 ${page.number} 版 ${page.name}` });
    return { id: page.id, number: page.number };
  });
}
