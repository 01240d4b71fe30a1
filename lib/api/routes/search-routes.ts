import { searchQuery, searchResults } from "../search-schemas";
import type { ApiRoute } from "../route-registry";

/** Issue #11, search (检索): the staff's search across every edition. */
export const SEARCH_ROUTES: ApiRoute[] = [
  {
    operationId: "searchStories",
    method: "GET",
    path: "/api/search",
    tag: "stories",
    summary: "Full-text search over every edition's stories: ranked or newest first, with marked snippets and the count",
    description:
      "Kicker, headline, subheadline, body, sidebars, byline names and slug (docs/SEARCH.md). Chinese is matched by character " +
      "bigrams, so 1- to 4-character queries, names and mixed 5G / 2018年 find what contains them; words separated by spaces must all " +
      "match. A reporter does not find other reporters' stories still assigned, draft or returned. No story text beyond the snippet.",
    access: "reporter",
    query: searchQuery,
    ok: { status: 200, description: "one page of matches and the total", body: searchResults },
  },
];
