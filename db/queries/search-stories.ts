import { sql, type SQL } from "drizzle-orm";
import { hasEditorialRole, type Role } from "@/lib/roles";
import { dateRangeExpression } from "@/lib/search/edition-dates";
import { highlightTerms, matchExpression } from "@/lib/search/tokens";
import { snippetOf, type SnippetPart } from "@/lib/search/snippet";
import type { StoryKind, StoryState } from "@/lib/story-kinds";
import type { DbOrTx } from "../client";

/**
 * Column weights of bm25 (story_search: title, body, people, slug, edition): a headline hit ranks above a body
 * hit; the edition date's tokens (a date range's part of the match) weigh nothing.
 */
const WEIGHTS = sql.raw("bm25(story_search, 10.0, 1.0, 4.0, 3.0, 0.0)");

/** The text columns: the user's words are looked for only there, never among the edition date's tokens. */
const TEXT_COLUMNS = "{title body people slug}";

/**
 * At most this many matches — the newest, by story id — are counted, filtered and ranked, so a common word
 * costs the same at ten years of papers as at one (docs/SEARCH.md "Bounded work"); beyond it the answer says
 * `capped` and counts only these.
 */
export const SEARCH_WINDOW = 2000;

/**
 * At most this many matches of the text (and dates) — the newest — are examined for the other filters (who may see
 * the story, status, kind, person, page: each checked on the joined story row), so a rare filter with a common word
 * (spiked stories that mention 的) joins this many story rows, not every match in the archive; beyond it the answer
 * says `capped` (docs/SEARCH.md "Bounded work"). A filter that passes most stories fills the window long before.
 */
export const SEARCH_EXAMINE = 10_000;

/** The states in which a story is still the reporter's work: other reporters do not find it. */
const IN_REPORTERS_HANDS = sql.raw("('assigned', 'draft', 'returned')");

export interface SearchFilter {
  q: string;
  /** a staff member (who sees what: docs/SEARCH.md), or "public": the e-paper's readers, released stories only */
  user: { id: number; role: Role } | "public";
  from?: string;
  to?: string;
  status?: StoryState;
  personId?: number;
  page?: number;
  /** a page name (版名, e.g. 聊城新闻): stories on a page of that name, in any edition */
  pageName?: string;
  kind?: StoryKind;
  sort: "rank" | "newest";
  limit: number;
  offset: number;
  /** how many of the newest matches to look at (SEARCH_WINDOW; smaller in tests) */
  window?: number;
  /** how many of the newest matches of the text to examine for the other filters (SEARCH_EXAMINE; smaller in tests) */
  examine?: number;
}

export interface SearchHit {
  id: number;
  slug: string;
  kind: StoryKind;
  status: StoryState;
  editionDate: string;
  pageNumber: number | null;
  pageName: string | null;
  bylines: string[];
  /** kicker, headline and subheadline with the hits marked */
  title: SnippetPart[];
  /** about 100 characters of the text around the first hit, marked */
  snippet: SnippetPart[];
}

interface Row {
  id: number;
  slug: string;
  kind: StoryKind;
  status: StoryState;
  kicker: string | null;
  headline: string | null;
  subheadline: string | null;
  body: string;
  sidebars: string | null;
  editionDate: string;
  pageNumber: number | null;
  pageName: string | null;
  bylines: string | null;
}

/**
/**
 * Who may find a story (search, similar stories): editors and chiefs every story; a reporter not other
 * reporters' stories still in a reporter's hands; the public (the e-paper) only stories in a box of a
 * released page of their edition (db/queries/epaper.ts). null when nothing is hidden. `s` is the stories row.
 */
export function storyVisibleTo(user: { id: number; role: Role } | "public"): SQL | null {
  if (user === "public") {
    return sql`EXISTS (SELECT 1 FROM page_elements pe JOIN pages rp ON rp.id = pe.page_id
      WHERE pe.story_id = s.id AND rp.edition_id = s.edition_id AND rp.state = 'released')`;
  }
  if (hasEditorialRole(user.role, "editor")) return null;
  const me = user.id;
  return sql`(s.status NOT IN ${IN_REPORTERS_HANDS} OR s.created_by_id = ${me}
      OR EXISTS (SELECT 1 FROM story_assignees a WHERE a.story_id = s.id AND a.user_id = ${me})
      OR EXISTS (SELECT 1 FROM story_bylines b JOIN people p ON p.id = b.person_id WHERE b.story_id = s.id AND p.user_id = ${me}))`;
}

