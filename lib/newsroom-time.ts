/**
 * The one way Newsdesk writes a moment (issue #10 "Numbers and times that mean one thing"): in the
 * publication's time zone, whatever the reader's browser says, and the same on the server and in the
 * browser (so nothing waits for hydration to show a time).
 *
 *   zh-CN: 1月9日 18:42 (in the reference year) · 2019年1月9日 18:42 (otherwise)
 *   en:    9 Jan 18:42                          · 9 Jan 2019 18:42
 *
 * The reference is the day the reader works on: the edition in view, or today in the publication's zone.
 * A time in the same year as the reference drops its year; any other time carries it, so 2019 copy
 * opened in 2026 is never mistaken for this year's.
 */
import type { Locale } from "./i18n/locales";
import { dateTimeFormat } from "./time-zone-format";

const MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/** What the clock on the newsroom's wall (in `timeZone`) showed at `at`. */
export function wallClockIn(timeZone: string, at: Date): WallClock {
  const parts = dateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric" }).formatToParts(at);
  const n = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  return { year: n("year"), month: n("month"), day: n("day"), hour: n("hour") % 24, minute: n("minute") };
}

const pad = (n: number) => String(n).padStart(2, "0");

export interface NewsroomTimeOptions {
  locale: Locale;
  timeZone: string;
  /** YYYY-MM-DD: the edition in view or today in the zone; its year is left out. Without it the year is always written. */
  reference?: string;
}

/** "1月9日 18:42" / "2019年1月9日 18:42" (en "9 Jan 18:42" / "9 Jan 2019 18:42"); an unreadable value is returned as it is. */
export function formatNewsroomTime(iso: string, { locale, timeZone, reference }: NewsroomTimeOptions): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const c = wallClockIn(timeZone, at);
  const withYear = reference === undefined || Number(reference.slice(0, 4)) !== c.year;
  const clock = `${pad(c.hour)}:${pad(c.minute)}`;
  if (locale === "zh-CN") return `${withYear ? `${c.year}年` : ""}${c.month}月${c.day}日 ${clock}`;
  return `${c.day} ${MONTHS_EN[c.month - 1]}${withYear ? ` ${c.year}` : ""} ${clock}`;
}

/** "18:42" on the newsroom's clock (for a time the reader sees beside its date, e.g. 「李强 18:42 起编辑」). */
export function formatNewsroomClock(iso: string, timeZone: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const c = wallClockIn(timeZone, at);
  return `${pad(c.hour)}:${pad(c.minute)}`;
}

/**
 * The instant a "YYYY-MM-DDTHH:mm" typed into a date-time field means on the newsroom's clock (a deadline
 * of 21:00 is 21:00 in Beijing for a reporter whose laptop runs on UTC), or null when it is not one.
 * Correct across DST changes: the offset is looked up for the instant itself.
 */
export function newsroomInputToIso(value: string, timeZone: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!m) return null;
  const [year, month, day, hour, minute] = m.slice(1).map(Number);
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  let guess = asUtc;
  for (let i = 0; i < 2; i++) {
    const c = wallClockIn(timeZone, new Date(guess));
    guess += asUtc - Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute);
  }
  return new Date(guess).toISOString();
}

/** The "YYYY-MM-DDTHH:mm" value a date-time field shows for `iso` on the newsroom's clock. */
export function isoToNewsroomInput(iso: string, timeZone: string): string {
  const c = wallClockIn(timeZone, new Date(iso));
  return `${c.year}-${pad(c.month)}-${pad(c.day)}T${pad(c.hour)}:${pad(c.minute)}`;
}
