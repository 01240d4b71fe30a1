import { DEFAULT_TIME_ZONE, dateIn } from "./publication";
import type { StoryState } from "./story-kinds";
import { dateTimeFormat } from "./time-zone-format";

/** Copy is still owed by the reporter in these states; once filed, the deadline is met. */
const OWED: ReadonlySet<StoryState> = new Set(["assigned", "draft", "returned"]);

export function isOverdue(deadline: string | null, status: StoryState, now: Date = new Date()): boolean {
  return deadline !== null && OWED.has(status) && Date.parse(deadline) < now.getTime();
}

/** Same calendar day in the publication's time zone (Beijing time by default). */
export function isDueOn(deadline: string | null, day: Date = new Date(), timeZone: string = DEFAULT_TIME_ZONE): boolean {
  if (!deadline) return false;
  return dateIn(timeZone, new Date(deadline)) === dateIn(timeZone, day);
}

/** The wall clock of `at` in `timeZone`, as a Date whose UTC fields show it. */
function wallClock(at: Date, timeZone: string): Date {
  const parts = dateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric" }).formatToParts(at);
  const n = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  return new Date(Date.UTC(n("year"), n("month") - 1, n("day"), n("hour"), n("minute")));
}

/** "1月9日 18:00" (zh-CN) or "9 Jan 18:00" (en), in the publication's time zone (Beijing time by default). */
export function formatDeadline(deadline: string, locale: "zh-CN" | "en", timeZone: string = DEFAULT_TIME_ZONE): string {
  const d = wallClock(new Date(deadline), timeZone);
  const hhmm = `${String(d.getUTCHours()).padStart(2, "0")}:${String(d.getUTCMinutes()).padStart(2, "0")}`;
  if (locale === "zh-CN") return `${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${hhmm}`;
  const month = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][d.getUTCMonth()];
  return `${d.getUTCDate()} ${month} ${hhmm}`;
}
