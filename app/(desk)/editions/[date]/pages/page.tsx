import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { Content } from "@/components/content";
import { PageThumbnail } from "@/components/newspaper-page";
import { PageFlatplan } from "@/components/page-flatplan";
import { requireUser } from "@/app/_server/session";
import { editionDate } from "@/app/_server/schemas";
import { getDb } from "@/db/client";
import { getEditionByDate } from "@/db/queries/editions";
import { listEditionPageDetails, pageSummaryOf } from "@/db/queries/pages";
import { formatEditionDate } from "@/lib/i18n/edition-date";
import { hasEditorialRole } from "@/lib/roles";

export const dynamic = "force-dynamic";

const THUMBNAIL_WIDTH = 216;

/** 版面总览: the edition's pages as thumbnails, with state, overset and sign-off. */
export default async function EditionFlatplan({ params }: { params: Promise<{ date: string }> }) {
  const user = await requireUser("reporter");
  const { date } = await params;
  if (!editionDate.safeParse(date).success) notFound();
  const db = getDb();
  const edition = getEditionByDate(db, { date });
  if (!edition) notFound();
  const t = await getTranslations();
  // One read of the edition's pages serves both the list and the thumbnails.
  const details = listEditionPageDetails(db, { date });
  const pages = details.map(pageSummaryOf);
  const thumbnails: Record<number, ReactNode> = {};
  for (const page of details) thumbnails[page.id] = <PageThumbnail page={page} locale={user.locale} width={THUMBNAIL_WIDTH} />;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-baseline gap-4">
        <Link href={`/editions/${date}`} className="text-sm text-press hover:underline">
          ← {t("budget.title")}
        </Link>
        <h1 className="text-xl font-bold">
          <Content>{edition.publication}</Content> · {formatEditionDate(date, user.locale)} · {t("flatplan.title")}
        </h1>
      </div>
      <PageFlatplan date={date} initialPages={pages} thumbnails={thumbnails} canManage={hasEditorialRole(user.role, "editor")} />
    </div>
  );
}
