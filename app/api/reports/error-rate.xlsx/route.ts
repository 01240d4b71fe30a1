import { getDb } from "@/db/client";
import { errorRateFileName, errorRateLabels, errorRateWorkbookTables } from "@/app/_server/error-rate-files";
import { parseParams, withUser } from "@/app/_server/route";
import { errorRateExportQuery } from "@/lib/api/error-rate-schemas";
import { errorRateXlsx } from "@/lib/error-rate-export";

export const runtime = "nodejs";

/** GET /api/reports/error-rate.xlsx?from&to&by — a workbook with a sheet per grouping (the chosen one first), flagged rows red. */
export const GET = withUser(
  async (req, { locale }) => {
    const q = parseParams(Object.fromEntries(new URL(req.url).searchParams), errorRateExportQuery);
    const labels = errorRateLabels(locale);
    const xlsx = await errorRateXlsx(errorRateWorkbookTables(getDb(), q, labels), labels);
    return new Response(new Uint8Array(xlsx), {
      headers: {
        "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "Content-Disposition": `attachment; filename="${errorRateFileName(q, "xlsx")}"`,
        "Cache-Control": "no-store",
      },
    });
  },
  { requires: "editor" },
);
