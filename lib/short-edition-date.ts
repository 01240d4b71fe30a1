import type { Locale } from "./i18n/locales";

const MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** An edition date (YYYY-MM-DD) as a queue row or a notification names it: 1月9日 / 9 Jan. */
export function formatShortEditionDate(date: string, locale: Locale): string {
  const [, m, d] = date.split("-").map(Number);
  return locale === "zh-CN" ? `${m}月${d}日` : `${d} ${MONTHS_EN[m - 1]}`;
}
