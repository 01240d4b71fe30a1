import { and, eq } from "drizzle-orm";
import { DomainError } from "@/lib/errors";
import type { NewPageBody } from "@/lib/api/page-schemas";
import type { Db } from "../client";
import { editions, pageElements, pages } from "../schema";
import { recordAudit } from "./record-audit";

export const MAX_PAGE_NUMBER = 200;
/** Lines of the page strip (报头) at the top and of the footer (责任编辑, notices) at the foot of a new page. */
const STRIP_LINES = 4;

/** The POST /api/editions/:date/pages body (number default: after the last page), with the edition and the actor. */
export type NewPage = NewPageBody & { editionDate: string; actor: { id: number } };

/**
 * Adds a page to an edition, in planning, on the default broadsheet grid, with its page strip and footer
 * already in place (furniture, as on the seed page). 404 for an unknown edition, 409 for a taken number.
 */
export function createPage(db: Db, input: NewPage): { id: number; number: number } {
  return db.transaction((tx) => {
    const edition = tx.select({ id: editions.id }).from(editions).where(eq(editions.date, input.editionDate)).get();
    if (!edition) throw new DomainError("not_found", "edition.notFound", { date: input.editionDate });
    const numbers = tx.select({ number: pages.number }).from(pages).where(eq(pages.editionId, edition.id)).all().map((p) => p.number);
    const number = input.number ?? Math.max(0, ...numbers) + 1;
    if (number > MAX_PAGE_NUMBER) throw new DomainError("conflict", "page.tooMany", { max: MAX_PAGE_NUMBER });
    const taken = tx.select({ id: pages.id }).from(pages).where(and(eq(pages.editionId, edition.id), eq(pages.number, number))).get();
    if (taken) throw new DomainError("conflict", "page.numberTaken", { number });
    const page = tx.insert(pages).values({ editionId: edition.id, number, name: input.name, state: "planning" }).returning().get();
    const strip = { kind: "furniture" as const, firstColumn: 1, columnSpan: page.gridColumns, heightLines: STRIP_LINES, locked: true };
    tx.insert(pageElements)
      .values([
        { ...strip, pageId: page.id, topLine: 1, label: "masthead", text: input.name },
        { ...strip, pageId: page.id, topLine: page.linesPerColumn - STRIP_LINES + 1, label: "footer", text: "" },
      ])
      .run();
    recordAudit(tx, { actorId: input.actor.id, entityType: "page", entityId: page.id, action: "create", toState: "planning", reason: `第 ${number} 版 ${input.name}` });
    return { id: page.id, number };
  });
}
