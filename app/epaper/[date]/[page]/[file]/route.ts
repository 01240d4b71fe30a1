import { getDb } from "@/db/client";
import { getReleasedPageRef } from "@/db/queries/epaper";
import { parsePageFile } from "@/lib/epaper/epaper-view";
import { fileAnswer, notInEpaper } from "../../../epaper-response";
import { pageParams, parsed } from "../../../epaper-params";
import { PicturesBusyError, serverPagePictures } from "../../../page-pictures";
import { ProofBusyError, RETRY_AFTER_S } from "@/app/api/pages/[id]/proof.pdf/print-proof";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

const TYPES = { screen: "image/png", large: "image/png", thumb: "image/png", pdf: "application/pdf" } as const;

/**
 * GET /epaper/:date/:page/:file — a released page's picture (page-<key>.png, page-<key>@2x.png,
 * thumb-<key>.png) or PDF (page-<key>.pdf). Stored files; one missing is made now, once (the caller waits
 * for that one render); 503 with Retry-After when too many pages are waiting.
 */
export async function GET(req: Request, { params }: { params: Promise<{ date: string; page: string; file: string }> }) {
  const raw = await params;
  const p = await parsed(pageParams, Promise.resolve(raw));
  const file = parsePageFile(raw.file);
  const ref = p && file && getReleasedPageRef(getDb(), { date: p.date, number: p.page });
  if (!ref || !file || ref.key !== file.key) return notInEpaper();
  const pictures = serverPagePictures();
  const picture = { date: ref.date, number: ref.number, key: ref.key };
  let stored = pictures.file(picture, file.kind);
  if (!stored) {
    try {
      await pictures.ensure(picture);
    } catch (err) {
      if (!(err instanceof PicturesBusyError || err instanceof ProofBusyError)) console.error(err);
      return new Response(null, { status: 503, headers: { "Retry-After": String(RETRY_AFTER_S), "Cache-Control": "no-store" } });
    }
    stored = pictures.file(picture, file.kind);
    if (!stored) return new Response(null, { status: 503, headers: { "Retry-After": String(RETRY_AFTER_S), "Cache-Control": "no-store" } });
  }
  const download = file.kind === "pdf" ? `${ref.date}-${String(ref.number).padStart(2, "0")}.pdf` : undefined;
  return fileAnswer(req, stored, { etag: `"${ref.key}-${file.kind}"`, type: TYPES[file.kind], download });
}
