/**
 * The public e-paper's search page (/epaper/search, docs/SEARCH.md "The e-paper's search"): the masthead
 * with the box, the count, one page of released stories with the hits marked, and paging. Pure, like the
 * other e-paper pages (lib/epaper/epaper-html.ts): every value from a story is escaped text; the marks are
 * ours.
 */
import { formatEditionDate } from "../i18n/edition-date";
import type { Locale } from "../i18n/locales";
import { translatorFor } from "../i18n/translate";
import type { SnippetPart } from "../search/snippet";
import { document, footer, masthead, type RenderOptions } from "./epaper-html";
import { esc } from "./epaper-escape";
import { epaperSearchForm } from "./epaper-search-form";

export interface EpaperSearchHit {
  id: number;
  date: string;
  pageNumber: number | null;
  pageName: string | null;
  url: string;
  bylines: string[];
  title: SnippetPart[];
  snippet: SnippetPart[];
}

export interface EpaperSearchView {
  publication: string;
  month: string;
  /** the query as typed ("" before the first search) */
  q: string;
  /** the edition date range asked for (YYYY-MM-DD), kept in the form and the paging links */
  from?: string;
  to?: string;
  /** the request's error, worded (a query too long, a page out of range): shown above the box */
  error?: string;
  result?: { total: number; capped: boolean; page: number; lastPage: number; window: number; hits: EpaperSearchHit[] };
}

const translators = new Map<Locale, ReturnType<typeof translatorFor<"search">>>();
const words = (locale: Locale) => {
  let tr = translators.get(locale);
  if (!tr) translators.set(locale, (tr = translatorFor(locale, "search")));
  return tr;
};

const marked = (parts: SnippetPart[]) => parts.map((p) => (p.hit ? `<mark>${esc(p.text)}</mark>` : esc(p.text))).join("");
const two = (n: number) => String(n).padStart(2, "0");

export function epaperSearchHtml(view: EpaperSearchView, o: RenderOptions): string {
  const locale: Locale = o.locale ?? "zh-CN";
  const tr = words(locale);
  const { links } = o;
  const r = view.result;
  const list = r
    ? r.hits
        .map((h) => {
          const where = [
            formatEditionDate(h.date, locale),
            ...(h.pageNumber !== null ? [tr("epaperPage", { n: two(h.pageNumber), name: h.pageName ?? "" })] : []),
            ...(h.bylines.length ? [h.bylines.join(" ")] : []),
          ];
          return `<li data-testid="epaper-search-hit"><a class="ep-hit-title" href="${esc(links.article(h.date, h.id))}">${marked(h.title)}</a>
<p class="ep-hit-snippet">${marked(h.snippet)}</p>
<p class="ep-hit-where">${where.map(esc).join(" · ")}</p></li>`;
        })
        .join("\n")
    : "";
  const pages = r?.lastPage ?? 0;
  const search = links.search!;
  const dates = { from: view.from, to: view.to };
  const paging =
    r && pages > 1
      ? `<nav class="ep-paging" aria-label="${esc(tr("epaperPaging"))}">${r.page > 1 ? `<a class="ep-btn" rel="prev" href="${esc(search(view.q, r.page - 1, dates))}">${esc(tr("previous"))}</a>` : ""}<span>${esc(tr("pageOf", { p: r.page }))}</span>${r.page < pages ? `<a class="ep-btn" rel="next" href="${esc(search(view.q, r.page + 1, dates))}">${esc(tr("next"))}</a>` : ""}</nav>`
      : "";
  const count = r
    ? `<p class="ep-count" data-testid="epaper-search-count">${esc(r.total === 0 ? tr("epaperNone", { q: view.q }) : tr("epaperCount", { q: view.q, n: r.total }))}${r.capped ? ` <span class="ep-capped">${esc(tr("capped", { n: r.window }))}</span>` : ""}</p>`
    : "";
  const body = `${masthead(view.publication, null, view.month, { links: { ...links, search: undefined }, locale })}
<main class="ep-results">
<section class="ep-box"><h1>${esc(tr("epaperTitle"))}</h1>
<div class="ep-results-in">
${view.error ? `<p class="ep-error" role="alert" data-testid="epaper-search-error">${esc(view.error)}</p>` : ""}
${epaperSearchForm(links, locale, view.q, dates)}
${r ? count : `<p class="ep-count">${esc(tr("epaperHint"))}</p>`}
${list ? `<ol class="ep-hits">${list}</ol>` : ""}
${paging}
</div>
</section>
</main>
${footer(view.publication, null, locale)}`;
  const title = view.q ? tr("epaperPageTitleQ", { q: view.q, publication: view.publication }) : tr("epaperPageTitle", { publication: view.publication });
  return document({ title, description: title, ogType: "website", body, lang: locale });
}
