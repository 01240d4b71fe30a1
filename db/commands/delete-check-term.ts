import { eq } from "drizzle-orm";
import { DomainError } from "@/lib/errors";
import type { Db } from "../client";
import { checkTerms } from "../schema";
import { bumpCheckListsVersion } from "./bump-check-lists-version";

/** Removes an entry based on the version read (409 when stale). */
export function deleteCheckTerm(db: Db, input: { id: number; baseVersion: number }): { listsVersion: number } {
  return db.transaction((tx) => {
    const current = tx.select().from(checkTerms).where(eq(checkTerms.id, input.id)).get();
    if (!current) throw new DomainError("not_found", "check.notFound", { id: input.id });
    if (current.version !== input.baseVersion) throw new DomainError("conflict", "check.stale", { version: current.version }, { version: current.version });
    tx.delete(checkTerms).where(eq(checkTerms.id, current.id)).run();
    return { listsVersion: bumpCheckListsVersion(tx) };
  });
}
