import type { HighlightMessages } from "./highlight-zh-CN";

/** Words of the highlights in the story editor's text: English. */
export const highlightEn: HighlightMessages = {
  mark: "Proof",
  toMark: "Accept or reject in the proof marks",
  deleteIt: "Delete the repeat",
};
