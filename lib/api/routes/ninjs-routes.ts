import { z } from "zod";
import { idParam } from "../common";
import type { ApiRoute } from "../route-registry";

/** A ninjs 2.1 document as the OpenAPI document names it; its full shape is IPTC's schema (docs/EXCHANGE.md). */
const ninjsDocument = z.looseObject({
  uri: z.string(),
  type: z.enum(["text", "picture", "composite"]),
  pubstatus: z.enum(["usable", "withheld", "canceled"]).optional(),
  language: z.string().optional(),
});

/** Exchange: a published story as IPTC ninjs 2.1. The public e-paper's ninjs.json files are not this API. */
export const NINJS_ROUTES: readonly ApiRoute[] = [
  {
    operationId: "getNinjsStory",
    method: "GET",
    path: "/api/ninjs/stories/{id}",
    tag: "stories",
    summary: "a published story as an IPTC ninjs 2.1 document (docs/EXCHANGE.md)",
    access: "reporter",
    params: idParam,
    ok: { status: 200, description: "the ninjs document", body: ninjsDocument },
    errors: { 404: { description: "no such story" }, 409: { description: "the story is not published yet" } },
  },
];
