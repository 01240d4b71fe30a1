import { NextResponse } from "next/server";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { addProofMark } from "@/db/commands/add-proof-mark";
import { getProofMark, listPageProofMarks, pageProofing } from "@/db/queries/proofing";
import { pages } from "@/db/schema";
import { parseBody, parseParams, withUser } from "@/app/_server/route";
import { pageChanged, publishing } from "@/app/_server/live";
import { refuseProofreaderUnlessSubmitted } from "@/app/_server/proofing-access";
import { idParam } from "@/lib/api/common";
import { proofMarkPost, proofMarksQuery } from "@/lib/api/proof-schemas";
import { DomainError } from "@/lib/errors";

/** GET /api/pages/:id/proof-marks?after= → {marks, next}: the page's marks, oldest first (editors; a proofreader while submitted). */
export const GET = withUser<{ id: string }>(
  (req, { user, params }) => {
    const { id } = parseParams(params, idParam);
    const { after } = parseParams(Object.fromEntries(new URL(req.url).searchParams), proofMarksQuery);
    const db = getDb();
    const page = db.select({ state: pages.state }).from(pages).where(eq(pages.id, id)).get();
    if (!page) throw new DomainError("not_found", "page.notFound", { id });
    refuseProofreaderUnlessSubmitted(user, page.state);
    return NextResponse.json(listPageProofMarks(db, { pageId: id, after }));
  },
  { requires: ["editor", "proofreader"] },
);

/** POST /api/pages/:id/proof-marks {storyId, field, paragraph, offset, marked, type, correction, note} → 201 {mark, proofing}; proofreader. */
export const POST = withUser<{ id: string }>(
  async (req, { user, params }) => {
    const { id } = parseParams(params, idParam);
    const body = await parseBody(req, proofMarkPost);
    const db = getDb();
    const made = publishing(db, () => addProofMark(db, { pageId: id, ...body, actor: user }), () => [pageChanged(db, id)]);
    return NextResponse.json({ mark: getProofMark(db, { id: made.id }), proofing: pageProofing(db, { pageId: id }) }, { status: 201 });
  },
  { requires: "proofreader" },
);
