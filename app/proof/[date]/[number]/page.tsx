import { notFound, redirect } from "next/navigation";
import { getTimeZone, getTranslations } from "next-intl/server";
import { z } from "zod";
import { Content } from "@/components/content";
import { NewspaperPage } from "@/components/newspaper-page";
import { SHEET_CSS } from "@/components/proof-sheet-css";
import { requireUser, userHas } from "@/app/_server/session";
import { editionDate } from "@/app/_server/schemas";
import { getDb } from "@/db/client";
import { getEditionPage } from "@/db/queries/pages";
import { formatEditionDate } from "@/lib/i18n/edition-date";
import { formatNewsroomTime } from "@/lib/newsroom-time";
import { ProofFrame } from "./proof-frame";

export const dynamic = "force-dynamic";

const pageParams = z.object({ date: editionDate, number: z.coerce.number().int().min(1).max(200) });

/** The sheet (components/proof-sheet-css.ts) on screen with the toolbar, and printed at 100 %. */
const PROOF_CSS = `${SHEET_CSS}
@media screen {
  .proof-screen { padding: 24px; }
  .proof-sheet { margin: 0 auto; box-shadow: 0 1px 8px rgba(0,0,0,.3); zoom: var(--screen-zoom, 1); }
}
@media print {
  html, body { background: #fff !important; margin: 0; }
  body { min-height: 0 !important; }
  .proof-toolbar { display: none !important; }
  .proof-screen { padding: 0; }
}
`;

/**
 * 大样: the page at its printed size with the sign-off box, and a 「样」 watermark until it is signed.
 * Its labels are in the reader's language, like the page view (the PDF is printed as the caller).
 */
export default async function PageProof({ params }: { params: Promise<{ date: string; number: string }> }) {
  // The desk, and a proofreader on a page submitted for sign-off (docs/PROOFING.md; proof.pdf prints this view as the caller).
  const user = await requireUser();
  const isProofreader = user.role === "proofreader";
  if (!isProofreader && !userHas(user, "reporter")) redirect("/?denied=1");
  const parsed = pageParams.safeParse(await params);
  if (!parsed.success) notFound();
  const page = getEditionPage(getDb(), { ...parsed.data, viewer: user });
  if (!page) notFound();
  if (isProofreader && page.state !== "submitted") redirect("/?denied=1");
  const t = await getTranslations();
  const signed = page.state === "signed" || page.state === "released";
  const watermark = t("proof.watermark");
  const cell = "border border-ink px-[2.5mm] py-[1mm]";
  return (
    <ProofFrame
      backHref={`/editions/${page.editionDate}/pages/${page.number}${isProofreader ? "/proofing" : ""}`}
      pdfHref={`/api/pages/${page.id}/proof.pdf`}
      labels={{ back: t("page.back"), print: t("proof.print"), download: t("proof.download"), fit: t("proof.fit"), actual: t("proof.actual") }}
    >
      <style dangerouslySetInnerHTML={{ __html: PROOF_CSS }} />
      <article className="proof-sheet font-sans" data-testid="proof-sheet" data-state={page.state} aria-label={t("proof.sheetLabel", { n: page.number })}>
        <header className="absolute inset-x-[20mm] top-[7mm] flex items-baseline gap-[5mm] border-b border-stone-400 pb-[1.5mm] text-[3.6mm]">
          <strong className="text-[4.6mm] tracking-[0.3em]" data-content="">
            {page.publication}
          </strong>
          <span>{formatEditionDate(page.editionDate, user.locale)}</span>
          <span>
            {t("page.number", { n: page.number })} · <Content>{page.name}</Content>
          </span>
          <span className="ml-auto">{t("proof.slug", { version: page.version, state: t(`pageState.${page.state}`) })}</span>
        </header>

        <NewspaperPage page={page} locale={user.locale} unit="calc(350mm / 111)" padded={false} fitMarks="none" />

        <footer className="absolute bottom-[8mm] right-[20mm] flex items-end gap-[6mm]" data-testid="proof-signoff">
          <table className="border-collapse text-[3.8mm] leading-tight">
            <tbody>
              <tr>
                <th className={`${cell} bg-stone-100 font-bold`}>{t("page.responsibleEditor")}</th>
                <td className={`${cell} min-w-[28mm]`} data-testid="proof-responsible-editor" data-content="">
                  {page.responsibleEditor ?? ""}
                </td>
                <th className={`${cell} bg-stone-100 font-bold`}>{t("role.chief")}</th>
                <td className={`${cell} min-w-[28mm]`} data-testid="proof-chief" data-content="">
                  {signed ? (page.signedBy ?? "") : ""}
                </td>
                <th className={`${cell} bg-stone-100 font-bold`}>{t("proof.time")}</th>
                <td className={`${cell} min-w-[36mm]`} data-testid="proof-signed-at">
                  {signed && page.signedAt ? formatNewsroomTime(page.signedAt, { locale: user.locale, timeZone: await getTimeZone(), reference: page.editionDate }) : ""}
                </td>
              </tr>
            </tbody>
          </table>
        </footer>
        <p className="absolute bottom-[9mm] left-[20mm] text-[3.2mm] text-stone-600">
          {signed ? t("proof.signedNote", { hash: page.snapshotHash?.slice(0, 12) ?? "" }) : t("proof.unsignedNote")}
        </p>

        {!signed && (
          <div aria-hidden="true" className="pointer-events-none absolute inset-0 flex items-center justify-center overflow-hidden" data-testid="proof-watermark">
            <span className={`-rotate-[30deg] select-none font-serif font-black leading-none text-press/15 ${watermark.length > 1 ? "text-[110mm]" : "text-[300mm]"}`}>{watermark}</span>
          </div>
        )}
      </article>
    </ProofFrame>
  );
}
