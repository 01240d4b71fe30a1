import { eq } from "drizzle-orm";
import { furnitureRects } from "@/lib/publication";
import { hasEditorialRole } from "@/lib/roles";
import type { DbOrTx } from "../client";
import { pageElements, pages, users, type PageTemplate } from "../schema";
import { recordAudit } from "./record-audit";

/**
 * Lays a template page into an edition (inside the caller's transaction): the page in planning with the
 * template's number, name, grid and 责任编辑 (when still an active editor or chief), its page strip and footer
 * as locked furniture, and each ad slot as a locked ad box with the advertiser as its label and the slot's
 * copy as its text (the edition's own ad copy is set on the page afterwards). Everything is copied, so a
 * later template change leaves this page as it is.
 */
export function pageFromTemplate(tx: DbOrTx, { editionId, template, actorId }: { editionId: number; template: PageTemplate; actorId: number | null }): { id: number; number: number } {
  const editor =
    template.responsibleEditorId === null ? undefined : tx.select({ role: users.role, disabledAt: users.disabledAt }).from(users).where(eq(users.id, template.responsibleEditorId)).get();
  const editorStays = editor !== undefined && editor.disabledAt === null && hasEditorialRole(editor.role, "editor");
  const page = tx
    .insert(pages)
    .values({
      editionId,
      number: template.number,
      name: template.name,
      state: "planning",
      responsibleEditorId: editorStays ? template.responsibleEditorId : null,
      gridColumns: template.gridColumns,
      charsPerColumn: template.charsPerColumn,
      gutterChars: template.gutterChars,
      linesPerColumn: template.linesPerColumn,
    })
    .returning({ id: pages.id, number: pages.number })
    .get();
  const grid = { columns: template.gridColumns, charsPerColumn: template.charsPerColumn, gutterChars: template.gutterChars, linesPerColumn: template.linesPerColumn };
  const furniture = furnitureRects({ grid, stripLines: template.stripLines, footerLines: template.footerLines }).map((f) => ({
    pageId: page.id,
    kind: "furniture" as const,
    ...f.rect,
    label: f.label,
    text: f.label === "masthead" ? template.name : template.footerText,
    locked: true,
  }));
  const ads = template.adSlots.map((slot) => ({
    pageId: page.id,
    kind: "ad" as const,
    firstColumn: slot.firstColumn,
    columnSpan: slot.columnSpan,
    topLine: slot.topLine,
    heightLines: slot.heightLines,
    label: slot.label,
    text: slot.text,
    locked: true,
  }));
  const boxes = [...furniture, ...ads];
  if (boxes.length > 0) tx.insert(pageElements).values(boxes).run();
  recordAudit(tx, { actorId, entityType: "page", entityId: page.id, action: "create", toState: "planning", reason: `第 ${template.number} 版 ${template.name}（版式模板 template ${template.id}）` });
  return page;
}
