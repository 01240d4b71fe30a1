import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { autoLayoutPage } from "@/db/commands/auto-layout-page";
import { getPageDetail } from "@/db/queries/pages";
import { parseBody, parseParams, withUser } from "@/app/_server/route";
import { renderMessage } from "@/lib/i18n/translate";
import { pageChanged, publishing } from "@/app/_server/live";
import { idParam } from "@/lib/api/common";
import { autoLayoutPost } from "@/lib/api/page-schemas";

/**
 * POST /api/pages/:id/auto-layout {baseVersion, storyIds} → {page, unplaced: [{id, reason, reasonKey}]}: `reason` is
 * a sentence in the caller's language, `reasonKey` its message key (error.setting.*).
 */
export const POST = withUser<{ id: string }>(
  async (req, { user, params, locale }) => {
    const { id } = parseParams(params, idParam);
    const body = await parseBody(req, autoLayoutPost);
    const db = getDb();
    const { unplaced } = publishing(db, () => autoLayoutPage(db, { pageId: id, ...body, actor: user }), () => [pageChanged(db, id)]);
    const worded = unplaced.map((u) => ({ id: u.id, reason: renderMessage(locale, u.reason), reasonKey: `error.${u.reason.key}` }));
    return NextResponse.json({ page: getPageDetail(db, { id, viewer: user }), unplaced: worded });
  },
  { requires: "editor" },
);
