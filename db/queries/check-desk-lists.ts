import type { CompiledCheckLists } from "@/lib/check";
import type { DbOrTx } from "../client";
import { getCheckListsVersion, loadCompiledCheckLists } from "./check-lists";

/** The word lists as the desk's gates and counts use them: compiled (cached per version) and their version. */
export interface DeskCheckLists {
  version: string;
  compiled: CompiledCheckLists;
}

/** The newsroom's current word lists (check_terms), compiled once per lists version (db/queries/check-lists.ts). */
export function currentCheckLists(db: DbOrTx): DeskCheckLists {
  return { version: String(getCheckListsVersion(db)), compiled: loadCompiledCheckLists(db) };
}
