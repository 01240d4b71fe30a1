import { z } from "zod";
import { idParam } from "../common";
import { listedCorrection } from "../epaper-schemas";
import type { ApiRoute } from "../route-registry";

/** The desk's list of a story's 更正 (issue #12: each with the 差错 it corrects); making one is EPAPER_ROUTES' POST. */
export const CORRECTION_ROUTES: readonly ApiRoute[] = [
  {
    operationId: "listCorrections",
    method: "GET",
    path: "/api/stories/{id}/corrections",
    tag: "stories",
    summary: "The story's corrections after release (更正), oldest first: note, the number of errors each corrects, who, when (at most 200)",
    access: "reporter",
    params: idParam,
    ok: { status: 200, description: "the corrections", body: z.object({ corrections: z.array(listedCorrection) }) },
    errors: { 404: { description: "no such story" } },
  },
];
