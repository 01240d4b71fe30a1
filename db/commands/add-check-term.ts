import { DomainError } from "@/lib/errors";
import { cleanTerm, TermIndex } from "@/lib/check/validate";
import type { CheckTerm } from "@/lib/check";
import type { Db } from "../client";
import { checkTerms } from "../schema";
import { bumpCheckListsVersion, indexedCheckTerms } from "./bump-check-lists-version";

/** Adds one entry to a word list (422 with the reason when it duplicates or conflicts with another). */
export function addCheckTerm(db: Db, input: CheckTerm & { actor: { id: number } }): { id: number; listsVersion: number } {
  return db.transaction((tx) => {
    const entry = cleanTerm(input);
    const problem = new TermIndex(indexedCheckTerms(tx)).problem(entry);
    if (problem) throw new DomainError(problem.key === "check.duplicate" ? "conflict" : "unprocessable", problem.key, problem.params);
    const { id } = tx
      .insert(checkTerms)
      .values({ ...entry, updatedById: input.actor.id })
      .returning({ id: checkTerms.id })
      .get();
    return { id, listsVersion: bumpCheckListsVersion(tx) };
  });
}
