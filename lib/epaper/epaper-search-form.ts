import type { Locale } from "../i18n/locales";
import { translatorFor } from "../i18n/translate";
import { esc } from "./epaper-escape";
import type { EpaperLinks, EpaperSearchDates } from "./epaper-links";

const translators = new Map<Locale, ReturnType<typeof translatorFor<"search">>>();
/** The search namespace's words for the e-paper, one translator per locale for the life of the process. */
const searchWords = (locale: Locale) => {
  let tr = translators.get(locale);
  if (!tr) translators.set(locale, (tr = translatorFor(locale, "search")));
  return tr;
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The search box: a plain GET form to /epaper/search (the app's e-paper only; an export has none). The masthead's
 * has the words only; the results page's (`dates` given) adds the edition date range, two date inputs.
 */
export function epaperSearchForm(links: EpaperLinks, locale: Locale, q = "", dates?: EpaperSearchDates): string {
  if (!links.search) return "";
  const tr = searchWords(locale);
  // a date input holds only a well-formed date; what else was typed is in the error above the form
  const date = (name: "from" | "to") => {
    const value = dates?.[name];
    return `<label class="ep-date">${esc(tr(name))} <input type="date" name="${name}" value="${value && DATE.test(value) ? esc(value) : ""}"></label>`;
  };
  const range = dates ? `<span class="ep-dates">${date("from")}${date("to")}</span>` : "";
  return `<form class="ep-search" action="${esc(links.search())}" method="get" role="search"><input type="search" name="q" value="${esc(q)}" required maxlength="100" aria-label="${esc(tr("epaperBox"))}" placeholder="${esc(tr("epaperPlaceholder"))}">${range}<button type="submit">${esc(tr("submit"))}</button></form>`;
}