/**
 * The filters besides the text and the dates (which are part of the match): who may see the story, status,
 * person, page, kind.
 */
function conditions(f: SearchFilter): SQL[] {
  const where: SQL[] = [];
  const visible = storyVisibleTo(f.user);
  if (visible) where.push(visible);
  if (f.status) where.push(sql`s.status = ${f.status}`);
  if (f.kind) where.push(sql`s.kind = ${f.kind}`);
  if (f.page !== undefined) where.push(sql`pg.number = ${f.page}`);
  if (f.pageName !== undefined) where.push(sql`pg.name = ${f.pageName}`);
  if (f.personId !== undefined) where.push(sql`EXISTS (SELECT 1 FROM story_bylines b WHERE b.story_id = s.id AND b.person_id = ${f.personId})`);
  return where;
}

/**
 * Stories matching the query, ranked (bm25, headline above body) or newest first, with the total count.
 * Only the page's rows read their text, for the snippets; the text itself is not returned.
 */
export function searchStories(db: DbOrTx, f: SearchFilter): { total: number; capped: boolean; hits: SearchHit[] } {
  const words = matchExpression(f.q);
  if (words === null) return { total: 0, capped: false, hits: [] };
  // The date range is part of the match (the edition column's year, month and day tokens), so FTS5 cuts it
  // while it walks the words' doclists: an old range of a common word reads that range's matches only.
  const held = f.from || f.to ? db.get<{ first: string | null; last: string | null }>(sql`SELECT min(date) AS first, max(date) AS last FROM editions`) : undefined;
  const dates = dateRangeExpression({ from: f.from, to: f.to }, held?.first && held.last ? { first: held.first, last: held.last } : null);
  if (dates === "") return { total: 0, capped: false, hits: [] };
  const match = `${TEXT_COLUMNS} : (${words})${dates ? ` AND ${dates}` : ""}`;
  const filters = conditions(f);
  const joins = sql`JOIN stories s ON s.id = story_search.rowid
    JOIN editions e ON e.id = s.edition_id
    LEFT JOIN pages pg ON pg.id = s.page_id`;
  // With filters, only the newest `examine` matches of the text are looked at: the (examine + 1)th newest, read from
  // the index alone (row ids, no story row), bounds the walk below, so a filter that passes few of them (a rare
  // status) joins at most that many story rows instead of every match in the archive.
  const window = f.window ?? SEARCH_WINDOW;
  const examine = Math.max(f.examine ?? SEARCH_EXAMINE, window);
  const unexamined =
    filters.length === 0
      ? undefined
      : db.get<{ id: number }>(sql`SELECT rowid AS id FROM story_search WHERE story_search MATCH ${match} ORDER BY rowid DESC LIMIT 1 OFFSET ${examine}`)?.id;
  // CAST: better-sqlite3 binds a JS number as a REAL, and FTS5 takes a rowid bound only from an INTEGER; with a REAL
  // it ignores the bound and walks every match (39 ms instead of 1.6 ms for 专家人才 at 100k stories).
  const examined =
    unexamined === undefined ? sql`story_search MATCH ${match}` : sql`story_search MATCH ${match} AND story_search.rowid > CAST(${unexamined} AS INTEGER)`;
  // The (window + 1)th newest match that passes the filters, if there is one: only the matches above it are looked
  // at. The walk stops there, so a filter that passes most stories (a reporter's view) costs the window, not the archive.
  const beyond =
    filters.length === 0
      ? db.get<{ id: number }>(sql`SELECT rowid AS id FROM story_search WHERE story_search MATCH ${match} ORDER BY rowid DESC LIMIT 1 OFFSET ${window}`)?.id
      : db.get<{ id: number }>(sql`SELECT story_search.rowid AS id FROM story_search ${joins} WHERE ${sql.join([examined, ...filters], sql` AND `)}
          ORDER BY story_search.rowid DESC LIMIT 1 OFFSET ${window}`)?.id;
  // Capped by the window (the filters passed more than it) or by the examined matches (older ones were not looked at).
  const floor = beyond ?? unexamined;
  const capped = floor !== undefined;
  const above = sql`CAST(${floor ?? 0} AS INTEGER)`;
  const matches = capped ? sql`story_search MATCH ${match} AND story_search.rowid > ${above}` : sql`story_search MATCH ${match}`;
  // Capped, bm25 is not used: its idf counts each phrase's stories over the whole index, so it would visit every
  // match in the archive after all (35 ms for 专家人才 at 100k stories, ten times that at 1M; docs/BENCHMARKS.md).
  // The window's matches rank by where the words are instead: all in the headline (kicker, subheadline) first.
  const score = capped
    ? sql`-(story_search.rowid IN (SELECT h.rowid FROM story_search h WHERE h.story_search MATCH ${`{title} : (${match})`} AND h.rowid > ${above}))`
    : WEIGHTS;
  const where = sql.join([matches, ...filters], sql` AND `);
  // Without filters (an editor's plain search) the index alone counts and ranks: joining every match to its
  // story row costs ten times the search itself (docs/SEARCH.md, measured at 100k stories).
  const unfiltered = filters.length === 0;
  // Capped by the window, the count is the window itself (the matches above the (window + 1)th that pass the
  // filters): not counted again. Capped by the examined matches, it counts those of them that pass (no more than the window).
  const total = beyond !== undefined
    ? window
    : unfiltered
    ? (db.get<{ n: number }>(sql`SELECT count(*) AS n FROM story_search WHERE ${matches}`)?.n ?? 0)
    : (db.get<{ n: number }>(sql`SELECT count(*) AS n FROM story_search ${joins} WHERE ${where}`)?.n ?? 0);
  if (total === 0 || f.offset >= total) return { total, capped, hits: [] };
  const columns = sql`s.id, s.slug, s.kind, s.status, s.kicker, s.headline, s.subheadline, s.body,
      (SELECT json_group_array(concat_ws(' ', x.title, (SELECT group_concat(p.value, ' ') FROM json_each(x.paragraphs) p)))
         FROM sidebars x WHERE x.story_id = s.id) AS sidebars,
      e.date AS editionDate, pg.number AS pageNumber, pg.name AS pageName,
      (SELECT json_group_array(pe.name) FROM (SELECT pe.name FROM story_bylines b JOIN people pe ON pe.id = b.person_id
         WHERE b.story_id = s.id ORDER BY b.position) pe) AS bylines`;
  const rows =
    unfiltered && f.sort === "rank"
      ? db.all<Row>(sql`SELECT ${columns} FROM (SELECT rowid AS id, ${score} AS score FROM story_search WHERE ${matches}
            ORDER BY score, rowid DESC LIMIT ${f.limit} OFFSET ${f.offset}) ranked
          JOIN stories s ON s.id = ranked.id JOIN editions e ON e.id = s.edition_id LEFT JOIN pages pg ON pg.id = s.page_id
          ORDER BY ranked.score, s.id DESC`)
      : // the page's ids first, then their text: ordering the text of every match (2,000 bodies through the sorter) cost
        // a reporter's search 20–30 ms of CPU at 100k stories (docs/BENCHMARKS.md)
        db.all<Row>(sql`SELECT ${columns} FROM (SELECT s.id AS id, ${f.sort === "newest" ? sql`0` : score} AS score, e.date AS date
            FROM story_search ${joins} WHERE ${where}
            ORDER BY ${f.sort === "newest" ? sql`e.date DESC, s.id DESC` : sql`score, e.date DESC, s.id DESC`} LIMIT ${f.limit} OFFSET ${f.offset}) ranked
          JOIN stories s ON s.id = ranked.id JOIN editions e ON e.id = s.edition_id LEFT JOIN pages pg ON pg.id = s.page_id
          ORDER BY ranked.score, ranked.date DESC, s.id DESC`);
  const terms = highlightTerms(f.q);
  const hits = rows.map((r): SearchHit => {
    const text = [...(JSON.parse(r.body) as string[]), ...(r.sidebars ? (JSON.parse(r.sidebars) as string[]) : [])].join(" ");
    const title = [r.kicker, r.headline, r.subheadline].filter(Boolean).join(" ");
    return {
      id: r.id,
      slug: r.slug,
      kind: r.kind,
      status: r.status,
      editionDate: r.editionDate,
      pageNumber: r.pageNumber,
      pageName: r.pageName,
      bylines: r.bylines ? (JSON.parse(r.bylines) as string[]) : [],
      title: snippetOf(title || r.slug, terms, 200),
      snippet: snippetOf(text, terms, 100),
    };
  });
  return { total, capped, hits };
}
