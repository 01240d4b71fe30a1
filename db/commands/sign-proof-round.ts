import { eq } from "drizzle-orm";
import { DomainError } from "@/lib/errors";
import { decideRoundSign } from "@/lib/workflow/proof-workflow";
import type { Db } from "../client";
import { pages, proofRounds } from "../schema";
import { proofProgressOf } from "../queries/proofing";
import { recordAudit } from "./record-audit";

/**
 * 校对签字: the proofreader signs round `round` of a submitted page (after round − 1, once). The page's version is
 * not bumped — the layout is not changed, so an editor's open layout stays current. Audited on the page.
 */
export function signProofRound(db: Db, { pageId, round, actor }: { pageId: number; round: number; actor: { id: number } }): { round: number; signedAt: string } {
  return db.transaction((tx) => {
    const page = tx.select({ id: pages.id, state: pages.state }).from(pages).where(eq(pages.id, pageId)).get();
    if (!page) throw new DomainError("not_found", "page.notFound", { id: pageId });
    const progress = proofProgressOf(tx, page.id);
    decideRoundSign({ pageState: page.state, rounds: progress.rounds, signedRounds: progress.signedRounds, round });
    const signedAt = new Date().toISOString();
    tx.insert(proofRounds).values({ pageId: page.id, round, signedById: actor.id, signedAt }).run();
    recordAudit(tx, { actorId: actor.id, entityType: "page", entityId: page.id, action: "proof-round", reason: String(round) });
    return { round, signedAt };
  });
}
