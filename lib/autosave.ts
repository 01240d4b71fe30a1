/**
 * The story editor's autosave (DESIGN.md "Stories": autosave, 409, "nothing typed is ever lost"):
 * debounced saves, a local draft on every change, offline retries, and a stale save that becomes a
 * conflict keeping the user's text. components/story-editor/use-autosave.ts drives it from React.
 */
import type { LockInfo } from "./lease-policy";
import { contentEquals, contentIssues, toDraftContent, type ContentIssue, type DraftContent, type StoredDraft } from "./story-draft";
import type { StoryText } from "./story-text";

/** Typing pauses this long before a save. */
export const DEBOUNCE_MS = 1_500;
export const OFFLINE_RETRY_MS = 5_000;
export const ERROR_RETRY_MS = 10_000;
/** Rebasing after a 409 that changed nothing but the version; more in a row means a real race, so stop. */
export const MAX_REBASES = 5;

/** dirty = typed, save pending (shown as 保存中… too); error = refused (400/403) or a server error. */
export type SaveStatus = "saved" | "dirty" | "saving" | "offline" | "conflict" | "error";

export interface Conflict {
  /** The server's content at `version`. */
  server: DraftContent;
  version: number;
  /** What the user's text was based on (for a three-way merge). */
  base: DraftContent;
}

export interface AutosaveSnapshot {
  status: SaveStatus;
  message: string | null;
  issue: ContentIssue | null;
  conflict: Conflict | null;
  version: number;
}

export type SaveFn = (vars: { baseVersion: number; content: DraftContent }) => Promise<{ version: number; revision: number | null; changed: boolean }>;

/** What a failed save means. */
export type SaveFailure =
  /** Someone else holds the lease (409 with the holder). */
  | { kind: "lease"; lock: LockInfo; message: string }
  /** The text was based on an older version (409 with the server's copy). */
  | { kind: "stale"; current: StoryText; version: number }
  /** The request did not reach the server. */
  | { kind: "network" }
  /** Refused (400/403) or a server error; `retry` for a server error worth trying again. */
  | { kind: "failed"; message: string; retry: boolean };

/** The world around the engine: the browser in the editor, fakes in tests. */
export interface AutosaveEnv {
  isOnline(): boolean;
  /** The local copy of unsaved text (failures swallowed: the page still has the text). */
  drafts: { write(draft: StoredDraft): void; clear(storyId: number): void };
  /** Last-chance save when the page goes away; not awaited. */
  sendKeepalive(storyId: number, baseVersion: number, content: DraftContent): void;
  failure(err: unknown): SaveFailure;
  now?(): Date;
}

/**
 * Autosave outside React: the version the text is based on, the server's text at that version, the
 * latest typed text, timers and the one save in flight. Saves run one at a time and always send the
 * newest text; every change is written to the local draft first, and the local draft is cleared only
 * when the server has acknowledged exactly the text in it. The browser (network state, storage, the
 * keepalive request, what an error means) comes in through `AutosaveEnv`.
 */
export class AutosaveEngine {
  private save: SaveFn = () => Promise.reject(new Error("autosave is not connected"));
  private onSaved: () => void = () => {};
  private onLeaseConflict: (lock: LockInfo) => void = () => {};

  private base: DraftContent;
  private latest: DraftContent;
  private version: number;
  private conflict: Conflict | null = null;
  private running: Promise<boolean> | null = null;
  private debounce: ReturnType<typeof setTimeout> | undefined;
  private retry: ReturnType<typeof setTimeout> | undefined;
  private snapshot: AutosaveSnapshot;
  private listeners = new Set<() => void>();

