import { sql, type SQL } from "drizzle-orm";
import { errorRateFigures, sumCounts, type ErrorCounts, type ErrorRateFigures, type ErrorRateGrouping } from "@/lib/error-rate";
import type { DbOrTx } from "../client";

/**
 * 差错率 (#12 三校, docs/ERROR-RATE.md): what was printed in a range of editions, grouped by 期, 版, 记者,
 * 责任编辑 or 月, with the errors caught in proofreading and the corrections after release.
 *
 * What counts (one rule for every grouping): the published stories that are on a page of an edition dated in
 * the range — what reached the reader. Their 字数 is `stories.zi` (body and sidebars, kept with the text, so
 * no body is read); caught = their proof marks in state `accepted` (open and rejected marks are not errors);
 * 见报差错 = the errors their corrections (`story_corrections`) correct: the sum of the notices' `error_count`
 * (one notice may correct several errors; the notices are counted too, as `corrections`). A story not on a page, spiked, or
 * not yet published is not in the report: it was not printed, so it has neither 字 nor 见报差错 to count.
 *
 * Every figure comes from grouped SQL: editions by date (editions_date_idx), their published stories
 * (stories_status_idx: edition_id, status), each story's marks and corrections by their story index
 * (story_corrections_story_idx holds error_count too, so the sum reads the index only).
 */

/** One row of the report: what it groups (the fields its grouping names) and its figures. */
export interface ErrorRateRow extends ErrorRateFigures {
  /** edition, page: the edition's date; month: YYYY-MM */
  date?: string;
  month?: string;
  /** page */
  pageNumber?: number;
  pageName?: string;
  /** page: its 责任编辑; editor: the 责任编辑 the row is about (null: pages without one) */
  editorId?: number | null;
  editorName?: string | null;
  /** reporter: the byline person */
  personId?: number;
  personName?: string;
  /** published stories counted in the row */
  stories: number;
}

export interface ErrorRateReport {
  by: ErrorRateGrouping;
  from: string;
  to: string;
  /** groups in the whole range (rows are one page of them) */
  total: number;
  rows: ErrorRateRow[];
  /** the whole range, each story once (a story of two reporters counts once here, once for each of them above) */
  sum: ErrorRateFigures & { stories: number };
}

interface RawRow {
  key: number | string | null;
  date: string | null;
  pageNumber: number | null;
  pageName: string | null;
  editorId: number | null;
  editorName: string | null;
  personName: string | null;
  stories: number;
  zi: number | null;
  caught: number | null;
  corrections: number | null;
  published: number | null;
}

/**
 * The printed stories of the range, one row each, with their own counts (correlated, by story index).
 * CROSS JOIN keeps editions the outer loop (SQLite never reorders it): the dates' range on editions_date_idx,
 * then each edition's published stories on stories_status_idx — not every published story of the archive
 * through stories_queue_idx (status), which the planner picks otherwise.
 */
function printed(from: string, to: string): SQL {
  return sql`SELECT s.id AS story_id, s.zi AS zi, s.page_id AS page_id, e.id AS edition_id, e.date AS date,
      (SELECT count(*) FROM proof_marks m WHERE m.story_id = s.id AND m.state = 'accepted') AS caught,
      (SELECT count(*) FROM story_corrections c WHERE c.story_id = s.id) AS corrections,
      (SELECT coalesce(sum(c.error_count), 0) FROM story_corrections c WHERE c.story_id = s.id) AS published
    FROM editions e CROSS JOIN stories s ON s.edition_id = e.id AND s.status = 'published'
    WHERE e.date >= ${from} AND e.date <= ${to} AND s.page_id IS NOT NULL`;
}

const SUMS = sql`count(*) AS stories, sum(pr.zi) AS zi, sum(pr.caught) AS caught, sum(pr.corrections) AS corrections, sum(pr.published) AS published`;
/** Worst first where people are compared: 见报差错 per 字, then the most text (the grouped row's columns). */
const WORST_FIRST = sql`published * 1.0 / max(zi, 1) DESC, zi DESC`;

