/**
 * 差错率 (#12 三校): errors per 10,000 字 of what was printed, and the limit a paper is held to.
 *
 * 《报纸期刊质量管理规定》 (the press authority's quality rules for newspapers and periodicals) counts a paper
 * whose error rate is above 万分之三 — 3 errors in 10,000 字 — as failing (不合格). The errors counted
 * against that limit are those that reached the reader: 见报差错, here the errors the corrections (更正)
 * recorded on published stories say they correct (a notice may correct several). The marks accepted in proofreading are the errors caught before print; their rate is
 * shown beside it and never flagged (catching errors is the proofreaders' work, not a failure).
 */

/**
 * How many 差错 one 更正 may say it corrects: one notice often corrects several (two wrong names and a wrong
 * number), and the regulation counts errors, not notices. Entered with the correction; older ones count 1.
 */
export const CORRECTION_ERRORS_MIN = 1;
export const CORRECTION_ERRORS_MAX = 50;

/** Whether `n` is a count a 更正 may carry: an integer from 1 to 50. */
export function isCorrectionErrorCount(n: number): boolean {
  return Number.isInteger(n) && n >= CORRECTION_ERRORS_MIN && n <= CORRECTION_ERRORS_MAX;
}

/** The regulation's limit: 3 errors per 10,000 字. */
export const ERROR_RATE_LIMIT = 3;
/** The base of the rate: 万 (10,000 字). */
export const ERROR_RATE_BASE = 10_000;

/** How a report groups what was printed: 期, 版, 记者 (byline person), 编辑 (the page's 责任编辑), 月. */
export const ERROR_RATE_GROUPINGS = ["edition", "page", "reporter", "editor", "month"] as const;
export type ErrorRateGrouping = (typeof ERROR_RATE_GROUPINGS)[number];

/** The longest date range one report covers (12 months: a year of a daily is ~366 editions). */
export const ERROR_RATE_MAX_MONTHS = 12;

/** Errors per 10,000 字, unrounded; null when there is no text to measure (0 字). */
export function errorRate(errors: number, zi: number): number | null {
  if (zi <= 0) return null;
  return (errors * ERROR_RATE_BASE) / zi;
}

/** The rate as the report prints it: two decimals of 万分之x (half away from zero), or null for no text. */
export function roundedRate(errors: number, zi: number): number | null {
  const rate = errorRate(errors, zi);
  return rate === null ? null : Math.round(rate * 100 + Number.EPSILON) / 100;
}

/**
 * Over the limit: strictly more than 3 in 10,000 字 (exactly 万分之三 still passes). Compared in integers
 * (errors × 10,000 > 3 × 字), so no rounding of the rate can move a row across the line.
 */
export function overLimit(errors: number, zi: number): boolean {
  return zi > 0 && errors * ERROR_RATE_BASE > ERROR_RATE_LIMIT * zi;
}

/** "2.50": the rate with two decimals, as 万分之2.50 is written; "—" for no text. */
export function formatRate(rate: number | null): string {
  return rate === null ? "—" : rate.toFixed(2);
}

/**
 * What one group counted: the printed 字, the errors caught in proofreading, and after release the 更正
 * notices (`corrections`) and the errors they correct (`published`, the sum of their counts: 见报差错).
 */
export interface ErrorCounts {
  zi: number;
  caught: number;
  corrections: number;
  published: number;
}

/** One row of a report: its counts, both rates (万分之, two decimals) and the flag. */
export interface ErrorRateFigures extends ErrorCounts {
  /** caught in proofreading, per 10,000 字 */
  caughtRate: number | null;
  /** 见报差错 per 10,000 字: the one held against the limit */
  publishedRate: number | null;
  /** 见报差错率 above 万分之三 */
  flagged: boolean;
}

export function errorRateFigures(counts: ErrorCounts): ErrorRateFigures {
  return {
    ...counts,
    caughtRate: roundedRate(counts.caught, counts.zi),
    publishedRate: roundedRate(counts.published, counts.zi),
    flagged: overLimit(counts.published, counts.zi),
  };
}

/** The sum of several groups (the report's total line): rates from the sums, never an average of rates. */
export function sumCounts(rows: readonly ErrorCounts[]): ErrorCounts {
  return rows.reduce(
    (a, r) => ({ zi: a.zi + r.zi, caught: a.caught + r.caught, corrections: a.corrections + r.corrections, published: a.published + r.published }),
    { zi: 0, caught: 0, corrections: 0, published: 0 },
  );
}

/** "2019-01" → the month a 期 of that date belongs to (the edition's date is already the publication's day). */
export function monthOf(editionDate: string): string {
  return editionDate.slice(0, 7);
}

/** Calendar months a range touches, both ends counted: 2019-01-31 … 2019-02-01 is 2. */
export function monthsSpanned(from: string, to: string): number {
  const [fy, fm] = from.split("-").map(Number);
  const [ty, tm] = to.split("-").map(Number);
  return (ty - fy) * 12 + (tm - fm) + 1;
}

/** Whether a range is one the report answers: from ≤ to and at most 12 calendar months. */
export function rangeAllowed(from: string, to: string): boolean {
  return from <= to && monthsSpanned(from, to) <= ERROR_RATE_MAX_MONTHS;
}

/** The default range of the report: the three calendar months up to `to` (its own month and the two before). */
export function defaultRangeEnding(to: string): { from: string; to: string } {
  const [y, m] = to.split("-").map(Number);
  const start = new Date(Date.UTC(y, m - 1 - 2, 1));
  return { from: start.toISOString().slice(0, 10), to };
}
