import { sql } from "drizzle-orm";
import { indexTokens } from "@/lib/search/tokens";
import type { StoryState } from "@/lib/story-kinds";
import type { DbOrTx } from "../client";
import { storyVisibleTo, type SearchFilter } from "./search-stories";

/** How many similar stories the panel shows. */
export const SIMILAR_LIMIT = 5;
/**
 * A term found in this many stories or more is common: it says nothing about the topic and is not used. In a
 * small archive the bar is lower: a term is rare when it is in under 2% of the stories (or under 10).
 */
export const RARE_DOCS = 200;
const rareBelow = (stories: number) => Math.min(RARE_DOCS, Math.max(10, Math.ceil(stories * 0.02)));
/** The rare terms of the story whose stories are looked up and compared. */
const RARE_TERMS = 64;
/** The story's distinct terms whose frequency is probed (its title's first, then the body's in order). */
const PROBED_TERMS = 400;
/**
 * A similar story shares at least this many of the rare terms looked up, and at least this share of them: a
 * few shared bigrams are a coincidence (a place, an office), a fifth of a story's rare terms is a topic.
 */
const MIN_SHARED = 4;
const MIN_SHARED_FRACTION = 0.2;
/** The best-scoring candidates that are checked for "earlier" and visibility (one query). */
const CANDIDATES = 200;

export interface SimilarStory {
  id: number;
  headline: string | null;
  slug: string;
  status: StoryState;
  zi: number;
  editionDate: string;
  /** how many of the story's rare terms it shares */
  shared: number;
}

interface Source {
  id: number;
  kicker: string | null;
  headline: string | null;
  subheadline: string | null;
  body: string;
  sidebars: string | null;
  editionDate: string;
}

/**
 * The stories most similar to story `storyId` among those that ran before it (an earlier edition, or the same
 * edition and written before it: a smaller id) and that `user` may find by search (the same rule as
 * searchStories). Similar = sharing the story's rare terms (docs/SEARCH.md "Similar stories"): the story's
 * distinct index bigrams and words are probed for how many stories hold them (each probe stops at RARE_DOCS),
 * up to RARE_TERMS of those found in 2 to RARE_DOCS − 1 stories are kept (spread over the text), and every story holding enough of them
 * (MIN_SHARED, MIN_SHARED_FRACTION) scores the sum of their idf, log(N / docs). The work is bounded whatever the archive's size:
 * PROBED_TERMS probes of at most RARE_DOCS rows, then at most RARE_TERMS × RARE_DOCS row ids.
 * Returns null when the story does not exist or `user` may not find it.
 */
export function similarStories(db: DbOrTx, storyId: number, user: SearchFilter["user"], limit = SIMILAR_LIMIT): SimilarStory[] | null {
  const visible = storyVisibleTo(user);
  const story = db.get<Source>(sql`SELECT s.id, s.kicker, s.headline, s.subheadline, s.body, e.date AS editionDate,
      (SELECT json_group_array(concat_ws(' ', x.title, (SELECT group_concat(p.value, ' ') FROM json_each(x.paragraphs) p)))
         FROM sidebars x WHERE x.story_id = s.id) AS sidebars
    FROM stories s JOIN editions e ON e.id = s.edition_id WHERE s.id = ${storyId} ${visible ? sql`AND ${visible}` : sql``}`);
  if (!story) return null;
  const text = [
    story.kicker,
    story.headline,
    story.subheadline,
    ...(JSON.parse(story.body) as string[]),
    ...(story.sidebars ? (JSON.parse(story.sidebars) as string[]) : []),
  ]
    .filter(Boolean)
    .join("\n");
  // Bigrams and whole Latin/digit words; a Han run's final single character is in nearly every story.
  const terms = [...new Set(indexTokens(text).filter((t) => [...t].length >= 2))].slice(0, PROBED_TERMS);
  if (terms.length === 0) return [];

  const total = db.get<{ n: number }>(sql`SELECT count(*) AS n FROM stories`)?.n ?? 1;
  const below = rareBelow(total);
  const phrase = (t: string) => `{title body} : "${t.replaceAll('"', '""')}"`;
  const probe = (term: string) =>
    db.get<{ n: number }>(sql`SELECT count(*) AS n FROM (SELECT 1 FROM story_search WHERE story_search MATCH ${phrase(term)} LIMIT ${below})`)?.n ?? 0;
  const found = terms.map((term) => ({ term, docs: probe(term) })).filter((t) => t.docs >= 2 && t.docs < below);
  // More rare terms than are looked up: every k-th, so they come from the whole text, not one paragraph.
  const step = Math.max(1, found.length / RARE_TERMS);
  const rare = Array.from({ length: Math.min(RARE_TERMS, found.length) }, (_, i) => found[Math.floor(i * step)]);
  if (rare.length < MIN_SHARED) return [];

  const score = new Map<number, { score: number; shared: number }>();
  for (const t of rare) {
    const idf = Math.log(total / t.docs);
    for (const { id } of db.all<{ id: number }>(sql`SELECT rowid AS id FROM story_search WHERE story_search MATCH ${phrase(t.term)}`)) {
      if (id === storyId) continue;
      const s = score.get(id) ?? { score: 0, shared: 0 };
      s.score += idf;
      s.shared += 1;
      score.set(id, s);
    }
  }
  const ranked = [...score.entries()]
    .filter(([, s]) => s.shared >= Math.max(MIN_SHARED, Math.ceil(rare.length * MIN_SHARED_FRACTION)))
    .sort((a, b) => b[1].score - a[1].score || b[0] - a[0])
    .slice(0, CANDIDATES);
  if (ranked.length === 0) return [];

  const ids = ranked.map(([id]) => id);
  const rows = db.all<Omit<SimilarStory, "shared">>(sql`SELECT s.id, s.headline, s.slug, s.status, s.zi, e.date AS editionDate
    FROM stories s JOIN editions e ON e.id = s.edition_id
    WHERE s.id IN (${sql.join(ids.map((id) => sql`${id}`), sql`, `)})
      AND (e.date < ${story.editionDate} OR (e.date = ${story.editionDate} AND s.id < ${storyId}))
      ${visible ? sql`AND ${visible}` : sql``}`);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ranked.flatMap(([id, s]) => {
    const row = byId.get(id);
    return row ? [{ ...row, shared: s.shared }] : [];
  }).slice(0, limit);
}
