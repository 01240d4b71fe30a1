import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { commitCheckTermImport, previewCheckTermImport, type ImportPreview } from "@/db/commands/import-check-terms";
import { checkImportPost } from "@/lib/api/check-schemas";
import type { Locale } from "@/lib/i18n/locales";
import { renderMessage } from "@/lib/i18n/translate";
import { parseBody, withUser } from "@/app/_server/route";

function answer(p: ImportPreview, applied: number | null, locale: Locale) {
  return {
    listsVersion: p.listsVersion,
    summary: p.summary,
    applied,
    lines: p.lines.map((l) => ({
      line: l.line,
      status: l.status,
      list: l.entry?.list ?? null,
      term: l.entry?.term ?? null,
      replacement: l.entry?.replacement ?? null,
      note: l.entry?.note ?? null,
      currentReplacement: l.status === "change" ? (l.current?.replacement ?? null) : null,
      reason: l.problem ? renderMessage(locale, l.problem) : null,
    })),
  };
}

/**
 * POST /api/check-terms/import {step, format, list, text, baseVersion} → {listsVersion, summary, lines, applied}:
 * step "preview" says per line what would be added, changed, left as it is or refused and why (writes
 * nothing); step "commit" applies it in one transaction against the previewed version (409 when stale).
 * Admin or chief.
 */
export const POST = withUser(async (req, { user, locale }) => {
  const body = await parseBody(req, checkImportPost);
  const db = getDb();
  const input = { format: body.format, list: body.list, text: body.text };
  if (body.step === "preview") return NextResponse.json(answer(previewCheckTermImport(db, input), null, locale));
  const done = commitCheckTermImport(db, { ...input, baseVersion: body.baseVersion!, actor: user });
  return NextResponse.json(answer(done, done.applied, locale));
}, { requires: ["admin", "chief"] });
