import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { createEdition } from "@/db/commands/create-edition";
import { getEditionByDate } from "@/db/queries/editions";
import { pageChanged, publishing } from "@/app/_server/live";
import { parseBody, withUser } from "@/app/_server/route";
import { userHas } from "@/app/_server/session";
import { DomainError } from "@/lib/errors";
import { label } from "@/lib/i18n/translate";
import { newEdition } from "@/lib/api/edition-schemas";

/**
 * POST /api/editions {date, template?, override?, carryOver?, reviewLevels?, proofRounds?} → 201 {edition, carried},
 * its pages laid out from the template and the chosen unfinished stories moved into it; 409 when an edition on
 * that date exists, 422 on a day the paper does not appear (unless override). `reviewLevels` (三审) and
 * `proofRounds` (三校 rounds; default the publication's) are the chief's choice: 403 for anyone else who sends them.
 */
export const POST = withUser(
  async (req, { user }) => {
    const { date, template, override, carryOver, reviewLevels, proofRounds } = await parseBody(req, newEdition);
    if (reviewLevels !== undefined && !userHas(user, "chief")) throw new DomainError("forbidden", "review.levelsChiefOnly");
    if (proofRounds !== undefined && !userHas(user, "chief")) throw new DomainError("forbidden", "auth.roleRequired", { role: label("role", "chief") });
    const db = getDb();
    const { carried } = publishing(
      db,
      () => createEdition(db, { date, template, override, carryOver, reviewLevels, proofRounds, actor: user }),
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
