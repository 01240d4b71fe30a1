"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import type { AnchorableText } from "@/lib/proofing/anchor";
import { storyKeys } from "@/lib/query-keys";
import { apiRequest } from "../api-request";
import { useLiveInterval } from "../live-updates";
import { ProofMarksList, type ProofMarkItem } from "./proof-marks-list";
import { useStoryProofMarks } from "./use-story-proof-marks";

/**
 * The story's proofreading marks in the story editor (an editor's view; the route refuses anyone else, and then the
 * panel shows nothing): accept or reject the open ones here as on the page. `text` is the story as the view has it
 * (the form's content while editing, the saved text while reading): the marks are re-anchored against it, so a mark
 * whose string moved says so and one whose string is gone shows as stale.
 */
export function StoryProofMarks({ storyId, text }: { storyId: number; text?: AnchorableText }) {
  const t = useTranslations("proof");
  const marks = useStoryProofMarks(storyId);
  const texts = useMemo(() => (text ? new Map([[storyId, text]]) : new Map<number, AnchorableText>()), [storyId, text]);
  if (marks.length === 0) return null;
  return (
    <section className="space-y-2" aria-label={t("marks")} data-testid="story-proof-marks">
      <h2 className="font-bold">{t("marks")}</h2>
      <ProofMarksList marks={marks} texts={texts} canResolve invalidate={[storyKeys.proofMarks(storyId), storyKeys.story(storyId)]} />
    </section>
  );
}

/** The page's marks in the layout editor, re-anchored against the stories on the page. */
export function PageProofMarks({ pageId, texts }: { pageId: number; texts: ReadonlyMap<number, AnchorableText> }) {
  const t = useTranslations("proof");
  const key = ["page", pageId, "proof-marks"] as const;
  const marks = useQuery({ queryKey: key, queryFn: () => apiRequest<{ marks: ProofMarkItem[] }>("GET", `/api/pages/${pageId}/proof-marks`), refetchInterval: useLiveInterval(15_000) });
  if (!marks.data || marks.data.marks.length === 0) return null;
  return (
    <section className="space-y-2 rounded border border-stone-200 bg-white p-2" aria-label={t("marks")} data-testid="layout-proof-marks">
      <h2 className="text-sm font-bold">{t("marks")}</h2>
      <ProofMarksList marks={marks.data.marks} texts={texts} canResolve invalidate={[key, ["page", pageId], ["page", pageId, "proof-rounds"]]} />
    </section>
  );
}
