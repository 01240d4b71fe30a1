import { idParam } from "../common";
import type { ApiRoute } from "../route-registry";

/** 三审 (#12): the review sheet (审稿单). The review acts themselves are the story transitions (pass, review, approve, return). */
export const REVIEW_ROUTES: ApiRoute[] = [
  {
    operationId: "printReviewSheet",
    method: "GET",
    path: "/api/stories/{id}/review-sheet.pdf",
    tag: "stories",
    summary: "The story's review sheet (审稿单) as a PDF — every level: who, when, the opinion, the 字数 then — printed by headless Chromium from /review-sheet/{id}",
    access: "reporter",
    params: idParam,
    ok: { status: 200, description: "the PDF, as an attachment `review-sheet-<id>.pdf`", contentType: "application/pdf" },
    errors: { 404: { description: "no story with this id" }, 503: { description: "no browser on the server, the sheet could not be printed, or other prints are running (then with `Retry-After`)" } },
  },
];
