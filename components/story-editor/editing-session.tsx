"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useId, useMemo, useRef, useState } from "react";
import type { StoryForUser } from "@/db/queries/story-for-user";
import {
  contentFromFields,
  draftOnLoad,
  fieldsFromContent,
  toDraftContent,
  type DraftContent,
  type EditorFields,
  type StoredDraft,
} from "@/lib/story-draft";
import { storyZi } from "@/lib/story-zi";
import type { StoryAction } from "@/lib/workflow/story-workflow";
import { restoreRevision, saveStoryContent, storyKeys, type LockInfo } from "./api";
import { EditorForm } from "./editor-form";
import { useNewsroomTime } from "@/components/use-newsroom-time";
import { MergePanel } from "./merge-panel";
import { SAVE_STATUS_LABEL, SaveState } from "./save-state";
import { SidePanels, WorkspaceColumns } from "./side-panels";
import { draftStorage, useAutosave } from "./use-autosave";
import { ZiCount } from "./zi-count";
import { applySuggestion, formSpanOf, type FormControl } from "@/lib/check-desk/editor-spans";
import type { CheckedFinding } from "@/lib/check-desk/finding-status";
import { CheckCount, CheckPanel } from "./check-panel";
import { useStoryCheck } from "./use-story-check";
import { anchorableText, editorHighlights, findingHighlightId, markHighlightId, type HighlightRange } from "@/lib/check-desk/editor-highlights";
import { useStoryProofMarks } from "@/components/proofing/use-story-proof-marks";
import { HighlightTipLine, type HighlightItem } from "./highlight-tip";

/** The form control a finding's span is in (the test ids EditorForm gives its inputs). */
function controlTestId(control: FormControl): string {
  if (control.name === "sidebarTitle") return `sidebar-title-${control.index}`;
  if (control.name === "sidebarBody") return `sidebar-body-${control.index}`;
  return `field-${control.name}`;
}

/** What the workspace's workflow bar needs from an open editor. */
export interface SessionHandle {
  /** Flush pending autosave; a message when the transition must wait (conflict, offline, refused). */
  beforeTransition: (action: StoryAction) => Promise<string | null>;
  afterTransition: (version: number) => void;
  /** Ctrl/⌘+S: save what is typed now, without waiting for the autosave's pause. */
  saveNow: () => void;
  /** 字数 of the text in the form now. */
  zi: () => number;
}

function DraftPrompt({ draft, onRestore, onDiscard }: { draft: StoredDraft; onRestore: () => void; onDiscard: () => void }) {
  const t = useTranslations("draft");
  const time = useNewsroomTime();
  return (
    <div data-testid="draft-prompt" role="alertdialog" aria-label={t("restore")} className="flex flex-wrap items-center gap-3 rounded border border-sky-300 bg-sky-50 px-4 py-3 text-sm text-sky-900">
      <span className="flex-1">{t("found", { v: draft.baseVersion, time: time(draft.savedAt) })}</span>
      <button type="button" onClick={onRestore} className="rounded border border-sky-800 bg-sky-800 px-3 py-1 font-medium text-white hover:bg-sky-700">
        {t("restore")}
      </button>
      <button type="button" onClick={onDiscard} className="rounded border border-sky-300 bg-white px-3 py-1 hover:bg-sky-100">
        {t("discard")}
      </button>
    </div>
  );
}

/**
 * The story's form: open for editing (`leased`: this user holds the lease) or about to be — the
 * first keystroke (`onTyping`, on every change) asks for the lease, and what was typed stays in the
 * form and in the autosave while it is asked. Owns the form, autosave, the local draft
 * offer on open, the merge panel after a 409, and restore from history.
 */
