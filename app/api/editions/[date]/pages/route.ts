import { NextResponse } from "next/server";
import { z } from "zod";
import { getDb } from "@/db/client";
import { createPage } from "@/db/commands/page-create";
import { getEditionByDate } from "@/db/queries/editions";
import { getPageDetail, listEditionPages } from "@/db/queries/pages";
import { DomainError } from "@/lib/errors";
import { parseBody, parseParams, withUser } from "@/app/_server/route";
import { editionDate } from "@/app/_server/schemas";
import { pageName, pageNumber } from "@/app/api/pages/[id]/page-schemas";

const dateParam = z.object({ date: editionDate });

/** GET /api/editions/:date/pages — the flatplan: every page with state, sign-off, overset total, box count. */
export const GET = withUser<{ date: string }>(
  (_req, { params }) => {
    const { date } = parseParams(params, dateParam);
    const db = getDb();
    if (!getEditionByDate(db, { date })) throw new DomainError("not_found", "edition.notFound", { date });
    return NextResponse.json({ pages: listEditionPages(db, { date }) });
  },
  { requires: "reporter" },
);

const newPage = z.object({ name: pageName, number: pageNumber.optional() }).strict();

/** POST /api/editions/:date/pages {name, number?} → 201 {page}; 409 when the number is taken. */
export const POST = withUser<{ date: string }>(
  async (req, { user, params }) => {
    const { date } = parseParams(params, dateParam);
    const body = await parseBody(req, newPage);
    const db = getDb();
    const { id } = createPage(db, { editionDate: date, ...body, actor: user });
    return NextResponse.json({ page: getPageDetail(db, { id, viewer: user }) }, { status: 201 });
  },
  { requires: "editor" },
);
