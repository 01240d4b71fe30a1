import { DEFAULT_TIME_ZONE, dateIn } from "./publication";
import type { StoryState } from "./story-kinds";

// A deadline is written like every other time: formatNewsroomTime (lib/newsroom-time.ts).

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
