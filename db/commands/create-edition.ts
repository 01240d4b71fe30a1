import { and, asc, eq } from "drizzle-orm";
import { DomainError } from "@/lib/errors";
import type { Db } from "../client";
import { editions, publications } from "../schema";
import { carryOverStories, type CarriedStories } from "./carry-over-stories";
import { recordAudit } from "./record-audit";

export interface NewEdition {
  /** YYYY-MM-DD, a real calendar date (the route checks it). */
  date: string;
  actor: { id: number };
  /** ids of unfinished stories of earlier editions to move into the new one (carry-over-stories.ts) */
  carryOver?: readonly number[];
}

/**
 * Opens an empty edition (no pages yet) of the publication on a date. 409 when that date exists.
 * Newsdesk has one publication; the edition belongs to it.
 */
export function createEdition(db: Db, input: NewEdition): { id: number; date: string; carried: CarriedStories } {
  return db.transaction((tx) => {
    const publication = tx.select({ id: publications.id }).from(publications).orderBy(asc(publications.id)).get();
    if (!publication) throw new DomainError("unprocessable", "edition.noPublication");
    const taken = tx
      .select({ id: editions.id })
      .from(editions)
      .where(and(eq(editions.publicationId, publication.id), eq(editions.date, input.date)))
      .get();
    if (taken) throw new DomainError("conflict", "edition.exists", { date: input.date });
    const edition = tx.insert(editions).values({ publicationId: publication.id, date: input.date }).returning({ id: editions.id, date: editions.date }).get();
    recordAudit(tx, { actorId: input.actor.id, entityType: "edition", entityId: edition.id, action: "create", reason: input.date });
    return { ...edition, carried: carryOverStories(tx, { storyIds: input.carryOver ?? [], toEditionId: edition.id, actor: input.actor }) };
  });
}
