/**
 * The edition date in the search index (docs/SEARCH.md "Dates in the index"). Each story's `edition` column
 * holds three tokens of its edition's date — the year, the month and the day: 2019-01-09 → `y2019 m201901
 * d20190109` (the same rule as the view story_search_source in the migration). A date range is then a few
 * tokens OR'd together — whole years, whole months at the edges, single days at the very edges — and FTS5
 * intersects them with the words' doclists itself, so a narrow range with a common word reads only that
 * range's matches instead of walking every newer match first.
 *
 * The user's words can never reach these tokens: their phrases are restricted to the text columns, and the
 * query tokenizer splits letters from digits (`d2019` → `d 2019`) anyway.
 */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The index text of an edition date: its year, month and day tokens. */
export function editionDateTokens(date: string): string {
  const m = DATE.exec(date);
  if (!m) return "";
  return `y${m[1]} m${m[1]}${m[2]} d${m[1]}${m[2]}${m[3]}`;
}

function utc(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);
const lastOfMonth = (y: number, m: number) => new Date(Date.UTC(y, m + 1, 0));

/**
 * The fewest year, month and day tokens that together cover `from`..`to` (both included, YYYY-MM-DD): at
 * most about 30 days and 11 months at each end, plus one token per whole year. Empty when from > to.
 */
export function dateRangeTokens(from: string, to: string): string[] {
  const tokens: string[] = [];
  const end = utc(to);
  let day = utc(from);
  while (day.getTime() <= end.getTime()) {
    const y = day.getUTCFullYear();
    const m = day.getUTCMonth();
    const d = day.getUTCDate();
    const [ys, ms, ds] = iso(day).split("-");
    if (m === 0 && d === 1 && Date.UTC(y, 11, 31) <= end.getTime()) {
      tokens.push(`y${ys}`);
      day = new Date(Date.UTC(y + 1, 0, 1));
    } else if (d === 1 && lastOfMonth(y, m).getTime() <= end.getTime()) {
      tokens.push(`m${ys}${ms}`);
      day = new Date(Date.UTC(y, m + 1, 1));
    } else {
      tokens.push(`d${ys}${ms}${ds}`);
      day = addDays(day, 1);
    }
  }
  return tokens;
}

/**
 * The FTS5 expression that keeps a date range, for the edition column; null when the range keeps every
 * edition the database has (`first`..`last`), "" when it keeps none.
 */
export function dateRangeExpression(range: { from?: string; to?: string }, held: { first: string; last: string } | null): string | null {
  if (!held) return null;
  const opensBefore = !range.from || range.from <= held.first;
  const endsAfter = !range.to || range.to >= held.last;
  if (opensBefore && endsAfter) return null;
  // An end beyond the editions held is moved in, to the start (end) of the first (last) edition's year at
  // most: the same stories, the fewest tokens (a whole year is one).
  const yearStart = `${held.first.slice(0, 4)}-01-01`;
  const yearEnd = `${held.last.slice(0, 4)}-12-31`;
  const from = opensBefore ? (range.from && range.from > yearStart ? range.from : yearStart) : range.from!;
  const to = endsAfter ? (range.to && range.to < yearEnd ? range.to : yearEnd) : range.to!;
  const tokens = dateRangeTokens(from, to);
  return tokens.length === 0 ? "" : `edition : (${tokens.map((t) => `"${t}"`).join(" OR ")})`;
}
