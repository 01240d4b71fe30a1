"use client";

import type { ReactNode } from "react";
import type { AnchorableText } from "@/lib/proofing/anchor";
import { AuditList } from "./audit-list";
import { CommentsPanel } from "./comments-panel";
import { HistoryPanel } from "./history-panel";
import { SimilarStoriesPanel } from "./similar-stories";
import { StoryProofMarks } from "../proofing/story-proof-marks";

/** Editor or read view on the left (about two thirds), history / comments / audit / similar stories on the right. */
export function WorkspaceColumns({ main, side }: { main: ReactNode; side: ReactNode }) {
  return (
    <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(20rem,1fr)]">
      <div className="min-w-0">{main}</div>
      <aside className="min-w-0 space-y-4 lg:sticky lg:top-4">{side}</aside>
    </div>
  );
}

/** `proofText`: the story text the proof marks are re-anchored against (the form's while editing, the saved one while reading). */
export function SidePanels({ storyId, onRestore, check, proofText }: { storyId: number; onRestore?: (n: number) => Promise<void>; check?: ReactNode; proofText?: AnchorableText }) {
  return (
    <>
      {check}
      <StoryProofMarks storyId={storyId} text={proofText} />
      <HistoryPanel storyId={storyId} onRestore={onRestore} />
      <CommentsPanel storyId={storyId} />
      <AuditList storyId={storyId} />
      <SimilarStoriesPanel storyId={storyId} />
    </>
  );
}
