import { getDb } from "@/db/client";
import { errorRateFileName, errorRateLabels, errorRateTableOf } from "@/app/_server/error-rate-files";
import { parseParams, withUser } from "@/app/_server/route";
import { errorRateExportQuery } from "@/lib/api/error-rate-schemas";
import { errorRateCsv } from "@/lib/error-rate-export";

/** GET /api/reports/error-rate.csv?from&to&by — every group of the range as CSV (UTF-8 with BOM), headers in the caller's language. */
export const GET = withUser(
  (req, { locale }) => {
    const q = parseParams(Object.fromEntries(new URL(req.url).searchParams), errorRateExportQuery);
    const csv = errorRateCsv(errorRateTableOf(getDb(), q, errorRateLabels(locale)));
    return new Response(csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${errorRateFileName(q, "csv")}"`,
        "Cache-Control": "no-store",
      },
    });
  },
  { requires: "editor" },
);
