"use client";

import { useEffect, useState, useSyncExternalStore } from "react";
import { AutosaveEngine, type AutosaveEnv, type SaveFailure, type SaveFn } from "@/lib/autosave";
import { draftKey, parseDraft, serializeDraft, type DraftContent, type StoredDraft } from "@/lib/story-draft";
import { ApiError, lockOf, saveStoryContentKeepalive, staleCopyOf, type LockInfo } from "./api";

export { AutosaveEngine };
export type { AutosaveSnapshot, Conflict, SaveStatus } from "@/lib/autosave";

/** The browser's copy of unsaved text; every failure (private mode, quota) is swallowed: the page still has the text. */
export const draftStorage = {
  read(storyId: number): StoredDraft | null {
    try {
      return parseDraft(window.localStorage.getItem(draftKey(storyId)), storyId);
    } catch {
      return null;
    }
  },
  write(draft: StoredDraft): void {
    try {
      window.localStorage.setItem(draftKey(draft.storyId), serializeDraft(draft));
    } catch {
      /* storage full or blocked */
    }
  },
  clear(storyId: number): void {
    try {
      window.localStorage.removeItem(draftKey(storyId));
    } catch {
      /* blocked */
    }
  },
};

/** What a failed PATCH means to the autosave. */
function saveFailure(err: unknown): SaveFailure {
  const lock = lockOf(err);
  if (lock) return { kind: "lease", lock, message: (err as Error).message };
  const stale = staleCopyOf(err);
  if (stale) return { kind: "stale", current: stale.current, version: stale.version };
  if (err instanceof ApiError && err.isNetwork) return { kind: "network" };
  return { kind: "failed", message: err instanceof Error ? err.message : String(err), retry: err instanceof ApiError && err.status >= 500 };
}

const browserEnv: AutosaveEnv = {
  isOnline: () => navigator.onLine,
  drafts: draftStorage,
  sendKeepalive: saveStoryContentKeepalive,
  failure: saveFailure,
};

/**
 * The editor's autosave: debounced 1.5 s, local draft on every change, offline retries, 409 handling.
 * `save` is the TanStack mutation that PATCHes the story.
 */
export function useAutosave({
  storyId,
  version,
  content,
  save,
  onSaved,
  onLeaseConflict,
}: {
  storyId: number;
  version: number;
  content: DraftContent;
  save: SaveFn;
  onSaved: () => void;
  onLeaseConflict: (lock: LockInfo) => void;
}) {
  const [engine] = useState(() => new AutosaveEngine(storyId, version, content, browserEnv));
  const snapshot = useSyncExternalStore(engine.subscribe, engine.getSnapshot, engine.getSnapshot);

  useEffect(() => {
    engine.connect({ save, onSaved, onLeaseConflict });
  }, [engine, save, onSaved, onLeaseConflict]);

  useEffect(() => {
    const online = () => engine.online();
    const offline = () => engine.offline();
    const pageHide = () => engine.sendPending();
    window.addEventListener("online", online);
    window.addEventListener("offline", offline);
    window.addEventListener("pagehide", pageHide);
    if (!navigator.onLine) engine.offline();
    return () => {
      window.removeEventListener("online", online);
      window.removeEventListener("offline", offline);
      window.removeEventListener("pagehide", pageHide);
      engine.dispose();
    };
  }, [engine]);

  return { engine, ...snapshot };
}
