/**
 * The TanStack Query keys the desk's views read under — one definition each, so the live updates
 * (lib/live/query-refresh.ts) invalidate exactly the keys the views use.
 */
export const storyKeys = {
  story: (id: number) => ["story", id] as const,
  revisions: (id: number) => ["story", id, "revisions"] as const,
  revision: (id: number, n: number) => ["story", id, "revision", n] as const,
  comments: (id: number) => ["story", id, "comments"] as const,
  audit: (id: number) => ["story", id, "audit"] as const,
  similar: (id: number) => ["story", id, "similar"] as const,
  /** the machine check of the saved text with its dismissals (refetched with the story's other reads) */
  check: (id: number) => ["story", id, "check"] as const,
  /** the story's proofreading marks: one query for the editor's highlights and the marks panel */
  proofMarks: (id: number) => ["story", id, "proof-marks"] as const,
  /** Fetching it asks for the lease (a POST): never refetched just to look. */
  lease: (id: number) => ["story-lease", id] as const,
  staff: ["staff"] as const,
};

export const pageKeys = {
  page: (id: number) => ["page", id] as const,
  editionPages: (date: string) => ["edition-pages", date] as const,
  story: (id: number) => storyKeys.story(id),
  staff: ["staff", "assignable"] as const,
};

export const budgetKeys = {
  edition: (date: string) => ["budget", date] as const,
};

/** The machine check's word lists (GET /api/check-terms/lists, asked again with the version held). */
export const checkListKeys = {
  current: ["check-lists"] as const,
};

export const notificationKeys = {
  mine: ["notifications"] as const,
};

/** The dashboard's queues (GET /api/queues): refetched on any story, page or notification event. */
export const queueKeys = {
  mine: ["queues"] as const,
};
