/**
 * When a printed budget was printed, as its heading says it: on the publication's clock, always with the
 * year (a sheet pinned to the wall outlives the day), and whether the zone is the one China calls 北京时间.
 */
import type { Locale } from "./i18n/locales";
import { formatNewsroomTime } from "./newsroom-time";

/** China's zone (one clock for the whole country): the newsroom calls it 北京时间 rather than by its IANA name. */
export function isBeijingTime(timeZone: string): boolean {
  return timeZone === "Asia/Shanghai" || timeZone === "Asia/Chongqing" || timeZone === "Asia/Harbin" || timeZone === "PRC";
}

/** "2019年1月9日 21:05" / "9 Jan 2019 21:05" on the publication's clock, whatever the printing machine's zone. */
export function budgetPrintTime(printedAt: Date, { locale, timeZone }: { locale: Locale; timeZone: string }): string {
  return formatNewsroomTime(printedAt.toISOString(), { locale, timeZone });
}
