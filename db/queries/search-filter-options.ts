import { sql } from "drizzle-orm";
import type { DbOrTx } from "../client";

/** How many of the newest editions the page-name choice is taken from (names change rarely). */
const RECENT_EDITIONS = 60;

/**
 * The choices of the search page's person and page-name filters: the byline people who have a login (the
 * staff; contributors are many and found by name in the text) and the page names of the newest editions —
 * each with the one the URL names, so a filter on someone or something older still shows in its select.
 * Both reads are bounded: the staff list, and RECENT_EDITIONS editions' pages by index.
 */
export function searchFilterOptions(db: DbOrTx, selected: { person?: number; pageName?: string }) {
  const people = db.all<{ id: number; name: string }>(
    sql`SELECT id, name FROM people WHERE user_id IS NOT NULL ${selected.person !== undefined ? sql`OR id = ${selected.person}` : sql``} ORDER BY name, id`,
  );
  const pageNames = db
    .all<{ name: string }>(
      sql`SELECT DISTINCT p.name AS name FROM pages p
        WHERE p.edition_id IN (SELECT id FROM editions ORDER BY date DESC LIMIT ${RECENT_EDITIONS}) ORDER BY p.name`,
    )
    .map((r) => r.name);
  if (selected.pageName && !pageNames.includes(selected.pageName)) pageNames.push(selected.pageName);
  return { people, pageNames };
}
