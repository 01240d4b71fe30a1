import { getDb } from "@/db/client";
import { getPageDetail } from "@/db/queries/pages";
import { DomainError } from "@/lib/errors";
import { parseParams, withUser } from "@/app/_server/route";
import { idParam } from "@/lib/api/common";
import { refuseProofreaderUnlessSubmitted } from "@/app/_server/proofing-access";
import { printedPdfResponse } from "./print-proof";

export const runtime = "nodejs";

/**
 * GET /api/pages/:id/proof.pdf — the proof (大样) printed by headless Chromium from the proof view,
 * as the signed-in caller; `application/pdf` as an attachment `<date>-<n>.pdf`. 503 without a browser, or
 * with Retry-After while other proofs are printing; the 503 never names a path or Chromium's own words.
 */
export const GET = withUser<{ id: string }>(
  async (req, { user, params, locale }) => {
    const { id } = parseParams(params, idParam);
    const page = getPageDetail(getDb(), { id });
    if (!page) throw new DomainError("not_found", "page.notFound", { id });
    refuseProofreaderUnlessSubmitted(user, page.state);
    const view = `/editions/${page.editionDate}/pages/${page.number}`;
    // The proof view (大样) first; the page view when no proof view is deployed.
    const paths = [`/proof/${page.editionDate}/${page.number}`, `${view}/proof`, view];
    return printedPdfResponse(req, { paths, filename: `${page.editionDate}-${page.number}.pdf`, locale });
  },
  { requires: ["reporter", "proofreader"] },
);
