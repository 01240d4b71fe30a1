import { z } from "zod";
import { idParam } from "../common";
import type { ApiRoute } from "../route-registry";

/** Issue #10, the story editor: 签收 (receiving a filed story for review). */
export const STORY_DESK_ROUTES: ApiRoute[] = [
  {
    operationId: "receiveStory",
    method: "POST",
    path: "/api/stories/{id}/receive",
    tag: "stories",
    summary: "签收: the first editor or chief (not the story's own people) to open a filed story marks it received; the reporter can no longer recall it",
    access: "reporter",
    params: idParam,
    ok: { status: 200, description: "whether this call received it (false: not filed, already received, or not a desk editor)", body: z.object({ received: z.boolean() }) },
    errors: { 404: { description: "no story with this id" } },
  },
];