  constructor(
    private readonly storyId: number,
    version: number,
    content: DraftContent,
    private readonly env: AutosaveEnv,
  ) {
    this.version = version;
    this.base = content;
    this.latest = content;
    this.snapshot = { status: "saved", message: null, issue: null, conflict: null, version };
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = () => this.snapshot;

  /** The save call (a TanStack mutation) and what to tell the page; set again when they change. */
  connect(deps: { save: SaveFn; onSaved: () => void; onLeaseConflict: (lock: LockInfo) => void }): void {
    this.save = deps.save;
    this.onSaved = deps.onSaved;
    this.onLeaseConflict = deps.onLeaseConflict;
  }

  /** The version the next save will be based on. */
  currentVersion(): number {
    return this.version;
  }

  isClean(): boolean {
    return !this.conflict && !this.running && contentEquals(this.latest, this.base);
  }

  /** The user typed: keep the text locally at once, save it when typing pauses. */
  change(content: DraftContent): void {
    this.latest = content;
    this.persistDraft();
    if (this.conflict) return;
    clearTimeout(this.debounce);
    if (contentEquals(content, this.base) && !this.running) {
      this.set({ status: this.snapshot.status === "offline" && !this.env.isOnline() ? "offline" : "saved", message: null, issue: null });
      return;
    }
    if (this.snapshot.status !== "offline" && this.snapshot.status !== "saving") this.set({ status: "dirty", message: null, issue: null });
    this.debounce = setTimeout(() => void this.run(), DEBOUNCE_MS);
  }

  /** Save now whatever is pending; true when the server has the latest text. */
  flush(): Promise<boolean> {
    clearTimeout(this.debounce);
    return this.run();
  }

  /**
   * Continue from a decision after a conflict (keep mine, merge) or from a restored local draft:
   * `content` is based on `version`, whose server text is `base`. Saves at once.
   */
  resolve(content: DraftContent, version: number, base: DraftContent): Promise<boolean> {
    this.conflict = null;
    this.version = version;
    this.base = base;
    this.latest = content;
    this.persistDraft();
    this.set({ status: "dirty", conflict: null, message: null, version });
    return this.flush();
  }

  /** Take the server's text as ours (after "take theirs", or a newer version while nothing is pending). */
  adopt(content: DraftContent, version: number): void {
    clearTimeout(this.debounce);
    this.conflict = null;
    this.version = version;
    this.base = content;
    this.latest = content;
    this.env.drafts.clear(this.storyId);
    this.set({ status: "saved", conflict: null, message: null, issue: null, version });
  }

  /** A newer server version arrived (polling, restore); adopt it only when nothing typed is pending. */
  adoptIfClean(content: DraftContent, version: number): boolean {
    if (version <= this.version || !this.isClean()) return false;
    this.adopt(content, version);
    return true;
  }

  /** A transition moved the version without touching the text (we flushed before it). */
  noteVersion(version: number): void {
    if (version <= this.version) return;
    this.version = version;
    this.set({ version });
  }

  online(): void {
    if (this.conflict) return;
    void this.run();
  }

  offline(): void {
    if (this.conflict) return;
    this.set({ status: "offline" });
  }

  /** The page is going away: send what is pending without waiting (the local draft stays as the safety net). */
  sendPending(): void {
    clearTimeout(this.debounce);
    if (this.conflict || contentEquals(this.latest, this.base)) return;
    this.env.sendKeepalive(this.storyId, this.version, this.latest);
  }

  dispose(): void {
    clearTimeout(this.retry);
    this.retry = undefined;
    this.sendPending();
  }

  private set(patch: Partial<AutosaveSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch };
    this.listeners.forEach((l) => l());
  }

  private persistDraft(): void {
    if (contentEquals(this.latest, this.base)) {
      this.env.drafts.clear(this.storyId);
      return;
    }
    this.env.drafts.write({ storyId: this.storyId, baseVersion: this.version, base: this.base, content: this.latest, savedAt: (this.env.now?.() ?? new Date()).toISOString() });
  }

  private run(): Promise<boolean> {
    if (!this.running) {
      this.running = this.loop().finally(() => {
        this.running = null;
      });
    }
    return this.running;
  }

  private scheduleRetry(ms: number): void {
    if (this.retry) return;
    this.retry = setTimeout(() => {
      this.retry = undefined;
      if (!this.conflict) void this.run();
    }, ms);
  }

  private async loop(): Promise<boolean> {
    let rebases = 0;
    for (;;) {
      if (this.conflict) return false;
      const content = this.latest;
      if (contentEquals(content, this.base)) {
        this.set({ status: "saved", message: null, issue: null });
        return true;
      }
      const [issue] = contentIssues(content);
      if (issue) {
        this.set({ status: "error", issue, message: null });
        return false;
      }
      if (!this.env.isOnline()) {
        this.set({ status: "offline", issue: null });
        this.scheduleRetry(OFFLINE_RETRY_MS);
        return false;
      }
      this.set({ status: "saving", issue: null });
      try {
        const result = await this.save({ baseVersion: this.version, content });
        this.version = result.version;
        this.base = content;
        this.persistDraft(); // clears it when `content` is still the latest text
        this.set({ version: result.version });
        this.onSaved();
        continue;
      } catch (err) {
        const failure = this.env.failure(err);
        if (failure.kind === "lease") {
          this.set({ status: "conflict", message: failure.message });
          this.onLeaseConflict(failure.lock);
          return false;
        }
        if (failure.kind === "stale") {
          const server = toDraftContent(failure.current);
          if (rebases < MAX_REBASES && contentEquals(server, this.base)) {
            // Only the version moved (a transition, our own earlier save): nothing to merge.
            rebases += 1;
            this.version = failure.version;
            continue;
          }
          if (rebases < MAX_REBASES && contentEquals(server, content)) {
            rebases += 1;
            this.version = failure.version;
            this.base = server;
            continue;
          }
          this.conflict = { server, version: failure.version, base: this.base };
          this.set({ status: "conflict", conflict: this.conflict, message: null });
          return false;
        }
        if (failure.kind === "network") {
          this.set({ status: "offline" });
          this.scheduleRetry(OFFLINE_RETRY_MS);
          return false;
        }
        this.set({ status: "error", message: failure.message });
        if (failure.retry) this.scheduleRetry(ERROR_RETRY_MS);
        return false;
      }
    }
  }
}
