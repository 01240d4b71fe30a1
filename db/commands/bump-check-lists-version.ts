import { eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { checkListsState, checkTerms } from "../schema";
import type { IndexedTerm } from "@/lib/check/validate";

/** Bumps the lists version; call it in the transaction of every change to check_terms. Returns the new version. */
export function bumpCheckListsVersion(tx: DbOrTx): number {
  const row = tx
    .update(checkListsState)
    .set({ version: sql`${checkListsState.version} + 1` })
    .where(eq(checkListsState.id, 1))
    .returning({ version: checkListsState.version })
    .get();
  if (row) return row.version;
  return tx.insert(checkListsState).values({ id: 1, version: 1 }).returning({ version: checkListsState.version }).get().version;
}

/** Every entry with its id, for the validation index (lib/check/validate.ts TermIndex). */
export function indexedCheckTerms(tx: DbOrTx): IndexedTerm[] {
  return tx
    .select({ id: checkTerms.id, list: checkTerms.list, term: checkTerms.term, replacement: checkTerms.replacement, note: checkTerms.note })
    .from(checkTerms)
    .all();
}
