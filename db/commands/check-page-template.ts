import { and, eq, ne } from "drizzle-orm";
import type { PageTemplatePostBody } from "@/lib/api/template-schemas";
import { DomainError } from "@/lib/errors";
import { messageList, type Message } from "@/lib/i18n/translate";
import { templateProblems, type TemplateProblem } from "@/lib/publication";
import { hasEditorialRole } from "@/lib/roles";
import type { DbOrTx } from "../client";
import { pageTemplates, users } from "../schema";

function messageOf(p: TemplateProblem): Message {
  switch (p.kind) {
    case "furnitureTooTall":
      return { key: "template.furnitureTooTall" };
    case "adOutsideGrid":
      return { key: "template.adOutsideGrid", params: { slot: p.slot } };
    case "adsOverlap":
      return { key: "template.adsOverlap", params: { a: p.slots[0], b: p.slots[1] } };
    case "adOverFurniture":
      return { key: "template.adOverFurniture", params: { slot: p.slot } };
  }
}

/**
 * What a template page must be before it is stored: its number free in the template (409), its 责任编辑 an
 * active editor or chief (422), strip, footer and ad slots on the grid without overlapping (422, every
 * problem named with its slot).
 */
export function checkPageTemplate(tx: DbOrTx, t: PageTemplatePostBody, at: { publicationId: number; id?: number }): void {
  const clash = tx
    .select({ id: pageTemplates.id })
    .from(pageTemplates)
    .where(and(eq(pageTemplates.publicationId, at.publicationId), eq(pageTemplates.number, t.number), at.id === undefined ? undefined : ne(pageTemplates.id, at.id)))
    .get();
  if (clash) throw new DomainError("conflict", "template.numberTaken", { number: t.number });
  if (t.responsibleEditorId !== null) {
    const editor = tx.select({ role: users.role, disabledAt: users.disabledAt }).from(users).where(eq(users.id, t.responsibleEditorId)).get();
    if (!editor || editor.disabledAt !== null || !hasEditorialRole(editor.role, "editor")) {
      throw new DomainError("unprocessable", "template.editorNotEditorial", { id: t.responsibleEditorId });
    }
  }
  const problems = templateProblems({ grid: t.grid, stripLines: t.stripLines, footerLines: t.footerLines, adSlots: t.adSlots });
  if (problems.length > 0) throw new DomainError("unprocessable", "template.problems", { problems: messageList(problems.map(messageOf)) }, { problems });
}

/** The stored columns of a template page body. */
export function templateRow(t: PageTemplatePostBody) {
  return {
    number: t.number,
    name: t.name,
    responsibleEditorId: t.responsibleEditorId,
    gridColumns: t.grid.columns,
    charsPerColumn: t.grid.charsPerColumn,
    gutterChars: t.grid.gutterChars,
    linesPerColumn: t.grid.linesPerColumn,
    weekdays: t.weekdays,
    stripLines: t.stripLines,
    footerLines: t.footerLines,
    footerText: t.footerText,
    adSlots: t.adSlots.map(({ label, text, firstColumn, columnSpan, topLine, heightLines }) => ({ label, text, firstColumn, columnSpan, topLine, heightLines })),
  };
}
