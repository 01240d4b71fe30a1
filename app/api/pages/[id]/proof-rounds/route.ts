import { NextResponse } from "next/server";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { signProofRound } from "@/db/commands/sign-proof-round";
import { pageProofing } from "@/db/queries/proofing";
import { pages } from "@/db/schema";
import { parseBody, parseParams, withUser } from "@/app/_server/route";
import { pageChanged, publishing } from "@/app/_server/live";
import { refuseProofreaderUnlessSubmitted } from "@/app/_server/proofing-access";
import { idParam } from "@/lib/api/common";
import { proofRoundPost } from "@/lib/api/proof-schemas";
import { DomainError } from "@/lib/errors";

/** GET /api/pages/:id/proof-rounds → {proofing}: the edition's rounds, those signed (who, when), the open marks. */
export const GET = withUser<{ id: string }>(
  (_req, { user, params }) => {
    const { id } = parseParams(params, idParam);
    const db = getDb();
    const page = db.select({ state: pages.state }).from(pages).where(eq(pages.id, id)).get();
    if (!page) throw new DomainError("not_found", "page.notFound", { id });
    refuseProofreaderUnlessSubmitted(user, page.state);
    return NextResponse.json({ proofing: pageProofing(db, { pageId: id }) });
  },
  { requires: ["editor", "proofreader"] },
);

/** POST /api/pages/:id/proof-rounds {round} → {proofing}; proofreader; 409 when not submitted, out of order or signed. */
export const POST = withUser<{ id: string }>(
  async (req, { user, params }) => {
    const { id } = parseParams(params, idParam);
    const { round } = await parseBody(req, proofRoundPost);
    const db = getDb();
    publishing(db, () => signProofRound(db, { pageId: id, round, actor: user }), () => [pageChanged(db, id)]);
    return NextResponse.json({ proofing: pageProofing(db, { pageId: id }) });
  },
  { requires: "proofreader" },
);
