import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AssignmentForm } from "@/components/assignment-form";
import { BudgetPrintHeading } from "@/components/budget-print-heading";
import { BudgetTable } from "@/components/budget-table";
import { Content } from "@/components/content";
import { PageTextImport } from "@/components/page-text-import";
import { requireUser } from "@/app/_server/session";
import { getDb } from "@/db/client";
import { getEditionByDate } from "@/db/queries/editions";
import { listEditionPageLinks } from "@/db/queries/pages";
import { listBudget } from "@/db/queries/stories";
import { formatEditionDate } from "@/lib/i18n/edition-date";
import { hasEditorialRole } from "@/lib/roles";
import { editionDate } from "@/app/_server/schemas";

export const dynamic = "force-dynamic";

export default async function EditionBudgetPage({ params }: { params: Promise<{ date: string }> }) {
  const user = await requireUser("reporter");
  const { date } = await params;
  if (!editionDate.safeParse(date).success) notFound();
  const db = getDb();
  const edition = getEditionByDate(db, { date });
  if (!edition) notFound();
  const t = await getTranslations();
  const pageLinks = listEditionPageLinks(db, { date });
  const isDesk = hasEditorialRole(user.role, "editor");
  return (
    <div>
      <BudgetPrintHeading edition={`${edition.publication} · ${formatEditionDate(date, user.locale)} · ${t("budget.title")}`} renderedAt={new Date().toISOString()} />
      <div className="mb-4 flex flex-wrap items-baseline gap-x-4 gap-y-1 print:hidden">
        <h1 className="text-xl font-bold phone:basis-full phone:text-lg">
          <Content>{edition.publication}</Content> · {formatEditionDate(date, user.locale)} · {t("budget.title")}
        </h1>
        {pageLinks.map((p) => (
          <Link key={p.id} href={`/editions/${date}/pages/${p.number}`} className="text-sm text-press hover:underline">
            {t("page.number", { n: p.number })} <Content>{p.name}</Content>
          </Link>
        ))}
        <span className="text-sm text-stone-600" data-testid="edition-review-levels">
          {t("review.editionLevels")}：{edition.reviewLevels === 3 ? t("review.levelsThree") : t("review.levelsTwo")}
        </span>
        {isDesk && (
          <Link href={`/editions/${date}/check`} className="text-sm hover:underline" data-testid="edition-check-link">
            {t("checkDesk.summary.nav")}
          </Link>
        )}
        {user.role === "chief" && (
          <Link href={`/editions/${date}/audit`} className="text-sm hover:underline">
            {t("nav.audit")}
          </Link>
        )}
        {user.role === "chief" && (
          <a href={`/api/editions/${date}/archive`} download title={t("archive.exportHint")} className="text-sm hover:underline">
            {t("archive.export")}
          </a>
        )}
      </div>
      {edition.note && (
        <p className="mb-3 text-xs text-stone-500 print:hidden" data-content="">
          {edition.note}
        </p>
      )}
      <div className="mb-3 flex flex-wrap items-start gap-2 print:hidden [&>form]:basis-full">
        <AssignmentForm date={date} isDesk={isDesk} />
        {isDesk && <PageTextImport date={date} pages={pageLinks} />}
      </div>
      <BudgetTable date={date} initialItems={listBudget(db, { editionDate: date })} />
    </div>
  );
}
