"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState, type Dispatch } from "react";
import { fetchPage, pageKeys, saveLayout, staleVersionOf, type PageDetail, type PageDetailElement } from "./api";
import { fromServer, reapplyChanges, serverIdsFor, toLayoutInput, type DraftElement } from "./draft";
import type { HistoryAction, LayoutHistory } from "./layout-history";

const AUTOSAVE_MS = 2_000;

/** Server boxes as drafts, keeping the local key of a box the editor already has (by server id). */
export function draftsKeepingKeys(local: readonly DraftElement[], server: readonly PageDetailElement[]): DraftElement[] {
  return server.map((el) => {
    const mine = local.find((l) => l.serverId === el.id);
    return mine ? { ...fromServer(el), id: mine.id } : fromServer(el);
  });
}

/** Does the draft already say what the server says (ids, places, settings)? */
function sameLayout(local: readonly DraftElement[], server: readonly PageDetailElement[]): boolean {
  if (local.length !== server.length) return false;
  return server.every((s) => {
    const l = local.find((x) => x.serverId === s.id);
    return (
      !!l &&
      l.firstColumn === s.firstColumn &&
      l.columnSpan === s.columnSpan &&
      l.topLine === s.topLine &&
      l.heightLines === s.heightLines &&
      l.textColumnSpan === s.textColumnSpan &&
      l.headlineSize === s.headlineSize &&
      l.locked === s.locked &&
      l.caption === s.caption &&
      l.storyId === s.storyId
    );
  });
}

/**
 * Keeps the layout draft and the server in step. Every save carries the version the draft is based on;
 * an explicit save and an autosave 2 s after the last change. A stale save (409 with the server's
 * version) keeps the draft and raises `conflict`; `reapply` then lays the editor's changes onto the
 * page as it is now and saves at once. When the page changes elsewhere while nothing here is unsaved,
 * the draft follows the server.
 */
export function useLayoutSync({
  pageId,
  initialPage,
  server,
  history,
  dispatch,
  readOnly,
  nameOf,
}: {
  pageId: number;
  initialPage: PageDetail;
  server: PageDetail;
  history: LayoutHistory;
  dispatch: Dispatch<HistoryAction>;
  readOnly: boolean;
  nameOf: (el: DraftElement) => string;
}) {
  const queryClient = useQueryClient();
  const [conflict, setConflict] = useState(false);
  const [failedSeq, setFailedSeq] = useState<number | null>(null);
  /** The server state the draft is based on. */
  const baseRef = useRef({ version: initialPage.version, elements: initialPage.elements.map(fromServer) });
  const historyRef = useRef(history);
  const inflight = useRef<Promise<unknown> | null>(null);
  const saveSoon = useRef(false);
  useEffect(() => {
    historyRef.current = history;
  }, [history]);
  const dirty = history.seq !== history.savedSeq;

  const save = useMutation({
    onMutate: () => queryClient.cancelQueries({ queryKey: pageKeys.page(pageId) }),
    mutationFn: (vars: { seq: number; elements: DraftElement[]; baseVersion: number }) => saveLayout(pageId, vars.baseVersion, vars.elements.map(toLayoutInput)),
    onSuccess: (page, vars) => {
      baseRef.current = { version: page.version, elements: page.elements.map(fromServer) };
      dispatch({ type: "saved", seq: vars.seq, saved: serverIdsFor(vars.elements, page.elements), serverIds: new Set(page.elements.map((e) => e.id)) });
      queryClient.setQueryData(pageKeys.page(pageId), page);
      void queryClient.invalidateQueries({ queryKey: ["edition-pages"] });
    },
    onError: (err, vars) => {
      setFailedSeq(vars.seq);
      const version = staleVersionOf(err);
      if (version !== null && version !== vars.baseVersion) setConflict(true);
    },
  });

  /** Saves what is unsaved (after a save in flight); true when the server has the draft. */
  const saveNow = useCallback(async (): Promise<boolean> => {
    if (inflight.current) await inflight.current.catch(() => undefined);
    const h = historyRef.current;
    if (h.seq === h.savedSeq) return true;
    const promise = save.mutateAsync({ seq: h.seq, elements: h.present, baseVersion: baseRef.current.version });
    inflight.current = promise;
    try {
      await promise;
      return true;
    } catch {
      return false;
    } finally {
      inflight.current = null;
    }
  }, [save]);

  useEffect(() => {
    if (!dirty || readOnly || conflict || save.isPending || failedSeq === history.seq) return;
    const delay = saveSoon.current ? 0 : AUTOSAVE_MS;
    saveSoon.current = false;
    const timer = setTimeout(() => void saveNow(), delay);
    return () => clearTimeout(timer);
  }, [dirty, readOnly, conflict, save.isPending, failedSeq, history.seq, saveNow]);

  useEffect(() => {
    // Versions only grow: a read older than what this editor last saw is ignored.
    if (server.version <= baseRef.current.version) return;
    const h = historyRef.current;
    if (h.seq !== h.savedSeq || inflight.current || conflict) return;
    baseRef.current = { version: server.version, elements: server.elements.map(fromServer) };
    if (!sameLayout(h.present, server.elements)) dispatch({ type: "adopt", elements: draftsKeepingKeys(h.present, server.elements), keepHistory: false });
  }, [server, conflict, dispatch]);

  /** "Reload and reapply my changes": returns the names of changes that no longer fit. */
  const reapply = useCallback(async (): Promise<string[]> => {
    const fresh = await queryClient.fetchQuery({ queryKey: pageKeys.page(pageId), queryFn: () => fetchPage(pageId), staleTime: 0 });
    const theirs = fresh.elements.map(fromServer);
    const { elements, dropped } = reapplyChanges(baseRef.current.elements, historyRef.current.present, theirs, fresh.grid, nameOf);
    baseRef.current = { version: fresh.version, elements: theirs };
    saveSoon.current = true;
    setConflict(false);
    dispatch({ type: "commit", elements });
    return dropped;
  }, [queryClient, pageId, nameOf, dispatch]);

  /** The server changed the page on the editor's behalf (auto-layout): the draft becomes that page. */
  const adoptSaved = useCallback(
    (page: PageDetail) => {
      baseRef.current = { version: page.version, elements: page.elements.map(fromServer) };
      dispatch({ type: "adopt", elements: draftsKeepingKeys(historyRef.current.present, page.elements), keepHistory: true });
      queryClient.setQueryData(pageKeys.page(pageId), page);
    },
    [dispatch, queryClient, pageId],
  );

  /** A write that bumped only the page's version (e.g. its 责任编辑). */
  const advanceVersion = useCallback((version: number) => {
    baseRef.current = { ...baseRef.current, version };
  }, []);

  const baseVersion = useCallback(() => baseRef.current.version, []);

  return {
    dirty,
    saving: save.isPending,
    saveError: save.error && failedSeq === history.seq && !conflict ? save.error : null,
    conflict,
    saveNow,
    reapply,
    adoptSaved,
    advanceVersion,
    baseVersion,
  };
}
