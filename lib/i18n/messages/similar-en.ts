import type { SimilarMessages } from "./similar-zh-CN";

export const similarEn: SimilarMessages = {
  title: "Similar stories",
  hint: "Earlier stories close to this one (rare words in common)",
  none: "No similar stories",
  loading: "Looking for similar stories…",
  failed: "Similar stories cannot be shown right now",
  zi: "{n} zi",
  untitled: "(no headline)",
  duplicatesTitle: "Possible duplicates",
  duplicatesHint: "These earlier stories are close to this one: make sure it is not a duplicate before filing.",
};
