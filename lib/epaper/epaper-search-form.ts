import type { Locale } from "../i18n/locales";
import { translatorFor } from "../i18n/translate";
import { esc } from "./epaper-escape";
import type { EpaperLinks } from "./epaper-links";

const translators = new Map<Locale, ReturnType<typeof translatorFor<"search">>>();
/** The search namespace's words for the e-paper, one translator per locale for the life of the process. */
const searchWords = (locale: Locale) => {
  let tr = translators.get(locale);
  if (!tr) translators.set(locale, (tr = translatorFor(locale, "search")));
  return tr;
};

/** The masthead's search box: a plain GET form to /epaper/search (the app's e-paper only; an export has none). */
export function epaperSearchForm(links: EpaperLinks, locale: Locale, q = ""): string {
  if (!links.search) return "";
  const tr = searchWords(locale);
  return `<form class="ep-search" action="${esc(links.search())}" method="get" role="search"><input type="search" name="q" value="${esc(q)}" required maxlength="100" aria-label="${esc(tr("epaperBox"))}" placeholder="${esc(tr("epaperPlaceholder"))}"><button type="submit">${esc(tr("submit"))}</button></form>`;
}
