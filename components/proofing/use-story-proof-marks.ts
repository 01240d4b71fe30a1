"use client";

import { useQuery } from "@tanstack/react-query";
import { storyKeys } from "@/lib/query-keys";
import { apiRequest } from "../api-request";
import { useLiveInterval } from "../live-updates";
import type { ProofMarkItem } from "./proof-marks-list";

const NONE: ProofMarkItem[] = [];

/**
 * A story's proofreading marks (GET /api/stories/:id/proof-marks, editors only: anyone else is refused and gets
 * none). One query key, so the marks panel and the editor's highlights share one request.
 */
export function useStoryProofMarks(storyId: number): ProofMarkItem[] {
  const marks = useQuery({
    queryKey: storyKeys.proofMarks(storyId),
    queryFn: () => apiRequest<{ marks: ProofMarkItem[] }>("GET", `/api/stories/${storyId}/proof-marks`),
    retry: false,
    refetchInterval: useLiveInterval(15_000),
  });
  return marks.data?.marks ?? NONE;
}
