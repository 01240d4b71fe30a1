import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { NewspaperPage } from "@/components/newspaper-page";
import { PageStateBadge } from "@/components/status-badge";
import { requireUser } from "@/app/_server/session";
import { editionDate } from "@/app/_server/schemas";
import { getDb } from "@/db/client";
import { getEditionPage } from "@/db/queries/pages";
import { formatEditionDate, translator } from "@/lib/i18n/messages";

export const dynamic = "force-dynamic";

const pageParams = z.object({ date: editionDate, number: z.coerce.number().int().min(1).max(200) });

export default async function EditionPageView({ params }: { params: Promise<{ date: string; number: string }> }) {
  const user = await requireUser("reporter");
  const parsed = pageParams.safeParse(await params);
  if (!parsed.success) notFound();
  const page = getEditionPage(getDb(), parsed.data);
  if (!page) notFound();
  const t = translator(user.locale);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-4 text-sm">
        <Link href={`/editions/${page.editionDate}`} className="text-press hover:underline">
          ← {t("story.back")}
        </Link>
        <h1 className="text-lg font-bold">
          {page.publication} · {formatEditionDate(page.editionDate, user.locale)} · {t("page.number", { n: page.number })} {page.name}
        </h1>
        <span>
          {t("page.state")} <PageStateBadge state={page.state} t={t} />
        </span>
        <span>
          {t("page.responsibleEditor")}：{page.responsibleEditor ?? t("common.none")}
        </span>
      </div>
      <NewspaperPage page={page} t={t} locale={user.locale} />
    </div>
  );
}
