import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Content } from "@/components/content";
import { StoryStatusBadge } from "@/components/status-badge";
import { requireUser } from "@/app/_server/session";
import { editionDate } from "@/app/_server/schemas";
import { getDb } from "@/db/client";
import { editionCheckSummary } from "@/db/queries/edition-check-summary";
import { getEditionByDate } from "@/db/queries/editions";
import type { CheckCounts } from "@/lib/check-desk/finding-status";
import { formatEditionDate } from "@/lib/i18n/edition-date";

export const dynamic = "force-dynamic";

const COLUMNS = ["blockOpen", "blockOverridden", "warnOpen", "warnDismissed"] as const satisfies readonly (keyof CheckCounts)[];
const COLUMN_LABEL = {
  blockOpen: "checkDesk.summary.blockOpen",
  blockOverridden: "checkDesk.summary.blockOverridden",
  warnOpen: "checkDesk.summary.warnOpen",
  warnDismissed: "checkDesk.summary.warnDismissed",
} as const;

function countTone(column: (typeof COLUMNS)[number], n: number): string {
  if (n === 0) return "text-stone-400";
  if (column === "blockOpen") return "font-bold text-press";
  if (column === "warnOpen") return "font-semibold text-amber-900";
  return "text-stone-700";
}

/**
 * 机检汇总: the edition's machine check per story (budget order) — block and warning findings open, overridden and
 * dismissed, each story linked to its editor. Counts are kept per story with its text (db/queries/edition-check-summary.ts).
 */
export default async function EditionCheckPage({ params }: { params: Promise<{ date: string }> }) {
  const user = await requireUser("editor");
  const { date } = await params;
  if (!editionDate.safeParse(date).success) notFound();
  const db = getDb();
  const edition = getEditionByDate(db, { date });
  if (!edition) notFound();
  const t = await getTranslations("checkDesk.summary");
  const tAll = await getTranslations();
  const summary = editionCheckSummary(db, date);
  return (
    <div>
      <div className="mb-2 flex flex-wrap items-baseline gap-x-4">
        <h1 className="text-xl font-bold phone:text-lg">
          <Link href={`/editions/${date}`} className="hover:underline">
            {formatEditionDate(date, user.locale)}
          </Link>{" "}
          · {t("title")}
        </h1>
      </div>
      <p className="mb-4 text-sm text-stone-600">{t("intro")}</p>
      {summary.stories.length === 0 ? (
        <p className="text-sm text-stone-500">{t("empty")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full min-w-[36rem] border-collapse bg-white text-sm shadow-sm" data-testid="check-summary">
            <thead className="bg-stone-100 text-left text-xs text-stone-600">
              <tr>
                <th className="px-3 py-2">{t("story")}</th>
                <th className="px-3 py-2">{t("page")}</th>
                <th className="px-3 py-2">{t("status")}</th>
                {COLUMNS.map((c) => (
                  <th key={c} className="px-3 py-2 text-right">
                    {tAll(COLUMN_LABEL[c])}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-100">
              {summary.stories.map((s) => (
                <tr key={s.id} data-testid="check-summary-row" data-story-id={s.id}>
                  <td className="max-w-[22rem] px-3 py-2">
                    <Link href={`/stories/${s.id}`} className="break-words text-press hover:underline">
                      <Content>{s.headline ?? s.slug}</Content>
                    </Link>
                  </td>
                  <td className="whitespace-nowrap px-3 py-2 text-stone-600">{s.pageNumber === null ? t("noPage") : t("pageN", { n: s.pageNumber })}</td>
                  <td className="whitespace-nowrap px-3 py-2">
                    <StoryStatusBadge status={s.status} />
                  </td>
                  {COLUMNS.map((c) => (
                    <td key={c} className={`px-3 py-2 text-right tabular-nums ${countTone(c, s[c])}`} data-testid={`check-${c}`}>
                      {s[c]}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
            <tfoot className="border-t-2 border-stone-300 font-bold">
              <tr data-testid="check-summary-total">
                <td className="px-3 py-2" colSpan={3}>
                  {t("total")}
                </td>
                {COLUMNS.map((c) => (
                  <td key={c} className="px-3 py-2 text-right tabular-nums" data-testid={`check-total-${c}`}>
                    {summary.totals[c]}
                  </td>
                ))}
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </div>
  );
}
