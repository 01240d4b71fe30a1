/**
 * Dates of the edition calendar, as plain YYYY-MM-DD strings: an edition's date is a day of the publication,
 * not an instant, so weekday and month arithmetic run in UTC on the date itself; only "today" needs the
 * publication's time zone.
 */

const DAY_MS = 86_400_000;

function utc(date: string): number {
  const [y, m, d] = date.split("-").map(Number);
  return Date.UTC(y, m - 1, d);
}

function iso(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** The day after `date`. */
export function nextDay(date: string): string {
  return iso(utc(date) + DAY_MS);
}

/** YYYY-MM of a date. */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

/** The month before or after `month` (YYYY-MM). */
export function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split("-").map(Number);
  return iso(Date.UTC(y, m - 1 + by, 1)).slice(0, 7);
}

/** First day of the month and first day of the month after: the half-open range [from, to). */
export function monthRange(month: string): { from: string; to: string } {
  return { from: `${month}-01`, to: `${shiftMonth(month, 1)}-01` };
}

/**
 * The month as weeks of seven days, Monday first (a Chinese wall calendar's 一 … 日); days outside the month
 * are null.
 */
export function monthWeeks(month: string): (string | null)[][] {
  const { from, to } = monthRange(month);
  const first = utc(from);
  const lead = (new Date(first).getUTCDay() + 6) % 7; // Monday = 0
  const days: (string | null)[] = Array.from({ length: lead }, () => null);
  for (let t = first; t < utc(to); t += DAY_MS) days.push(iso(t));
  while (days.length % 7 !== 0) days.push(null);
  return Array.from({ length: days.length / 7 }, (_, w) => days.slice(w * 7, w * 7 + 7));
}
