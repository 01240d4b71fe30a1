import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { getEditionByDate } from "@/db/queries/editions";
import { DomainError } from "@/lib/errors";
import { parseBody, parseParams, withUser } from "@/app/_server/route";
import { dateParam } from "@/lib/api/common";
import { importPreviewPost } from "@/lib/api/import-schemas";
import { decodePageText, PAGE_TEXT_MAX_BYTES, type PageTextRefusal } from "@/lib/page-text/encoding";
import { previewItems } from "@/lib/page-text/import-preview";
import { readPageText } from "@/lib/page-text/parse";

const REFUSAL: Record<PageTextRefusal, { code: "payload_too_large" | "unprocessable"; key: `import.${PageTextRefusal}` }> = {
  empty: { code: "unprocessable", key: "import.empty" },
  tooLarge: { code: "payload_too_large", key: "import.tooLarge" },
  binary: { code: "unprocessable", key: "import.binary" },
  utf16: { code: "unprocessable", key: "import.utf16" },
  unknownEncoding: { code: "unprocessable", key: "import.unknownEncoding" },
};

/**
 * POST /api/editions/:date/imports/preview {fileName, content (base64)} → the encoding used and the parsed
 * items with their warnings. Writes nothing; the desk fixes the items and confirms with POST …/imports.
 */
export const POST = withUser<{ date: string }>(
  async (req, { params }) => {
    const { date } = parseParams(params, dateParam);
    const body = await parseBody(req, importPreviewPost);
    if (!getEditionByDate(getDb(), { date })) throw new DomainError("not_found", "edition.notFound", { date });
    const decoded = decodePageText(Buffer.from(body.content, "base64"));
    if (!decoded.ok) {
      const refusal = REFUSAL[decoded.reason];
      throw new DomainError(refusal.code, refusal.key, { file: body.fileName, max: PAGE_TEXT_MAX_BYTES / 1024 });
    }
    const { page, unattached } = readPageText(decoded.text);
    return NextResponse.json({
      fileName: body.fileName,
      encoding: decoded.encoding,
      responsibleEditor: page.responsibleEditor,
      items: previewItems(page),
      unattached,
    });
  },
  { requires: "editor" },
);
