import { z } from "zod";
import { idParam } from "../common";
import { correction, correctionPost } from "../epaper-schemas";
import type { ApiRoute } from "../route-registry";

/** The e-paper's one write: a correction after release. The e-paper itself (/epaper/**) is public HTML, not this API. */
export const EPAPER_ROUTES: readonly ApiRoute[] = [
  {
    operationId: "correctStory",
    method: "POST",
    path: "/api/stories/{id}/corrections",
    tag: "stories",
    summary: "更正: a correction note on a published story (published → correct); the e-paper's article shows it",
    access: "chief",
    params: idParam,
    body: correctionPost,
    ok: { status: 201, description: "the correction", body: z.object({ correction }) },
    errors: { 404: { description: "no such story" }, 409: { description: "the story is not published" } },
  },
];
