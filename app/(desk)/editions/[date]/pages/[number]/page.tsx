import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { Content } from "@/components/content";
import { NewspaperPage } from "@/components/newspaper-page";
import { PageWorkflowBar } from "@/components/page-workflow-bar";
import { requireUser } from "@/app/_server/session";
import { editionDate } from "@/app/_server/schemas";
import { getDb } from "@/db/client";
import { getEditionPage } from "@/db/queries/pages";
import { formatEditionDate } from "@/lib/i18n/edition-date";
import { hasEditorialRole } from "@/lib/roles";
import { isPageFrozen } from "@/lib/workflow/page-workflow";

export const dynamic = "force-dynamic";

const pageParams = z.object({ date: editionDate, number: z.coerce.number().int().min(1).max(200) });

const LINK = "rounded border border-stone-300 bg-white px-3 py-1 text-sm hover:bg-stone-100";

/** One page as laid out, with its workflow (submit, sign, reject, withdraw, release) and its proof. */
export default async function EditionPageView({ params }: { params: Promise<{ date: string; number: string }> }) {
  const user = await requireUser("reporter");
  const parsed = pageParams.safeParse(await params);
  if (!parsed.success) notFound();
  const page = getEditionPage(getDb(), { ...parsed.data, viewer: user });
  if (!page) notFound();
  const t = await getTranslations();
  const canLayOut = hasEditorialRole(user.role, "editor") && !isPageFrozen(page.state);
  const base = `/editions/${page.editionDate}/pages`;
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <Link href={base} className="text-sm text-press hover:underline">
          ← {t("flatplan.title")}
        </Link>
        <h1 className="text-lg font-bold">
          <Content>{page.publication}</Content> · {formatEditionDate(page.editionDate, user.locale)} · {t("page.number", { n: page.number })} <Content>{page.name}</Content>
        </h1>
        <span className="text-sm">
          {t("page.responsibleEditor")}：{page.responsibleEditor ? <Content>{page.responsibleEditor}</Content> : t("common.none")}
        </span>
        <nav className="ml-auto flex gap-2" aria-label={t("pageWorkflow.actions")}>
          {canLayOut && (
            <Link href={`${base}/${page.number}/layout`} className={LINK}>
              {t("layout.title")}
            </Link>
          )}
          {hasEditorialRole(user.role, "editor") && (
            <Link href={`${base}/${page.number}/proofing`} className={LINK}>
              {t("proof.proofing")}
            </Link>
          )}
          <Link href={`/proof/${page.editionDate}/${page.number}`} className={LINK}>
            {t("proof.title")}
          </Link>
          <a href={`/api/pages/${page.id}/proof.pdf`} className={LINK} download>
            {t("proof.download")}
          </a>
        </nav>
      </div>
      <PageWorkflowBar
        pageId={page.id}
        state={page.state}
        allowedActions={page.allowedActions}
        submitBlockers={hasEditorialRole(user.role, "editor") ? page.submitBlockers : []}
        proofBlockers={page.proofBlockers}
        warnings={hasEditorialRole(user.role, "editor") ? page.pageWarnings : []}
        pageNumber={page.number}
        editionDate={page.editionDate}
        signedBy={page.signedBy}
        signedAt={page.signedAt}
      />
      <div className="overflow-x-auto pb-2" data-canvas="" data-testid="page-canvas-scroll">
        <NewspaperPage page={page} locale={user.locale} className="mx-auto shadow-[0_1px_6px_rgba(0,0,0,.25)]" />
      </div>
    </div>
  );
}
