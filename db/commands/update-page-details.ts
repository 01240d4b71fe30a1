import { and, eq } from "drizzle-orm";
import { DomainError } from "@/lib/errors";
import type { Db } from "../client";
import { pages, users } from "../schema";
import { recordAudit } from "./record-audit";

export interface PageDetailsChange {
  pageId: number;
  baseVersion: number;
  name?: string;
  responsibleEditorId?: number | null;
  actorId: number;
}

const FROZEN = new Set(["signed", "released"]);

/** Renames a page or sets its 责任编辑; refused once signed, and on a stale version. */
export function updatePageDetails(db: Db, change: PageDetailsChange): { version: number } {
  return db.transaction((tx) => {
    const page = tx.select().from(pages).where(eq(pages.id, change.pageId)).get();
    if (!page) throw new DomainError("not_found", `page ${change.pageId} does not exist`);
    if (FROZEN.has(page.state)) throw new DomainError("conflict", `page is ${page.state}; withdraw the signature first`);
    if (change.responsibleEditorId != null) {
      const editor = tx.select({ role: users.role }).from(users).where(eq(users.id, change.responsibleEditorId)).get();
      if (!editor || (editor.role !== "editor" && editor.role !== "chief")) {
        throw new DomainError("unprocessable", "the responsible editor must be an editor or chief");
      }
    }
    const updated = tx
      .update(pages)
      .set({
        ...(change.name !== undefined && { name: change.name }),
        ...(change.responsibleEditorId !== undefined && { responsibleEditorId: change.responsibleEditorId }),
        version: page.version + 1,
        updatedAt: new Date().toISOString(),
      })
      .where(and(eq(pages.id, change.pageId), eq(pages.version, change.baseVersion)))
      .returning({ version: pages.version })
      .get();
    if (!updated) throw new DomainError("conflict", `page changed since version ${change.baseVersion}; it is now ${page.version}`, { version: page.version });
    recordAudit(tx, { actorId: change.actorId, entityType: "page", entityId: page.id, action: "update-details" });
    return updated;
  });
}
