/**
 * The e-paper's pages as HTML documents: the page view (picture with hot areas, 版面导航, 标题导航,
 * 上一版/下一版, 上一期/下一期, 往期回顾, PDF), the article and the archive calendar. Pure: the same strings
 * are served by the app (app/epaper/**) and written by the static export (scripts/epaper-export.ts); they
 * hold no script and nothing per visitor, so a hash of the text is a strong ETag.
 */
import { formatByline } from "../byline";
import { formatEditionDate } from "../i18n/edition-date";
import type { Locale } from "../i18n/locales";
import { translatorFor } from "../i18n/translate";
import { EPAPER_CSS } from "./epaper-css";
import type { EpaperLinks } from "./epaper-links";
import { PAGE_FILES, pictureSize, type EpaperArchiveView, type EpaperArticleView, type EpaperPageView } from "./epaper-view";

import { esc } from "./epaper-escape";
import { epaperSearchForm } from "./epaper-search-form";

export { esc };

export interface RenderOptions {
  links: EpaperLinks;
  /** `https://paper.example.com`: makes the Open Graph URL and picture absolute; none in an export without one. */
  origin?: string | null;
  locale?: Locale;
}

const translators = new Map<Locale, ReturnType<typeof translatorFor<"epaper">>>();
/** One translator per locale for the life of the process (making one per page is most of a render's time). */
const t = (locale: Locale) => {
  let tr = translators.get(locale);
  if (!tr) translators.set(locale, (tr = translatorFor(locale, "epaper")));
  return tr;
};

const two = (n: number) => String(n).padStart(2, "0");

/** Feed autodiscovery: the paper's RSS and Atom feeds, where the app serves them. */
function feedLinks(links: EpaperLinks, publication: string, locale: Locale): string[] {
  if (!links.feed) return [];
  const title = esc(t(locale)("title", { publication }));
  return [
    `<link rel="alternate" type="application/rss+xml" title="${title}" href="${esc(links.feed("rss"))}">`,
    `<link rel="alternate" type="application/atom+xml" title="${title}" href="${esc(links.feed("atom"))}">`,
  ];
}

