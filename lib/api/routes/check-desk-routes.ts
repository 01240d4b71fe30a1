import { dateParam, idParam } from "../common";
import { checkDismissalPost, checkDismissalResult, editionCheckSummaryResponse, storyCheckResponse } from "../check-desk-schemas";
import type { ApiRoute } from "../route-registry";

const noStory = { description: "no story with this id" };

/** Issue #12, 机检 on the desk (the editor takes the lists from GET /api/check-terms/lists): a story's check, dismissals and overrides, the edition's summary. */
export const CHECK_DESK_ROUTES: ApiRoute[] = [
  {
    operationId: "getStoryCheck",
    method: "GET",
    path: "/api/stories/{id}/check",
    tag: "stories",
    summary: "The machine check of the story's saved text: findings (open, dismissed, overridden), their dismissals, the counts",
    access: "reporter",
    params: idParam,
    ok: { status: 200, description: "the story's findings", body: storyCheckResponse },
    errors: { 404: noStory },
  },
  {
    operationId: "dismissCheckFinding",
    method: "POST",
    path: "/api/stories/{id}/check/dismissals",
    tag: "stories",
    summary: "Dismiss a warning (anyone who may edit the story) or override a block (the chief only), with a reason; audited",
    description: "The finding is looked up in the story's saved text by its key. Role 403 (override: chief; dismiss: may edit the story) → the finding's severity 400 → gone or already decided 409.",
    access: "reporter",
    params: idParam,
    body: checkDismissalPost,
    ok: { status: 201, description: "the record and the story's counts now", body: checkDismissalResult },
    errors: { 404: noStory, 409: { description: "the finding is no longer in the saved text, was already decided, or the story is on a signed page" } },
  },
  {
    operationId: "getEditionCheckSummary",
    method: "GET",
    path: "/api/editions/{date}/check",
    tag: "editions",
    summary: "The edition's machine check per story: block and warning findings open, overridden and dismissed, and the totals",
    description: "Counts are kept per story with its text; a story whose text or whose lists changed since it was counted is checked again for this answer.",
    access: "editor",
    params: dateParam,
    ok: { status: 200, description: "per story counts in budget order", body: editionCheckSummaryResponse },
    errors: { 404: { description: "no edition on this date" } },
  },
];
