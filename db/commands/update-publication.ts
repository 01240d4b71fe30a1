import { and, eq } from "drizzle-orm";
import type { PublicationPutBody } from "@/lib/api/template-schemas";
import { DomainError } from "@/lib/errors";
import type { Db } from "../client";
import { publications } from "../schema";
import { getPublication } from "../queries/publication";
import { recordAudit } from "./record-audit";

/**
 * Sets the publication's name, time zone, edition numbering, weekly schedule and review levels (三审; unchanged when
 * not given), based on the version read. Editions already made keep their 期号 and review levels; the settings
 * apply to editions created afterwards.
 */
export function updatePublication(db: Db, input: PublicationPutBody & { actor: { id: number } }): { id: number; version: number } {
  return db.transaction((tx) => {
    const current = getPublication(tx);
    if (!current) throw new DomainError("unprocessable", "edition.noPublication");
    if (current.version !== input.baseVersion) {
      throw new DomainError("conflict", "template.publicationStale", { version: current.version, baseVersion: input.baseVersion }, { version: current.version });
    }
    const version = current.version + 1;
    const updated = tx
      .update(publications)
      .set({
        name: input.name,
        timeZone: input.timeZone,
        firstTotalNumber: input.firstTotalNumber,
        firstYearNumber: input.firstYearNumber,
        weekdays: input.weekdays,
        reviewLevels: input.reviewLevels ?? current.reviewLevels,
        proofRounds: input.proofRounds ?? current.proofRounds,
        version,
        updatedAt: new Date().toISOString(),
      })
      .where(and(eq(publications.id, current.id), eq(publications.version, current.version)))
      .returning({ id: publications.id })
      .get();
    if (!updated) throw new DomainError("conflict", "template.publicationStale", { version: version, baseVersion: input.baseVersion });
    const changed = (["name", "timeZone", "firstTotalNumber", "firstYearNumber", "weekdays", "reviewLevels", "proofRounds"] as const).filter((k) => input[k] !== undefined && JSON.stringify(current[k]) !== JSON.stringify(input[k]));
    recordAudit(tx, { actorId: input.actor.id, entityType: "publication", entityId: current.id, action: "update", reason: changed.join(", ") || null });
    return { id: current.id, version };
  });
}
