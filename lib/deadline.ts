import type { StoryState } from "./story-kinds";

/** Copy is still owed by the reporter in these states; once filed, the deadline is met. */
const OWED: ReadonlySet<StoryState> = new Set(["assigned", "draft", "returned"]);

export function isOverdue(deadline: string | null, status: StoryState, now: Date = new Date()): boolean {
  return deadline !== null && OWED.has(status) && Date.parse(deadline) < now.getTime();
}

/** Same calendar day in China Standard Time (UTC+8, no daylight saving). */
export function isDueOn(deadline: string | null, day: Date = new Date()): boolean {
  if (!deadline) return false;
  const cst = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
  return cst(new Date(deadline)) === cst(day);
}

/** "1月9日 18:00" (zh-CN) or "9 Jan 18:00" (en), in Beijing time. */
export function formatDeadline(deadline: string, locale: "zh-CN" | "en"): string {
  const d = new Date(Date.parse(deadline) + 8 * 3600_000);
  const hhmm = `${String(d.getUTCHours()).padStart(2, "0")}:${String(d.getUTCMinutes()).padStart(2, "0")}`;
  if (locale === "zh-CN") return `${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${hhmm}`;
  const month = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][d.getUTCMonth()];
  return `${d.getUTCDate()} ${month} ${hhmm}`;
}
