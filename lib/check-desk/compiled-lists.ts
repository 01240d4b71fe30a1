import { compileCheckLists, type CheckTerm, type CompiledCheckLists } from "@/lib/check";

let held: { version: number; lists: CompiledCheckLists } | null = null;

/**
 * The word lists compiled once per lists version in this page (the story editor): a compile of 10,000 terms
 * takes a few hundred ms, and each editor that mounts — every story opened — used to compile them again in
 * its own useMemo. The version names exactly these terms (GET /api/check-terms/lists), so it is the key.
 */
export function compiledListsFor(lists: { version: number; terms: CheckTerm[] }): CompiledCheckLists {
  if (held && held.version === lists.version) return held.lists;
  held = { version: lists.version, lists: compileCheckLists(lists.terms) };
  return held.lists;
}
