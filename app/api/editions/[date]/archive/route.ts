import { getDb } from "@/db/client";
import { exportEditionArchive } from "@/db/queries/edition-archive";
import { parseParams, withUser } from "@/app/_server/route";
import { dateParam } from "@/lib/api/common";
import { DomainError } from "@/lib/errors";
import { archiveFileName } from "@/lib/exchange/edition-archive";

/** GET /api/editions/:date/archive — the edition as one archive file (docs/EXCHANGE.md "Edition archive"), an attachment (chief only). */
export const GET = withUser<{ date: string }>(
  (_req, { params }) => {
    const { date } = parseParams(params, dateParam);
    const archive = exportEditionArchive(getDb(), { date });
    if (!archive) throw new DomainError("not_found", "archive.notFound", { date });
    return new Response(JSON.stringify(archive, null, 1), {
      headers: {
        "content-type": "application/json; charset=utf-8",
        "content-disposition": `attachment; filename="${archiveFileName(date)}"`,
        "cache-control": "no-store",
      },
    });
  },
  { requires: "chief" },
);
