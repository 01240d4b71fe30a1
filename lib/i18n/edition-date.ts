import { DEFAULT_TIME_ZONE } from "../publication";
import type { Locale } from "./locales";
import { dateTimeFormat } from "../time-zone-format";

const WEEKDAYS_EN = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const WEEKDAYS_ZH = ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"];

/** "2019年1月9日 星期三" (zh-CN) or "Wednesday, 9 January 2019" (en; ICU-independent), from a YYYY-MM-DD date. */
export function formatEditionDate(date: string, locale: Locale): string {
  const [y, m, d] = date.split("-").map(Number);
  const utc = new Date(Date.UTC(y, m - 1, d));
  if (locale === "zh-CN") return `${y}年${m}月${d}日 ${WEEKDAYS_ZH[utc.getUTCDay()]}`;
  return `${WEEKDAYS_EN[utc.getUTCDay()]}, ${d} ${MONTHS_EN[m - 1]} ${y}`;
}
