import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { createPage } from "@/db/commands/create-page";
import { getEditionByDate } from "@/db/queries/editions";
import { getPageDetail, listEditionPages } from "@/db/queries/pages";
import { DomainError } from "@/lib/errors";
import { parseBody, parseParams, withUser } from "@/app/_server/route";
import { pageChanged, publishing } from "@/app/_server/live";
import { dateParam } from "@/lib/api/common";
import { newPage } from "@/lib/api/page-schemas";

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

/** POST /api/editions/:date/pages {name, number?} → 201 {page}; 409 when the number is taken. */
export const POST = withUser<{ date: string }>(
  async (req, { user, params }) => {
    const { date } = parseParams(params, dateParam);
    const body = await parseBody(req, newPage);
    const db = getDb();
    const { id } = publishing(db, () => createPage(db, { editionDate: date, ...body, actor: user }), (p) => [pageChanged(db, p.id, date)]);
    return NextResponse.json({ page: getPageDetail(db, { id, viewer: user }) }, { status: 201 });
  },
  { requires: "editor" },
);
