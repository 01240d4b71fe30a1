import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { archiveMaxBytes, importEditionArchive } from "@/db/commands/import-edition-archive";
import { withUser } from "@/app/_server/route";
import { readBodyText } from "@/app/_server/request-guard";
import { DomainError } from "@/lib/errors";

/**
 * POST /api/editions/archive (body: the archive file as it was exported) → 201 {date, editionId, pages, stories,
 * createdUsers, createdPeople}. One transaction: refused (and nothing written) when over NEWSDESK_ARCHIVE_MAX_MB
 * (413), not JSON or not an archive (400), of a newer version (422), against the schema (400, saying where), or
 * of a date that exists (409). Chief only.
 */
export const POST = withUser(
  async (req, { user, locale }) => {
    const maxBytes = archiveMaxBytes();
    let text: string;
    try {
      text = await readBodyText(req, maxBytes);
    } catch (err) {
      if (err instanceof DomainError && err.code === "payload_too_large") throw new DomainError("payload_too_large", "archive.tooLarge", { max: maxBytes / 1_000_000 });
      throw err;
    }
    const result = importEditionArchive(getDb(), { text, locale, actorId: user.id, maxBytes });
    return NextResponse.json(result, { status: 201 });
  },
  { requires: "chief" },
);
