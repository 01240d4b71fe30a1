import { idParam } from "../common";
import { similarStories } from "../similar-schemas";
import type { ApiRoute } from "../route-registry";

/** Issue #11, similar stories: the earlier stories sharing a story's rare words. */
export const SIMILAR_ROUTES: ApiRoute[] = [
  {
    operationId: "listSimilarStories",
    method: "GET",
    path: "/api/stories/{id}/similar",
    tag: "stories",
    summary: "The five stories most like this one among those that ran before it (shared rare words)",
    description:
      "Earlier = an earlier edition, or the same edition and written before it. Similar = sharing enough of the story's rare " +
      "index terms (docs/SEARCH.md \"Similar stories\"). The same visibility as search: a reporter does not see, and cannot ask " +
      "about, other reporters' stories still assigned, draft or returned. No story text.",
    access: "reporter",
    params: idParam,
    ok: { status: 200, description: "the similar stories, most similar first", body: similarStories },
    errors: { 404: { description: "no such story, or one the caller may not find" } },
  },
];