export function document({ title, description, ogType, ogImage, url, body, lang, feeds = [] }: { title: string; description: string; ogType: string; ogImage?: string; url?: string; body: string; lang: string; feeds?: string[] }) {
  const meta = [
    `<meta name="description" content="${esc(description)}">`,
    `<meta property="og:title" content="${esc(title)}">`,
    `<meta property="og:description" content="${esc(description)}">`,
    `<meta property="og:type" content="${ogType}">`,
    ...(url ? [`<meta property="og:url" content="${esc(url)}">`] : []),
    ...(ogImage ? [`<meta property="og:image" content="${esc(ogImage)}">`] : []),
    ...feeds,
  ].join("\n");
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
${meta}
<style>${EPAPER_CSS}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

export const absolute = (origin: string | null | undefined, href: string) => (origin && href.startsWith("/") ? `${origin}${href}` : undefined);

export function masthead(publication: string, date: string | null, month: string, o: Required<Pick<RenderOptions, "links">> & { locale: Locale }) {
  const tr = t(o.locale);
  return `<header class="ep-top"><div class="ep-top-in">
<a class="ep-brand" href="${esc(o.links.home())}">${esc(publication)}<small>${esc(tr("title", { publication: "" }).trim())}</small></a>
${date ? `<span class="ep-date">${esc(formatEditionDate(date, o.locale))}</span>` : ""}
<nav class="ep-top-links">${epaperSearchForm(o.links, o.locale)}<a href="${esc(o.links.archive(month))}">${esc(tr("archive"))}</a></nav>
</div></header>`;
}

const button = (href: string | null, label: string, rel?: string) =>
  href ? `<a class="ep-btn" href="${esc(href)}"${rel ? ` rel="${rel}"` : ""}>${esc(label)}</a>` : `<a class="ep-btn" aria-disabled="true">${esc(label)}</a>`;

/** A month as a calendar table; the days with an edition link to it. */
export function monthCalendar(month: string, dates: readonly string[], links: EpaperLinks, locale: Locale, current?: string): string {
  const tr = t(locale);
  const [y, m] = month.split("-").map(Number);
  const first = new Date(Date.UTC(y, m - 1, 1)).getUTCDay();
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const has = new Set(dates);
  const cells: string[] = Array.from({ length: first }, () => "<td></td>");
  for (let d = 1; d <= days; d++) {
    const date = `${month}-${two(d)}`;
    cells.push(
      has.has(date)
        ? `<td${date === current ? ' class="ep-today"' : ""}><a href="${esc(links.page(date, 1))}" title="${esc(formatEditionDate(date, locale))}" data-date="${date}">${d}</a></td>`
        : `<td>${d}</td>`,
    );
  }
  while (cells.length % 7) cells.push("<td></td>");
  const rows = Array.from({ length: cells.length / 7 }, (_, i) => `<tr>${cells.slice(i * 7, i * 7 + 7).join("")}</tr>`).join("");
  const head = tr("weekdays").split(",").map((w) => `<th scope="col">${esc(w)}</th>`).join("");
  return `<table class="ep-cal" data-testid="epaper-calendar"><caption>${esc(tr("month", { year: y, month: m }))}</caption><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
}

/** 第N版: the page picture with its hot areas and the navigation around it. */
export function epaperPageHtml(view: EpaperPageView, o: RenderOptions): string {
  const locale = o.locale ?? "zh-CN";
  const tr = t(locale);
  const { links } = o;
  const { date, page, publication } = view;
  const at = view.pages.findIndex((p) => p.number === page.number);
  const prev = view.pages[at - 1];
  const next = view.pages[at + 1];
  const screen = pictureSize("screen");
  const large = pictureSize("large");
  const file = (name: string) => links.file(date, page.number, name);
  const label = tr("pageLabel", { n: two(page.number), name: page.name });
  const hot = view.stories
    .flatMap((s) =>
      s.areas.map(
        (a) =>
          `<a class="ep-hot" href="${esc(links.article(date, s.id))}" style="left:${a.left}%;top:${a.top}%;width:${a.width}%;height:${a.height}%" title="${esc(s.headline)}" aria-label="${esc(s.headline)}" data-story="${s.id}"><span>${esc(s.headline)}</span></a>`,
      ),
    )
    .join("\n");
  const pageNav = view.pages
    .map((p) => {
      const thumb = pictureSize("thumb");
      const current = p.number === page.number ? ' aria-current="page"' : "";
      return `<li><a href="${esc(links.page(date, p.number))}"${current}><img src="${esc(links.file(date, p.number, PAGE_FILES.thumb(p.key)))}" width="${thumb.width}" height="${thumb.height}" alt="" loading="lazy">${esc(tr("pageLabel", { n: two(p.number), name: p.name }))}</a></li>`;
    })
    .join("");
  const titles = view.stories.length
    ? `<ol class="ep-titles">${view.stories.map((s) => `<li><a href="${esc(links.article(date, s.id))}">${s.kicker ? `<small>${esc(s.kicker)}</small>` : ""}${esc(s.headline)}</a></li>`).join("")}</ol>`
    : `<p class="ep-empty">${esc(tr("noStories"))}</p>`;
  const dateText = formatEditionDate(date, locale);
  const title = tr("pageTitle", { publication, date: dateText, n: two(page.number), name: page.name });
  const body = `${masthead(publication, date, date.slice(0, 7), { links, locale })}
<div class="ep-bar"><div class="ep-bar-in">
<h1>${esc(label)}</h1>
${button(prev ? links.page(date, prev.number) : null, tr("previousPage"), "prev")}
${button(next ? links.page(date, next.number) : null, tr("nextPage"), "next")}
${button(view.previousEdition ? links.page(view.previousEdition, 1) : null, tr("previousEdition"))}
${button(view.nextEdition ? links.page(view.nextEdition, 1) : null, tr("nextEdition"))}
<a class="ep-btn" href="${esc(file(PAGE_FILES.pdf(page.key)))}" download="${esc(`${publication}-${date}-${two(page.number)}.pdf`)}" data-testid="epaper-pdf">${esc(tr("pdf"))}</a>
</div></div>
<main class="ep-main">
<section class="ep-sheet" aria-label="${esc(label)}">
<div class="ep-pic" data-testid="epaper-picture">
<img src="${esc(file(PAGE_FILES.screen(page.key)))}" srcset="${esc(file(PAGE_FILES.screen(page.key)))} ${screen.width}w, ${esc(file(PAGE_FILES.large(page.key)))} ${large.width}w" sizes="(min-width: 900px) 900px, 100vw" width="${screen.width}" height="${screen.height}" alt="${esc(tr("pagePicture", { date: dateText, n: two(page.number) }))}">
${hot}
</div>
<div class="ep-under">
${button(prev ? links.page(date, prev.number) : null, tr("previousPage"))}
<a class="ep-btn" href="${esc(file(PAGE_FILES.large(page.key)))}">${esc(tr("largeImage"))}</a>
${button(next ? links.page(date, next.number) : null, tr("nextPage"))}
</div>
</section>
<aside class="ep-side">
<section class="ep-box" id="titles"><h2>${esc(tr("titleNav"))}</h2>${titles}</section>
<section class="ep-box" id="pages"><h2>${esc(tr("pageNav"))}</h2><ol class="ep-pages">${pageNav}</ol></section>
<section class="ep-box" id="archive"><h2>${esc(tr("archive"))}</h2>${monthCalendar(date.slice(0, 7), view.monthDates, links, locale, date)}<p class="ep-cal-nav"><a href="${esc(links.archive(date.slice(0, 7)))}">${esc(tr("archive"))} ›</a></p></section>
</aside>
</main>
<a class="ep-jump" href="#titles">${esc(tr("titlesJump"))}</a>
${footer(publication, page.responsibleEditor, locale)}`;
  return document({
    title,
    description: tr("description", { publication, date: dateText, n: two(page.number), name: page.name, headlines: view.stories.map((s) => s.headline).join("；") }),
    ogType: "website",
    ogImage: absolute(o.origin, file(PAGE_FILES.screen(page.key))) ?? file(PAGE_FILES.screen(page.key)),
    url: absolute(o.origin, links.page(date, page.number)),
    body,
    lang: locale,
    feeds: feedLinks(links, publication, locale),
  });
}

export function footer(publication: string, responsibleEditor: string | null, locale: Locale) {
  const tr = t(locale);
  return `<footer class="ep-foot">${responsibleEditor ? `${esc(tr("responsibleEditor", { name: responsibleEditor }))} · ` : ""}${esc(tr("footer", { publication }))}</footer>`;
}

/** One story, whole (both halves of a 转版 story), with the pages it is on and any correction. */
export function epaperArticleHtml(view: EpaperArticleView, o: RenderOptions): string {
  const locale = o.locale ?? "zh-CN";
  const tr = t(locale);
  const { links } = o;
  const { story, date, publication } = view;
  const pageLinks = view.pages.map((p) => `<a href="${esc(links.page(date, p.number))}" data-testid="epaper-article-page">${esc(tr("pageLabel", { n: two(p.number), name: p.name }))}</a>`);
  const where =
    view.pages.length > 1
      ? `<span>${tr("continuedOn", { pages: pageLinks.join("、") })}</span>`
      : `<span>${esc(tr("seenOn"))} ${pageLinks.join("")}</span>`;
  const corrections = view.corrections
    .map((c) => `<p class="ep-correction" role="note" data-testid="epaper-correction"><strong>${esc(tr("correction"))}</strong>${esc(tr("correctionOn", { date: formatEditionDate(c.date, locale), note: c.note }))}</p>`)
    .join("");
  const paragraphs = story.body
    .map((p, i) => (i === 0 && story.dateline ? `<p><span class="ep-dateline">${esc(story.dateline)}</span> ${esc(p)}</p>` : `<p>${esc(p)}</p>`))
    .join("\n");
  const sidebars = story.sidebars.map((s) => `<aside class="ep-sidebar"><h2>${esc(s.title)}</h2>${s.paragraphs.map((p) => `<p>${esc(p)}</p>`).join("")}</aside>`).join("");
  const byline = formatByline(story.bylines);
  const first = view.pages[0];
  const body = `${masthead(publication, date, date.slice(0, 7), { links, locale })}
<article class="ep-article" data-testid="epaper-article">
<p class="ep-where">${first ? `<a href="${esc(links.page(date, first.number))}">← ${esc(tr("backToPage", { n: two(first.number) }))}</a>` : ""}${where}</p>
${corrections}
${story.kicker ? `<p class="ep-kicker">${esc(story.kicker)}</p>` : ""}
<h1>${esc(story.headline)}</h1>
${story.subheadline ? `<p class="ep-sub">${esc(story.subheadline)}</p>` : ""}
${story.kind === "photo" ? `<p class="ep-byline">${esc(tr("photo"))}</p>` : ""}
${byline.length ? `<div class="ep-byline">${byline.map((l) => `<p>${esc(l)}</p>`).join("")}</div>` : ""}
<div class="ep-body">
${paragraphs}
</div>
${sidebars}
</article>
${footer(publication, null, locale)}`;
  const lead = story.body.join("").slice(0, 120);
  return document({
    title: tr("articleTitle", { headline: story.headline, publication }),
    description: lead || story.headline,
    ogType: "article",
    ogImage: first ? (absolute(o.origin, links.file(date, first.number, PAGE_FILES.screen(first.key))) ?? links.file(date, first.number, PAGE_FILES.screen(first.key))) : undefined,
    url: absolute(o.origin, links.article(date, story.id)),
    body,
    lang: locale,
    feeds: feedLinks(links, publication, locale),
  });
}

/** 往期回顾: one month, its editions linked, with the months before and after that have one. */
export function epaperArchiveHtml(view: EpaperArchiveView, o: RenderOptions): string {
  const locale = o.locale ?? "zh-CN";
  const tr = t(locale);
  const [y, m] = view.month.split("-").map(Number);
  const monthText = tr("month", { year: y, month: m });
  const body = `${masthead(view.publication, null, view.month, { links: o.links, locale })}
<main class="ep-archive">
<section class="ep-box"><h2>${esc(tr("archive"))}</h2>
${monthCalendar(view.month, view.dates, o.links, locale)}
<p class="ep-cal-nav">${view.previousMonth ? `<a href="${esc(o.links.archive(view.previousMonth))}" rel="prev">${esc(tr("previousMonth"))}</a>` : "<span></span>"}${view.nextMonth ? `<a href="${esc(o.links.archive(view.nextMonth))}" rel="next">${esc(tr("nextMonth"))}</a>` : "<span></span>"}</p>
</section>
</main>
${footer(view.publication, null, locale)}`;
  return document({
    title: tr("archiveTitle", { month: monthText, publication: view.publication }),
    description: tr("archiveTitle", { month: monthText, publication: view.publication }),
    ogType: "website",
    url: absolute(o.origin, o.links.archive(view.month)),
    body,
    lang: locale,
    feeds: feedLinks(o.links, view.publication, locale),
  });
}
