import { getDb } from "@/db/client";
import { getStoryById } from "@/db/queries/stories";
import { DomainError } from "@/lib/errors";
import { parseParams, withUser } from "@/app/_server/route";
import { idParam } from "@/lib/api/common";
import { printedPdfResponse } from "../../../pages/[id]/proof.pdf/print-proof";

export const runtime = "nodejs";

/**
 * GET /api/stories/:id/review-sheet.pdf — the story's 审稿单 printed by headless Chromium from /review-sheet/:id as
 * the signed-in caller (the same print queue as the page proof), `application/pdf` as `review-sheet-<id>.pdf`.
 * 404 for no such story; 503 without a browser, or with Retry-After while other prints run.
 */
export const GET = withUser<{ id: string }>(
  async (req, { params, locale }) => {
    const { id } = parseParams(params, idParam);
    if (!getStoryById(getDb(), { id })) throw new DomainError("not_found", "story.notFound", { id });
    return printedPdfResponse(req, { paths: [`/review-sheet/${id}`], filename: `review-sheet-${id}.pdf`, locale });
  },
  { requires: "reporter" },
);
