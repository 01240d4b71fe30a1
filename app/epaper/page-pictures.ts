import fs from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";
import { PAGE_FILES, PICTURE_SCALE, SHEET_CSS_PX, type PageFileKind } from "@/lib/epaper/epaper-view";
import { inProofBrowser, ProofBusyError } from "@/app/api/pages/[id]/proof.pdf/print-proof";

/**
 * The pictures of a released page (thumbnail, screen, 2× PNG) and its PDF, printed once from the press
 * sheet (/epaper/:date/:n/sheet) by the proof's shared Chromium and kept as files:
 * `<NEWSDESK_EPAPER_DIR>/<date>/<n>-<key>/`, the key from the page's signed content hash. They are derived
 * from the database, so they are not in its backups: a restored database, or a page released before this
 * existed (the seed page), gets its files the first time someone needs them.
 *
 * One render at a time of our own (a chain) goes into the print queue, so a burst of first visits never
 * fills the proof's line; the same page asked for twice waits on the one render. The release (付印) only
 * schedules; nobody waits for it.
 */
export interface PictureRef {
  date: string;
  number: number;
  key: string;
}

export type RenderPictures = (ref: PictureRef, into: string) => Promise<void>;

const KINDS = Object.keys(PAGE_FILES) as PageFileKind[];
/** At most this many pages wait for pictures at once; beyond it a first visit is told to come back. */
const MAX_PENDING = 32;
const BUSY_RETRY_MS = 2_000;
const BUSY_RETRIES = 60;

export class PicturesBusyError extends Error {}

export function pagePictures({ root, render }: { root: () => string; render: RenderPictures }) {
  const pending = new Map<string, Promise<void>>();
  let chain: Promise<unknown> = Promise.resolve();
  const dirOf = (ref: PictureRef) => path.join(root(), ref.date, `${ref.number}-${ref.key}`);
  const complete = (ref: PictureRef) => KINDS.every((k) => fs.existsSync(path.join(dirOf(ref), PAGE_FILES[k](ref.key))));

  async function renderInto(ref: PictureRef, dir: string) {
    const tmp = `${dir}.tmp-${process.pid}-${Math.random().toString(36).slice(2)}`;
    fs.mkdirSync(tmp, { recursive: true });
    try {
      await render(ref, tmp);
      try {
        fs.renameSync(tmp, dir);
      } catch (err) {
        // Made meanwhile by another process: keep theirs.
        if (!complete(ref)) throw err;
      }
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  }

  return {
    /** The stored file of that kind, or null when the page has no pictures yet. */
    file(ref: PictureRef, kind: PageFileKind): string | null {
      const file = path.join(dirOf(ref), PAGE_FILES[kind](ref.key));
      return fs.existsSync(file) ? file : null;
    },
    /** Resolves once the page's files are stored (at once when they are). */
    ensure(ref: PictureRef): Promise<void> {
      const dir = dirOf(ref);
      if (complete(ref)) return Promise.resolve();
      const known = pending.get(dir);
      if (known) return known;
      if (pending.size >= MAX_PENDING) return Promise.reject(new PicturesBusyError("too many pages waiting for pictures"));
      const job = chain.then(() => (complete(ref) ? undefined : renderInto(ref, dir))).finally(() => pending.delete(dir));
      chain = job.catch(() => {});
      pending.set(dir, job);
      return job;
    },
    /** After 付印: make the pictures in the background. */
    schedule(ref: PictureRef): void {
      this.ensure(ref).catch((err) => console.error(`epaper: no pictures for ${ref.date} page ${ref.number}`, err));
    },
  };
}

/** The press sheet printed by Chromium: three screenshots and the PDF, each its own turn in the print queue. */
export const renderWithChromium: RenderPictures = async (ref, into) => {
  const url = `/epaper/${ref.date}/${ref.number}/sheet`;
  for (const kind of ["screen", "thumb", "large"] as const) {
    for (let attempt = 0; ; attempt++) {
      try {
        await inProofBrowser({ cookie: null, viewport: SHEET_CSS_PX, deviceScaleFactor: PICTURE_SCALE[kind] }, async (page, origin) => {
          const response = await page.goto(new URL(url, origin).toString(), { waitUntil: "load" });
          if (response?.status() !== 200) throw new Error(`the press sheet answered ${response?.status()}`);
          await page.evaluate(async () => {
            await document.fonts.ready;
          });
          // The sheet sits at the window's top left: a clip, not an element screenshot (which waits for the
          // element to be "stable" over animation frames, slow for a 2× broadsheet on a busy machine).
          const clip = { x: 0, y: 0, width: SHEET_CSS_PX.width, height: SHEET_CSS_PX.height };
          fs.writeFileSync(path.join(into, PAGE_FILES[kind](ref.key)), await page.screenshot({ type: "png", clip, animations: "disabled", caret: "initial" }));
          if (kind === "screen") fs.writeFileSync(path.join(into, PAGE_FILES.pdf(ref.key)), await page.pdf({ preferCSSPageSize: true, printBackground: true }));
        });
        break;
      } catch (err) {
        // Proofs are being printed: our turn comes after them.
        if (!(err instanceof ProofBusyError) || attempt >= BUSY_RETRIES) throw err;
        await new Promise((r) => setTimeout(r, BUSY_RETRY_MS));
      }
    }
  }
};

const globalPictures = globalThis as unknown as { newsdeskPagePictures?: ReturnType<typeof pagePictures> };

/** The server's one instance (cached on globalThis: route modules may be loaded more than once). */
export function serverPagePictures() {
  globalPictures.newsdeskPagePictures ??= pagePictures({ root: () => env().NEWSDESK_EPAPER_DIR, render: renderWithChromium });
  return globalPictures.newsdeskPagePictures;
}
