import { notFound } from "next/navigation";
import { z } from "zod";
import { NewspaperPage } from "@/components/newspaper-page";
import { SHEET_CSS } from "@/components/proof-sheet-css";
import { editionDate } from "@/app/_server/schemas";
import { getDb } from "@/db/client";
import { getEditionPage } from "@/db/queries/pages";

export const dynamic = "force-dynamic";

const sheetParams = z.object({ date: editionDate, page: z.coerce.number().int().min(1).max(200) });

/** The sheet alone at the window's top left, as Chromium photographs it (screen) and prints it (PDF). */
const PRESS_CSS = `${SHEET_CSS}
html, body { margin: 0 !important; background: #fff !important; min-height: 0 !important; }
`;

/**
 * The press sheet: a released page as it was printed (its masthead strip and footer are the page's own
 * furniture), the proof's sheet without its slug line, sign-off box or watermark. Public like the e-paper
 * (only released pages; anything else is 404). It is what the
 * e-paper's page pictures and PDF are made from (app/epaper/page-pictures.ts), never shown to readers
 * directly. Always in Chinese: it is the printed page.
 */
export default async function PressSheet({ params }: { params: Promise<{ date: string; page: string }> }) {
  const parsed = sheetParams.safeParse(await params);
  if (!parsed.success) notFound();
  const page = getEditionPage(getDb(), { date: parsed.data.date, number: parsed.data.page });
  if (!page || page.state !== "released") notFound();
  return (
    <>
      <style dangerouslySetInnerHTML={{ __html: PRESS_CSS }} />
      <article className="proof-sheet font-sans" data-testid="press-sheet" lang="zh-CN">
        <NewspaperPage page={page} locale="zh-CN" unit="calc(350mm / 111)" padded={false} fitMarks="none" />
      </article>
    </>
  );
}
