import { compileCheckLists, type CheckTerm, type CompiledCheckLists } from "@/lib/check";
import type { DbOrTx } from "../client";

/** The word lists as the desk uses them: the entries (sent to the editor), their version, and compiled for matching. */
export interface DeskCheckLists {
  version: string;
  terms: CheckTerm[];
  compiled: CompiledCheckLists;
}

let cached: DeskCheckLists | null = null;

/**
 * The newsroom's current word lists (check-lib's check_terms), compiled once per lists version and kept for
 * the process. Until check-lib's table is merged there are no entries (version "0"): only the rules that
 * need no list find anything.
 */
export function currentCheckLists(db: DbOrTx): DeskCheckLists {
  void db;
  const version = "0";
  if (cached?.version === version) return cached;
  const terms: CheckTerm[] = [];
  cached = { version, terms, compiled: compileCheckLists(terms) };
  return cached;
}