export function EditingSession({
  story,
  leased,
  onTyping,
  onLeaseConflict,
  register,
  canOverride,
}: {
  story: StoryForUser;
  leased: boolean;
  onTyping: () => void;
  onLeaseConflict: (lock: LockInfo) => void;
  register: (handle: SessionHandle | null) => void;
  /** the chief: may let a block finding of the machine check through */
  canOverride: boolean;
}) {
  const t = useTranslations();
  const queryClient = useQueryClient();
  const storyId = story.id;

  // What the server had when the editor opened, and a local draft worth offering (read once, on open).
  const [opened] = useState(() => {
    const server = toDraftContent(story);
    const draft = draftStorage.read(storyId);
    const decision = draftOnLoad(draft, server);
    if (decision === "discard") draftStorage.clear(storyId);
    return { server, version: story.version, draft: decision === "offer" ? draft : null };
  });
  const [fields, setFields] = useState<EditorFields>(() => fieldsFromContent(opened.server));
  const [offeredDraft, setOfferedDraft] = useState<StoredDraft | null>(opened.draft);
  const content = useMemo(() => contentFromFields(fields), [fields]);
  const contentRef = useRef(content);
  useEffect(() => {
    contentRef.current = content;
  }, [content]);

  const save = useMutation({
    mutationFn: ({ baseVersion, content }: { baseVersion: number; content: DraftContent }) => saveStoryContent(storyId, baseVersion, content),
  });
  const onSaved = useCallback(() => {
    void queryClient.invalidateQueries({ queryKey: storyKeys.story(storyId), exact: true });
    void queryClient.invalidateQueries({ queryKey: storyKeys.revisions(storyId) });
    void queryClient.invalidateQueries({ queryKey: ["budget"] });
  }, [queryClient, storyId]);
  const autosave = useAutosave({ storyId, version: opened.version, content: opened.server, save: save.mutateAsync, onSaved, onLeaseConflict });
  const { engine, conflict } = autosave;

  // A newer server copy (restore, a transition, another tab) replaces the form only when nothing typed is pending.
  useEffect(() => {
    void queryClient.invalidateQueries({ queryKey: storyKeys.story(storyId), exact: true });
    return queryClient.getQueryCache().subscribe((event) => {
      if (event.type !== "updated" || event.action.type !== "success") return;
      const key = event.query.queryKey;
      if (key.length !== 2 || key[0] !== "story" || key[1] !== storyId) return;
      const fresh = event.query.state.data as StoryForUser | undefined;
      if (!fresh) return;
      const next = toDraftContent(fresh);
      if (engine.adoptIfClean(next, fresh.version)) setFields(fieldsFromContent(next));
    });
  }, [queryClient, storyId, engine]);

  useEffect(() => {
    register({
      beforeTransition: async (action) => {
        if (await engine.flush()) return null;
        return t("storyWorkflow.unsaved", { state: t(SAVE_STATUS_LABEL[engine.getSnapshot().status]), action: t(`storyAction.${action}`) });
      },
      afterTransition: (version) => engine.noteVersion(version),
      saveNow: () => void engine.flush(),
      zi: () => storyZi(contentRef.current),
    });
    return () => register(null);
  }, [register, engine, t]);

  function update(next: EditorFields) {
    setFields(next);
    engine.change(contentFromFields(next));
    onTyping();
  }

  async function restore(n: number): Promise<void> {
    if (!(await engine.flush())) throw new Error(t("storyWorkflow.unsaved", { state: t(SAVE_STATUS_LABEL[engine.getSnapshot().status]), action: t("history.restore") }));
    await restoreRevision(storyId, n, engine.currentVersion());
    await queryClient.invalidateQueries({ queryKey: storyKeys.story(storyId) });
  }

  function restoreDraft(draft: StoredDraft) {
    setOfferedDraft(null);
    setFields(fieldsFromContent(draft.content));
    // Based on the draft's version: if the story moved on since, the save answers 409 and the merge panel opens.
    void engine.resolve(draft.content, draft.baseVersion, draft.base);
  }

  function discardDraft() {
    draftStorage.clear(storyId);
    setOfferedDraft(null);
  }

  const length = storyZi(content);

  // 机检: the same checker as the server, on what is typed; a finding selects its span, a suggestion is an edit.
  const check = useStoryCheck(storyId, content);
  const checkListId = useId();
  const formBox = useRef<HTMLDivElement>(null);
  function showFinding(f: CheckedFinding): boolean {
    const span = formSpanOf(fields, f);
    const el = span && formBox.current?.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[data-testid="${controlTestId(span.control)}"]`);
    if (!span || !el) return false;
    el.focus();
    el.setSelectionRange(span.start, span.end);
    el.scrollIntoView({ block: "center" });
    return true;
  }
  function applyFinding(f: CheckedFinding): boolean {
    const next = applySuggestion(fields, f);
    if (!next) return false;
    update(next);
    return true;
  }

  // Highlights in the text: the open findings of the last check and the open proof marks, re-anchored against the
  // form's content now (no second check run). The marks panel reads the same query and the same text.
  const marks = useStoryProofMarks(storyId);
  const proofText = useMemo(() => anchorableText(content), [content]);
  const highlights = useMemo(() => editorHighlights(fields, content, check.findings ?? [], marks), [fields, content, check.findings, marks]);
  const highlightItems = useMemo(() => {
    const items = new Map<string, HighlightItem>();
    for (const f of check.findings ?? []) items.set(findingHighlightId(f.key), { kind: "finding", finding: f });
    for (const m of marks) items.set(markHighlightId(m.id), { kind: "mark", mark: m });
    return items;
  }, [check.findings, marks]);
  const tip = (at: HighlightRange[], placeCaret: (offset: number) => void) => (
    <HighlightTipLine
      items={at.map((r) => highlightItems.get(r.id)).filter((x): x is HighlightItem => x !== undefined)}
      onApply={(f) => {
        const span = formSpanOf(fields, f);
        if (!span || !applyFinding(f)) return;
        // The field keeps the caret, after the replaced text.
        placeCaret(span.start + (f.suggestion ?? "").length);
      }}
    />
  );

  async function saveBeforeDismiss(): Promise<string | null> {
    if (await engine.flush()) return null;
    return t("storyWorkflow.unsaved", { state: t(SAVE_STATUS_LABEL[engine.getSnapshot().status]), action: t("checkDesk.dismiss") });
  }

  return (
    <WorkspaceColumns
      main={
        <div className="rounded border border-stone-300 bg-white shadow-sm" data-testid="editor">
          <div className="sticky top-0 z-10 flex flex-wrap items-center gap-3 border-b border-stone-200 bg-white px-4 py-2">
            {leased ? (
              <span className="inline-flex items-center gap-1 rounded bg-stone-800 px-2 py-0.5 text-xs text-white" data-testid="lease-state" data-leased="true" title={t("lock.held")}>
                ✎ {t("story.editing")}
              </span>
            ) : (
              <span className="inline-flex items-center gap-1 rounded bg-stone-100 px-2 py-0.5 text-xs text-stone-600" data-testid="lease-state" data-leased="false">
                {t("storyDesk.reading")}
              </span>
            )}
            <SaveState status={autosave.status} message={autosave.message} issue={autosave.issue} />
            <ZiCount count={length} target={story.targetLength} />
            <CheckCount check={check} listId={checkListId} />
          </div>
          <div className="space-y-4 p-5" ref={formBox}>
            {offeredDraft && <DraftPrompt draft={offeredDraft} onRestore={() => restoreDraft(offeredDraft)} onDiscard={discardDraft} />}
            {conflict && (
              <MergePanel
                key={conflict.version}
                mine={content}
                conflict={conflict}
                busy={autosave.status === "saving"}
                onKeepMine={() => void engine.resolve(content, conflict.version, conflict.server)}
                onTakeServer={() => {
                  setFields(fieldsFromContent(conflict.server));
                  engine.adopt(conflict.server, conflict.version);
                }}
                onSaveMerged={(merged) => {
                  setFields(fieldsFromContent(merged));
                  void engine.resolve(merged, conflict.version, conflict.server);
                }}
              />
            )}
            {/* While a draft offer or a merge is open the form waits, so nothing typed can fall between the choices. */}
            <EditorForm fields={fields} onChange={update} disabled={offeredDraft !== null || conflict !== null} highlights={highlights.controls} tip={tip} />
          </div>
        </div>
      }
      side={
        <SidePanels
          storyId={storyId}
          onRestore={restore}
          proofText={proofText}
          check={
            <CheckPanel
              storyId={storyId}
              check={check}
              listId={checkListId}
              canDismiss={story.permissions.canEdit}
              canOverride={canOverride}
              beforeDismiss={saveBeforeDismiss}
              onShow={showFinding}
              onApply={applyFinding}
            />
          }
        />
      }
    />
  );
}
