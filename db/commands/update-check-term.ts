import { and, eq } from "drizzle-orm";
import { DomainError } from "@/lib/errors";
import { cleanTerm, TermIndex } from "@/lib/check/validate";
import type { CheckTerm } from "@/lib/check";
import type { Db } from "../client";
import { checkTerms } from "../schema";
import { bumpCheckListsVersion, indexedCheckTerms } from "./bump-check-lists-version";

/** Replaces an entry (list, term, replacement, note) based on the version read: 409 when stale, 422 when it conflicts. */
export function updateCheckTerm(db: Db, input: CheckTerm & { id: number; baseVersion: number; actor: { id: number } }): { id: number; listsVersion: number } {
  return db.transaction((tx) => {
    const current = tx.select().from(checkTerms).where(eq(checkTerms.id, input.id)).get();
    if (!current) throw new DomainError("not_found", "check.notFound", { id: input.id });
    if (current.version !== input.baseVersion) throw new DomainError("conflict", "check.stale", { version: current.version }, { version: current.version });
    const entry = cleanTerm(input);
    const problem = new TermIndex(indexedCheckTerms(tx)).problem(entry, current.id);
    if (problem) throw new DomainError(problem.key === "check.duplicate" ? "conflict" : "unprocessable", problem.key, problem.params);
    tx.update(checkTerms)
      .set({ ...entry, updatedById: input.actor.id, version: current.version + 1, updatedAt: new Date().toISOString() })
      .where(and(eq(checkTerms.id, current.id), eq(checkTerms.version, current.version)))
      .run();
    return { id: current.id, listsVersion: bumpCheckListsVersion(tx) };
  });
}
