import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { createEdition } from "@/db/commands/create-edition";
import { getEditionByDate } from "@/db/queries/editions";
import { pageChanged, publishing } from "@/app/_server/live";
import { parseBody, withUser } from "@/app/_server/route";
import { newEdition } from "@/lib/api/edition-schemas";
import { DomainError } from "@/lib/errors";
import { hasEditorialRole } from "@/lib/roles";

/**
 * POST /api/editions {date, template?, override?, carryOver?, reviewLevels?} → 201 {edition, carried}, its pages laid
 * out from the template and the chosen unfinished stories moved into it; reviewLevels (三审) only from the chief (403); 409 when an edition on that date exists, 422 on
 * a day the paper does not appear (unless override).
 */
export const POST = withUser(
  async (req, { user }) => {
    const { date, template, override, carryOver, reviewLevels } = await parseBody(req, newEdition);
    if (reviewLevels !== undefined && !hasEditorialRole(user.role, "chief")) throw new DomainError("forbidden", "review.levelsChiefOnly");
    const db = getDb();
    const { carried } = publishing(
      db,
      () => createEdition(db, { date, template, override, carryOver, reviewLevels, actor: user }),
      // a carried story leaves one budget for another; the pages that lost its boxes changed too
      ({ carried }) => [
        ...carried.stories.flatMap(({ id, fromDate }) => [
          { type: "story" as const, id, editionDate: fromDate },
          { type: "story" as const, id, editionDate: date },
        ]),
        ...carried.pageIds.map((id) => pageChanged(db, id)),
      ],
    );
    return NextResponse.json({ edition: getEditionByDate(db, { date }), carried: carried.stories.map((s) => s.id) }, { status: 201 });
  },
  { requires: "editor" },
);
