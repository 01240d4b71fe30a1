import type { Locale } from "./i18n/locales";

const MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * An edition date (YYYY-MM-DD) as a queue row or a notification names it: 1月9日 / 9 Jan — with the year
 * (2019年1月9日 / 9 Jan 2019) when it is not the year of `reference` (YYYY-MM-DD; none: the year is left out).
 */
export function formatShortEditionDate(date: string, locale: Locale, reference?: string): string {
  const [y, m, d] = date.split("-").map(Number);
  const withYear = reference !== undefined && reference.slice(0, 4) !== date.slice(0, 4);
  if (locale === "zh-CN") return `${withYear ? `${y}年` : ""}${m}月${d}日`;
  return `${d} ${MONTHS_EN[m - 1]}${withYear ? ` ${y}` : ""}`;
}
