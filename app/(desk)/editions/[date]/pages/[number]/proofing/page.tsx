import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { Content } from "@/components/content";
import { NewspaperPage } from "@/components/newspaper-page";
import { ProofingDesk } from "@/components/proofing/proofing-desk";
import { requireUser, userHas } from "@/app/_server/session";
import { editionDate } from "@/app/_server/schemas";
import { getDb } from "@/db/client";
import { getEditionPage } from "@/db/queries/pages";
import { formatEditionDate } from "@/lib/i18n/edition-date";
import type { AnchorableText } from "@/lib/proofing/anchor";

export const dynamic = "force-dynamic";

const pageParams = z.object({ date: editionDate, number: z.coerce.number().int().min(1).max(200) });

/**
 * 校对 (三校, docs/PROOFING.md): the page proof with its text selectable, the rounds and the marks. The proofreader
 * marks and signs while the page is submitted (and may open nothing else); editors see the marks and deal with them.
 */
export default async function ProofingView({ params }: { params: Promise<{ date: string; number: string }> }) {
  const user = await requireUser();
  const isProofreader = user.role === "proofreader";
  if (!isProofreader && !userHas(user, "editor")) redirect("/?denied=1");
  const parsed = pageParams.safeParse(await params);
  if (!parsed.success) notFound();
  const page = getEditionPage(getDb(), { ...parsed.data, viewer: user });
  if (!page) notFound();
  if (isProofreader && page.state !== "submitted") redirect("/?denied=1");
  const t = await getTranslations();
  const texts: [number, AnchorableText][] = page.elements.flatMap((e) =>
    e.story ? [[e.story.id, { kicker: e.story.kicker, headline: e.story.headline, subheadline: e.story.subheadline, paragraphs: e.story.body }] as [number, AnchorableText]] : [],
  );
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        {!isProofreader && (
          <Link href={`/editions/${page.editionDate}/pages/${page.number}`} className="text-sm text-press hover:underline">
            ← {t("page.back")}
          </Link>
        )}
        <h1 className="text-lg font-bold">
          {t("proof.proofingTitle", { date: formatEditionDate(page.editionDate, user.locale), n: page.number, name: page.name })}
        </h1>
        <span className="text-sm">
          {t("page.responsibleEditor")}：{page.responsibleEditor ? <Content>{page.responsibleEditor}</Content> : t("common.none")}
        </span>
        <span className="text-sm text-stone-600">{t(`pageState.${page.state}`)}</span>
      </div>
      <ProofingDesk pageId={page.id} submitted={page.state === "submitted"} canMark={isProofreader} canResolve={userHas(user, "editor")} texts={texts} editionDate={page.editionDate}>
        <NewspaperPage page={page} locale={user.locale} fitMarks="none" proofAnchors className="mx-auto shadow-[0_1px_6px_rgba(0,0,0,.25)]" />
      </ProofingDesk>
    </div>
  );
}
