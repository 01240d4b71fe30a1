import { eq } from "drizzle-orm";
import { DomainError } from "@/lib/errors";
import { IMPORT_MAX_LINES, parseImport, previewImport, type ImportFormat, type PreviewLine } from "@/lib/check/import";
import type { CheckList } from "@/lib/check";
import { TermIndex } from "@/lib/check/validate";
import type { Db, DbOrTx } from "../client";
import { getCheckListsVersion } from "../queries/check-lists";
import { checkTerms } from "../schema";
import { bumpCheckListsVersion, indexedCheckTerms } from "./bump-check-lists-version";

export interface ImportInput {
  format: ImportFormat;
  /** the list of a plain-text file (CSV names it per line) */
  list: CheckList | null;
  text: string;
}

export interface ImportPreview {
  /** the lists version the preview was made against: the commit passes it back */
  listsVersion: number;
  lines: PreviewLine[];
  summary: { add: number; change: number; same: number; reject: number };
}

function preview(tx: DbOrTx, input: ImportInput): ImportPreview {
  if (input.format === "text" && !input.list) throw new DomainError("unprocessable", "check.importListRequired");
  const parsed = parseImport(input.text, input.format, input.list);
  if (parsed.length === 0) throw new DomainError("unprocessable", "check.importEmpty");
  if (parsed.length > IMPORT_MAX_LINES) throw new DomainError("unprocessable", "check.importTooManyLines", { maximum: IMPORT_MAX_LINES });
  const lines = previewImport(parsed, new TermIndex(indexedCheckTerms(tx)));
  const summary = { add: 0, change: 0, same: 0, reject: 0 };
  for (const l of lines) summary[l.status]++;
  return { listsVersion: getCheckListsVersion(tx), lines, summary };
}

/** What an import would do, line by line; writes nothing. */
export function previewCheckTermImport(db: Db, input: ImportInput): ImportPreview {
  return db.transaction((tx) => preview(tx, input));
}

/**
 * Applies an import as previewed against `baseVersion` (409 when the lists changed since): the lines that
 * add or change an entry, in one transaction; refused lines are left out (the preview showed them).
 */
export function commitCheckTermImport(db: Db, input: ImportInput & { baseVersion: number; actor: { id: number } }): ImportPreview & { applied: number } {
  return db.transaction((tx) => {
    const version = getCheckListsVersion(tx);
    if (version !== input.baseVersion) throw new DomainError("conflict", "check.importStale", {}, { version });
    const result = preview(tx, input);
    let applied = 0;
    const now = new Date().toISOString();
    for (const l of result.lines) {
      if (l.status === "add" && l.entry) {
        tx.insert(checkTerms).values({ ...l.entry, updatedById: input.actor.id }).run();
        applied++;
      } else if (l.status === "change" && l.entry && l.current) {
        const current = tx.select({ version: checkTerms.version }).from(checkTerms).where(eq(checkTerms.id, l.current.id)).get()!;
        tx.update(checkTerms)
          .set({ ...l.entry, updatedById: input.actor.id, version: current.version + 1, updatedAt: now })
          .where(eq(checkTerms.id, l.current.id))
          .run();
        applied++;
      }
    }
    const listsVersion = applied > 0 ? bumpCheckListsVersion(tx) : version;
    return { ...result, listsVersion, applied };
  });
}
