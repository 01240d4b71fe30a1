import { getDb } from "@/db/client";
import { getStoryById } from "@/db/queries/stories";
import { DomainError } from "@/lib/errors";
import { jsonError, parseParams, withUser } from "@/app/_server/route";
import { idParam } from "@/lib/api/common";
import { NoBrowserError, printProofPdf, ProofAbortedError, ProofBusyError, RETRY_AFTER_S } from "../../../pages/[id]/proof.pdf/print-proof";

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
    try {
      const pdf = await printProofPdf({ paths: [`/review-sheet/${id}`], cookie: req.headers.get("cookie"), signal: req.signal });
      return new Response(new Uint8Array(pdf), {
        headers: {
          "Content-Type": "application/pdf",
          "Content-Disposition": `attachment; filename="review-sheet-${id}.pdf"`,
          "Cache-Control": "no-store",
        },
      });
    } catch (err) {
      if (err instanceof ProofBusyError) {
        const res = jsonError(new DomainError("unavailable", "proof.busy", { seconds: RETRY_AFTER_S }), locale);
        res.headers.set("Retry-After", String(RETRY_AFTER_S));
        return res;
      }
      if (err instanceof ProofAbortedError) return new Response(null, { status: 499 });
      if (err instanceof NoBrowserError) return jsonError(new DomainError("unavailable", "proof.noBrowser"), locale);
      console.error(err);
      return jsonError(new DomainError("unavailable", "proof.printFailed"), locale);
    }
  },
  { requires: "reporter" },
);
