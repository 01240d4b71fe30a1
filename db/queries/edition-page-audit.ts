import { and, desc, eq, inArray, lt } from "drizzle-orm";
import { HISTORY_PAGE_SIZE } from "@/lib/api/common";
import { PAGE_ACTIONS } from "@/lib/workflow/page-workflow";
import type { DbOrTx } from "../client";
import { auditEvents, pages, users } from "../schema";
import { editionIdOn } from "./edition-id";

/** The page events the edition's audit shows: the workflow (submit, 签版, reject, 撤签, 付印 …), and pages made and removed — not every layout save. */
export const AUDITED_PAGE_ACTIONS = [...PAGE_ACTIONS, "create", "delete"] as const;

/**
 * The edition's page events, newest first, a page at a time (`before` = an event id), driven from the edition's
 * pages (an index search per page on audit_entity_idx). A deleted page's events go with it (its row is gone).
 */
export function listEditionPageAudit(db: DbOrTx, { date, before, limit = HISTORY_PAGE_SIZE }: { date: string; before?: number; limit?: number }) {
  return db
    .select({
      id: auditEvents.id,
      pageId: pages.id,
      number: pages.number,
      name: pages.name,
      action: auditEvents.action,
      fromState: auditEvents.fromState,
      toState: auditEvents.toState,
      reason: auditEvents.reason,
      createdAt: auditEvents.createdAt,
      actor: users.name,
    })
    .from(auditEvents)
    .innerJoin(pages, eq(pages.id, auditEvents.entityId))
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(
      and(
        eq(auditEvents.entityType, "page"),
        inArray(auditEvents.entityId, db.select({ id: pages.id }).from(pages).where(eq(pages.editionId, editionIdOn(date)))),
        inArray(auditEvents.action, [...AUDITED_PAGE_ACTIONS]),
        before === undefined ? undefined : lt(auditEvents.id, before),
      ),
    )
    .orderBy(desc(auditEvents.id))
    .limit(limit)
    .all();
}
