import fs from "node:fs";
import path from "node:path";
import type { DbOrTx } from "@/db/client";
import { getEpaperArchive, getEpaperArticle, getEpaperPage, listReleasedEditionDates, listReleasedPageRefs } from "@/db/queries/epaper";
import { getReleasedNinjsEditionSource } from "@/db/queries/ninjs";
import { epaperArchiveHtml, epaperArticleHtml, epaperPageHtml, esc } from "@/lib/epaper/epaper-html";
import { epaperPath, staticLinks } from "@/lib/epaper/epaper-links";
import { PAGE_FILES, type PageFileKind } from "@/lib/epaper/epaper-view";
import { editionToNinjs, storyToNinjs } from "@/lib/exchange/ninjs";
import type { PictureRef } from "@/app/epaper/page-pictures";

/** Where the export finds a page's stored files (the server's picture folder), making missing ones first. */
export interface PictureSource {
  ensure(ref: PictureRef): Promise<void>;
  file(ref: PictureRef, kind: PageFileKind): string | null;
}

export interface ExportResult {
  editions: number;
  pages: number;
  articles: number;
  files: number;
}

function write(dir: string, rel: string, html: string) {
  const file = path.join(dir, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, html);
}

/** A page that only sends the reader on (a plain server has no redirects of its own). */
const forward = (href: string) => `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><meta http-equiv="refresh" content="0; url=${esc(href)}"><title>…</title><a href="${esc(href)}">${esc(href)}</a></html>\n`;

/**
 * The e-paper of the released editions between `from` and `to` as static files under `dir`: every page
 * view, article and month of 往期回顾 as `…/index.html`, the page pictures and PDFs beside their page, all
 * linked relatively; beside them the ninjs 2.1 files the server has at the same paths (`<date>/ninjs.json`,
 * `<date>/article/<id>/ninjs.json`, docs/EXCHANGE.md; without e-paper renditions, the export's address being
 * unknown). Links to editions outside the range are left out (上一期 at the first one is shown
 * as unavailable), so every link of the export resolves to a file of it.
 */
export async function exportEpaper(db: DbOrTx, { dir, from, to, pictures, origin }: { dir: string; from?: string; to?: string; pictures: PictureSource; origin?: string | null }): Promise<ExportResult> {
  const dates = listReleasedEditionDates(db, { from, to });
  const inRange = new Set(dates);
  const months = [...new Set(dates.map((d) => d.slice(0, 7)))];
  const result: ExportResult = { editions: dates.length, pages: 0, articles: 0, files: 0 };
  const refs = listReleasedPageRefs(db, { dates });
  for (const date of dates) {
    const onDate = refs.filter((r) => r.date === date);
    const articles = new Set<number>();
    for (const { number } of onDate) {
      const view = getEpaperPage(db, { date, number })!;
      const clipped = {
        ...view,
        previousEdition: view.previousEdition && inRange.has(view.previousEdition) ? view.previousEdition : null,
        nextEdition: view.nextEdition && inRange.has(view.nextEdition) ? view.nextEdition : null,
        monthDates: view.monthDates.filter((d) => inRange.has(d)),
      };
      write(dir, `${epaperPath.page(date, number)}/index.html`, epaperPageHtml(clipped, { links: staticLinks(2), origin }));
      result.pages++;
      const ref = { date, number, key: view.page.key };
      await pictures.ensure(ref);
      for (const kind of Object.keys(PAGE_FILES) as PageFileKind[]) {
        const stored = pictures.file(ref, kind);
        if (!stored) throw new Error(`no ${kind} file for ${date} page ${number}`);
        fs.copyFileSync(stored, path.join(dir, epaperPath.file(date, number, PAGE_FILES[kind](view.page.key))));
        result.files++;
      }
      for (const s of view.stories) articles.add(s.id);
    }
    for (const id of articles) {
      const article = getEpaperArticle(db, { date, storyId: id });
      if (!article) continue;
      write(dir, `${epaperPath.article(date, id)}/index.html`, epaperArticleHtml(article, { links: staticLinks(3), origin }));
      result.articles++;
    }
    const ninjs = getReleasedNinjsEditionSource(db, { date })!;
    write(dir, `${date}/ninjs.json`, JSON.stringify(editionToNinjs(ninjs)));
    for (const story of ninjs.pages.flatMap((p) => p.stories)) write(dir, `${epaperPath.article(date, story.id)}/ninjs.json`, JSON.stringify(storyToNinjs(story)));
    write(dir, `${date}/index.html`, forward(staticLinks(1).page(date, onDate[0].number)));
  }
  for (const month of months) {
    const view = getEpaperArchive(db, { month })!;
    const earlier = months.filter((m) => m < month).at(-1) ?? null;
    const later = months.find((m) => m > month) ?? null;
    write(dir, `${epaperPath.archive(month)}/index.html`, epaperArchiveHtml({ ...view, dates: view.dates.filter((d) => inRange.has(d)), previousMonth: earlier, nextMonth: later }, { links: staticLinks(2), origin }));
  }
  const newest = refs.at(-1);
  if (newest) write(dir, "index.html", forward(staticLinks(0).page(newest.date, refs.find((r) => r.date === newest.date)!.number)));
  return result;
}
