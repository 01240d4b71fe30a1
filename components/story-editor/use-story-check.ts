"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useMemo, useState } from "react";
import { apiRequest } from "@/components/api-request";
import { useLiveInterval } from "@/components/live-updates";
import { checkFields, storyCheckFields, type CheckTerm, type StoryCheckInput } from "@/lib/check";
import { compiledListsFor } from "@/lib/check-desk/compiled-lists";
import { countFindings, sortFindings, withDismissals, type CheckCounts, type CheckedFinding } from "@/lib/check-desk/finding-status";
import type { CheckDismissalKind } from "@/lib/check-desk/dismissal-kinds";
import { checkListKeys, storyKeys } from "@/lib/query-keys";

export interface CheckDismissalView {
  key: string;
  kind: CheckDismissalKind;
  reason: string;
  by: string;
  at: string;
}

interface StoryCheckAnswer {
  storyVersion: number;
  listsVersion: string;
  findings: CheckedFinding[];
  dismissals: CheckDismissalView[];
}

export interface StoryCheckView {
  /** null until the lists (editing) or the server's check (reading) are in */
  findings: CheckedFinding[] | null;
  counts: CheckCounts | null;
  dismissal: (key: string) => CheckDismissalView | undefined;
}

/** How long typing pauses before the text is checked again. */
const CHECK_DEBOUNCE_MS = 300;

interface CheckLists {
  version: number;
  terms: CheckTerm[];
}

/**
 * The word lists (GET /api/check-terms/lists), compiled once per version (for the page): asked again with the version held, the
 * server answers `terms: null` while they are unchanged and the lists held are kept.
 */
function useCompiledLists(enabled: boolean) {
  const queryClient = useQueryClient();
  const lists = useQuery({
    queryKey: checkListKeys.current,
    queryFn: async (): Promise<CheckLists> => {
      const held = queryClient.getQueryData<CheckLists>(checkListKeys.current);
      const answer = await apiRequest<{ version: number; terms: CheckTerm[] | null }>("GET", `/api/check-terms/lists${held ? `?known=${held.version}` : ""}`);
      return answer.terms === null && held ? held : { version: answer.version, terms: answer.terms ?? [] };
    },
    staleTime: 60_000,
    enabled,
  });
  // once per lists version for the whole page, not per editor mounted (lib/check-desk/compiled-lists.ts)
  return useMemo(() => (lists.data ? compiledListsFor(lists.data) : null), [lists.data]);
}

/**
 * The machine check of a story in the desk: while editing (`text` given) the same pure checker as the server
 * runs here on what is typed, debounced; while reading, the server's check of the saved text. Either way the
 * dismissals and overrides recorded on the server decide each finding's status.
 */
export function useStoryCheck(storyId: number, text: StoryCheckInput | null): StoryCheckView {
  const editing = text !== null;
  const server = useQuery({
    queryKey: storyKeys.check(storyId),
    queryFn: () => apiRequest<StoryCheckAnswer>("GET", `/api/stories/${storyId}/check`),
    refetchInterval: useLiveInterval(15_000),
  });
  const lists = useCompiledLists(editing);
  const [checked, setChecked] = useState(text);
  useEffect(() => {
    const timer = setTimeout(() => setChecked(text), CHECK_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);
  const live = useMemo(() => (lists && checked ? checkFields(storyCheckFields(checked), lists) : null), [lists, checked]);

  return useMemo(() => {
    const dismissals = server.data?.dismissals ?? [];
    const byKey = new Map(dismissals.map((d) => [d.key, d]));
    const raw = editing ? live : (server.data?.findings ?? null);
    const findings = raw ? sortFindings(withDismissals(raw, dismissals)) : null;
    return { findings, counts: findings ? countFindings(findings) : null, dismissal: (key: string) => byKey.get(key) };
  }, [editing, live, server.data]);
}
