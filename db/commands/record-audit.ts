import type { AuditEntityType } from "@/lib/audit";
import type { DbOrTx } from "../client";
import { auditEvents } from "../schema";

export interface AuditEntry {
  actorId: number | null;
  entityType: AuditEntityType;
  entityId: number;
  action: string;
  fromState?: string | null;
  toState?: string | null;
  reason?: string | null;
}

/** Appends one audit row; call it inside the transaction that made the change. */
export function recordAudit(db: DbOrTx, entry: AuditEntry): void {
  db.insert(auditEvents).values(entry).run();
}
