import { z } from "zod";
import { beforeQuery, dateParam, nextCursor, positiveId } from "../common";
import { edition, newEdition } from "../edition-schemas";
import type { ApiRoute } from "../route-registry";
import { editionAuditEvent } from "../story-responses";

export const EDITION_ROUTES: ApiRoute[] = [
  {
    operationId: "createEdition",
    method: "POST",
    path: "/api/editions",
    tag: "editions",
    summary: "Create an edition of the publication on a date, its pages laid out from the page template",
    description:
      "The pages of that weekday's template are laid out in planning (names, 责任编辑, grids, page strip and footer, locked ad boxes) in the same transaction; `template: false` opens an empty edition. The edition is numbered (总第N期, 第N期 of the year) when created.",
    access: "editor",
    body: newEdition,
    ok: { status: 201, description: "the new edition", body: z.object({ edition, carried: z.array(positiveId).describe("the stories carried over into it") }) },
    errors: {
      409: { description: "the publication already has an edition on that date; a story to carry over is no longer unfinished or is on a signed page" },
      422: { description: "the paper does not appear on that weekday (send `override: true` for an extra edition); a story to carry over is unknown, named twice, or not of an earlier edition" },
    },
  },
  {
    operationId: "listEditionAudit",
    method: "GET",
    path: "/api/editions/{date}/audit",
    tag: "editions",
    summary: "The edition's whole story audit trail, newest first",
    access: "chief",
    params: dateParam,
    query: beforeQuery,
    ok: { status: 200, description: "the events, newest first", body: z.object({ events: z.array(editionAuditEvent), next: nextCursor }) },
  },
];
