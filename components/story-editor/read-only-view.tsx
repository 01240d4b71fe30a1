"use client";

import { useTranslations } from "next-intl";
import { useId, useMemo } from "react";
import { useStoryProofMarks } from "@/components/proofing/use-story-proof-marks";
import { anchorableText, savedTextHighlights } from "@/lib/check-desk/editor-highlights";
import type { StoryForUser } from "@/db/queries/story-for-user";
import { StoryArticle } from "@/components/story-article";
import { hasEditorialRole, type Role } from "@/lib/roles";
import { LockBanner } from "./lock-banner";
import { SidePanels, WorkspaceColumns } from "./side-panels";
import type { useStoryLease } from "./use-story-lease";
import { ZiCount } from "./zi-count";
import { CheckPanel } from "./check-panel";
import { useStoryCheck, type StoryCheckView } from "./use-story-check";

type Lease = ReturnType<typeof useStoryLease>;

/** Banner above the read view: why this user, who might edit, is not editing right now. */
function ReadOnlyNotice({
  story,
  lease,
  storyCheckedAt,
  currentUser,
  onTakeOver,
}: {
  story: StoryForUser;
  lease: Lease;
  storyCheckedAt: number;
  currentUser: { id: number; role: Role };
  onTakeOver?: () => void;
}) {
  const t = useTranslations();
  const { state } = lease;
  const othersLock = story.lock && story.lock.holderId !== currentUser.id ? story.lock : null;
  if (state.kind === "foreign" || state.kind === "lost") {
    // The story is polled more often than the lease is asked for: trust whichever answered last.
    const pollIsNewer = storyCheckedAt > lease.refusedAt;
    const holder = pollIsNewer ? othersLock : state.lock;
    const canTakeOver = hasEditorialRole(currentUser.role, "editor");
    return (
      <LockBanner
        lock={holder ?? state.lock}
        reason={holder ? "locked" : "free"}
        takenOver={state.kind === "lost"}
        onTakeOver={canTakeOver ? () => lease.takeOver() : undefined}
        onEdit={lease.acquire}
        busy={lease.takingOver}
        error={lease.takeOverError}
      />
    );
  }
  if (state.kind === "acquiring") return <p className="text-sm text-stone-500">{t("lock.acquiring")}</p>;
  if (state.kind === "error") return <p className="rounded border border-red-200 bg-red-50 px-4 py-2 text-sm text-red-800">{t("lock.error", { message: state.message })}</p>;
  if (story.frozen) return <p className="rounded border border-emerald-300 bg-emerald-50 px-4 py-2 text-sm text-emerald-900">{t("story.frozen")}</p>;
  if (othersLock) return <LockBanner lock={othersLock} reason="locked" onTakeOver={onTakeOver} busy={lease.takingOver} error={lease.takeOverError} />;
  if (!story.permissions.canEdit && currentUser.role !== "admin") {
    return <p className="text-sm text-stone-500">{t("story.cannotEdit", { status: t(`status.${story.status}`) })}</p>;
  }
  return null;
}

/** The story as printed, with the workflow buttons this user has, when they are not (or not yet) editing. */
export function ReadOnlyView({
  story,
  lease,
  storyCheckedAt,
  currentUser,
  onStartEditing,
  onTakeOver,
  resuming,
}: {
  story: StoryForUser;
  lease: Lease;
  storyCheckedAt: number;
  currentUser: { id: number; role: Role };
  /** Offered when this user may edit but is not: the story is not at their step, or they handed it on. */
  onStartEditing?: () => void;
  /** Offered to editors and the chief while someone else holds the lease (接手编辑). */
  onTakeOver?: () => void;
  /** They handed it on a moment ago (the button says 继续编辑). */
  resuming: boolean;
}) {
  const t = useTranslations();
  // The server's check of the saved text and the open proof marks, highlighted in the text as it is shown.
  const check = useStoryCheck(story.id, null);
  const marks = useStoryProofMarks(story.id);
  const text = useMemo(() => anchorableText(story), [story]);
  const highlights = useMemo(() => savedTextHighlights(text, check.findings ?? [], marks), [text, check.findings, marks]);
  return (
    <WorkspaceColumns
      main={
        <div className="space-y-3" data-testid="read-view">
          <ReadOnlyNotice story={story} lease={lease} storyCheckedAt={storyCheckedAt} currentUser={currentUser} onTakeOver={onTakeOver} />
          <div className="flex flex-wrap items-center gap-3 rounded border border-stone-300 bg-white px-4 py-2 shadow-sm">
            <span className="rounded bg-stone-100 px-2 py-0.5 text-xs text-stone-600">{t("common.readOnly")}</span>
            <ZiCount count={story.length} target={story.targetLength} />
            {onStartEditing && (
              <button
                type="button"
                data-testid="start-editing"
                onClick={onStartEditing}
                className="rounded border border-stone-800 bg-stone-800 px-3 py-1 text-sm font-medium text-white hover:bg-stone-700"
              >
                ✎ {resuming ? t("story.resume") : t("lock.edit")}
              </button>
            )}
          </div>
          <StoryArticle story={story} highlights={highlights} />
        </div>
      }
      side={<SidePanels storyId={story.id} proofText={text} check={<ReadOnlyCheck story={story} check={check} currentUser={currentUser} />} />}
    />
  );
}

/** The machine check of the saved text: dismiss (who may edit) and override (the chief) from here too — 初审 and 终审 read. */
function ReadOnlyCheck({ story, check, currentUser }: { story: StoryForUser; check: StoryCheckView; currentUser: { role: Role } }) {
  const listId = useId();
  return <CheckPanel storyId={story.id} check={check} listId={listId} canDismiss={story.permissions.canEdit} canOverride={currentUser.role === "chief"} />;
}
