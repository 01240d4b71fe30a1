import { eq, isNull, and } from "drizzle-orm";
import { STARTER_OTHER, starterTypoPairs } from "@/lib/check/starter-typos";
import type { DbOrTx } from "../client";
import { checkListsState, checkTerms } from "../schema";
import { bumpCheckListsVersion } from "./bump-check-lists-version";

const STARTER_NOTE = "《咬文嚼字》常见错别字";

/**
 * Loads the starter lists (lib/check/starter-typos.ts: the 错别字 pairs and a few examples for the other
 * lists) once: the lists state remembers it, so an entry the chief deleted does not come back on the next
 * start, and a second call does nothing. An entry already there (same list and term) is kept as it is.
 */
export function loadStarterCheckTerms(db: DbOrTx): { loaded: number } {
  const run = (tx: DbOrTx) => {
    const state = tx.select().from(checkListsState).where(eq(checkListsState.id, 1)).get();
    if (state?.starterLoadedAt) return { loaded: 0 };
    const rows = [
      ...starterTypoPairs().map(([term, replacement]) => ({ list: "typo" as const, term, replacement, note: STARTER_NOTE })),
      ...STARTER_OTHER,
    ];
    let loaded = 0;
    for (const r of rows) {
      const done = tx.insert(checkTerms).values(r).onConflictDoNothing().returning({ id: checkTerms.id }).get();
      if (done) loaded++;
    }
    if (!state) tx.insert(checkListsState).values({ id: 1, version: 0 }).run();
    tx.update(checkListsState).set({ starterLoadedAt: new Date().toISOString() }).where(and(eq(checkListsState.id, 1), isNull(checkListsState.starterLoadedAt))).run();
    if (loaded > 0) bumpCheckListsVersion(tx);
    return { loaded };
  };
  return "transaction" in db ? db.transaction(run) : run(db);
}