/** The grouped SELECT of one grouping over the printed stories `pr`. */
function grouped(by: ErrorRateGrouping): { select: SQL; order: SQL } {
  switch (by) {
    case "edition":
      return {
        // by date, which is the edition (one publication, one edition a date): grouping by its id instead would walk every edition in id order
        select: sql`SELECT pr.date AS key, pr.date AS date, ${SUMS} FROM pr GROUP BY pr.date`,
        order: sql`date`,
      };
    case "month":
      return {
        select: sql`SELECT substr(pr.date, 1, 7) AS key, ${SUMS} FROM pr GROUP BY substr(pr.date, 1, 7)`,
        order: sql`key`,
      };
    case "page":
      return {
        select: sql`SELECT pr.page_id AS key, pr.date AS date, p.number AS pageNumber, p.name AS pageName,
            p.responsible_editor_id AS editorId, u.name AS editorName, ${SUMS}
          FROM pr JOIN pages p ON p.id = pr.page_id LEFT JOIN users u ON u.id = p.responsible_editor_id
          GROUP BY pr.page_id`,
        order: sql`date, pageNumber, key`,
      };
    case "editor":
      // the page's 责任编辑: the editor answerable for everything printed on it (docs/ERROR-RATE.md)
      return {
        select: sql`SELECT p.responsible_editor_id AS key, p.responsible_editor_id AS editorId, u.name AS editorName, ${SUMS}
          FROM pr JOIN pages p ON p.id = pr.page_id LEFT JOIN users u ON u.id = p.responsible_editor_id
          GROUP BY p.responsible_editor_id`,
        order: sql`${WORST_FIRST}, editorName, key`,
      };
    case "reporter":
      // each byline person once per story (the first position they hold in it), credited with the whole story
      return {
        select: sql`SELECT b.person_id AS key, pe.name AS personName, ${SUMS}
          FROM pr JOIN story_bylines b ON b.story_id = pr.story_id
            AND b.position = (SELECT min(b2.position) FROM story_bylines b2 WHERE b2.story_id = b.story_id AND b2.person_id = b.person_id)
          JOIN people pe ON pe.id = b.person_id
          GROUP BY b.person_id`,
        order: sql`${WORST_FIRST}, personName, key`,
      };
  }
}

type RawCounts = { zi: number | null; caught: number | null; corrections: number | null; published: number | null };

function counts(r: RawCounts): ErrorCounts {
  return { zi: r.zi ?? 0, caught: r.caught ?? 0, corrections: r.corrections ?? 0, published: r.published ?? 0 };
}

function toRow(by: ErrorRateGrouping, r: RawRow): ErrorRateRow {
  const figures = { ...errorRateFigures(counts(r)), stories: r.stories };
  switch (by) {
    case "edition":
      return { date: r.date!, ...figures };
    case "month":
      return { month: String(r.key), ...figures };
    case "page":
      return { date: r.date!, pageNumber: r.pageNumber!, pageName: r.pageName!, editorId: r.editorId, editorName: r.editorName, ...figures };
    case "editor":
      return { editorId: r.editorId, editorName: r.editorName, ...figures };
    case "reporter":
      return { personId: Number(r.key), personName: r.personName!, ...figures };
  }
}

/**
 * One page of the report of editions dated `from`…`to` (YYYY-MM-DD, both included; the caller bounds the
 * range, see lib/error-rate.ts) grouped `by`, the number of groups, and the range's sum.
 */
export function errorRateReport(
  db: DbOrTx,
  { from, to, by, limit = 100, offset = 0 }: { from: string; to: string; by: ErrorRateGrouping; limit?: number; offset?: number },
): ErrorRateReport {
  const pr = sql`WITH pr AS (${printed(from, to)})`;
  const { select, order } = grouped(by);
  // One pass over the range's stories: a bounded range has few groups (at most a year's pages), so all of them are
  // read and the page is cut here — counting and paging in SQL would walk the stories three times.
  const groups = db.all<RawRow>(sql`${pr} SELECT * FROM (${select}) ORDER BY ${order}`);
  // People share stories, so their rows do not add up: the sum counts each story once, in a pass of its own.
  const sum =
    by === "reporter"
      ? db.get<RawCounts & { stories: number }>(sql`${pr} SELECT ${SUMS} FROM pr`)!
      : groups.reduce((a, r) => ({ stories: a.stories + r.stories, ...sumCounts([a, counts(r)]) }), { stories: 0, zi: 0, caught: 0, corrections: 0, published: 0 });
  return {
    by,
    from,
    to,
    total: groups.length,
    rows: groups.slice(offset, limit < 0 ? undefined : offset + limit).map((r) => toRow(by, r)),
    sum: { ...errorRateFigures(counts(sum)), stories: sum.stories },
  };
}

/** Every row of the range (for the chart and the exports): bounded by the range the caller allows. */
export function errorRateRows(db: DbOrTx, { from, to, by }: { from: string; to: string; by: ErrorRateGrouping }): ErrorRateReport {
  return errorRateReport(db, { from, to, by, limit: -1 });
}
