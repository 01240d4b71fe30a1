import type { SnapshotMessages } from "./snapshot-zh-CN";

export const snapshotEn: SnapshotMessages = {
  signNeedsProofing: "Proofreading is not finished; the page cannot be signed yet:",
  refused: "Cannot {action}:",
  dismiss: "Dismiss",
};
