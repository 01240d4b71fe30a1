import { carryOverList, carryOverQuery } from "../carry-over-schemas";
import type { ApiRoute } from "../route-registry";

/** Issue #9, the editions list: what a new edition may carry over (the create dialog's list). */
export const CARRY_OVER_ROUTES: ApiRoute[] = [
  {
    operationId: "listCarryOverCandidates",
    method: "GET",
    path: "/api/editions/carry-over",
    tag: "editions",
    summary: "Unfinished stories of earlier editions that a new edition may carry over",
    description:
      "Stories in assigned, draft, filed, returned or edited of editions dated before `date` (or of the one edition `from`), not held by a signed or released page; newest edition first, then newest story. No bodies.",
    access: "editor",
    query: carryOverQuery,
    ok: { status: 200, description: "one page of candidates", body: carryOverList },
  },
];
