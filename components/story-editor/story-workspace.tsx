"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useCallback, useRef, useState, type ReactNode } from "react";
import type { StoryForUser } from "@/db/queries/story-for-user";
import { Content } from "@/components/content";
import { StoryStatusBadge } from "@/components/status-badge";
import type { Locale } from "@/lib/i18n/locales";
import { formatEditionDate } from "@/lib/i18n/edition-date";
import type { Role } from "@/lib/roles";
import type { StoryAction } from "@/lib/workflow/story-workflow";
import { fetchStory, storyKeys } from "./api";
import { EditingSession, type SessionHandle } from "./editing-session";
import { formatStamp, useHydrated, useNow } from "./format";
import { ReadOnlyView } from "./read-only-view";
import { leaseOnOpen, untilLeaseEnds } from "@/lib/lease-policy";
import { useLiveInterval } from "@/components/live-updates";
import { useStoryLease } from "./use-story-lease";
import { WorkflowBar } from "./workflow-bar";

const DONE = new Set(["approved", "published", "spiked"]);
/** Transitions that pass the story to someone else: the lease is given back with it. */
const HANDOVER: ReadonlySet<StoryAction> = new Set<StoryAction>(["file", "pass", "return", "approve", "spike"]);

function StoryHeader({ story, locale, actions }: { story: StoryForUser; locale: Locale; actions: ReactNode }) {
  const t = useTranslations();
  const hydrated = useHydrated();
  const now = useNow();
  const overdue = story.deadline !== null && now > 0 && Date.parse(story.deadline) < now && !DONE.has(story.status);
  return (
    <header className="space-y-1 border-b border-stone-300 pb-3">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-stone-600">
        <Link href={`/editions/${story.editionDate}`} className="text-press hover:underline">
          ← {t("story.back")}
        </Link>
        <span>
          {t("story.edition")} {formatEditionDate(story.editionDate, locale)}
        </span>
        <span>{t(`kind.${story.kind}`)}</span>
        <span data-testid="story-status">
          <StoryStatusBadge status={story.status} />
        </span>
        {story.page ? (
          <Link href={`/editions/${story.editionDate}/pages/${story.page.number}`} className="hover:underline">
            {t("page.number", { n: story.page.number })} <Content>{story.page.name}</Content>
          </Link>
        ) : (
          <span className="text-stone-500">{t("story.noPage")}</span>
        )}
        {story.deadline && (
          <span data-testid="story-deadline" data-overdue={overdue} className={overdue ? "font-semibold text-press" : ""}>
            {t("common.deadline")} {hydrated ? formatStamp(story.deadline) : ""}
            {overdue && ` · ${t("common.overdue")}`}
          </span>
        )}
        {story.continues && <span className="rounded bg-red-50 px-2 py-0.5 text-press">{t("story.continues")}</span>}
        <span className="ml-auto font-mono text-xs text-stone-500" data-testid="story-version">
          {t("story.version", { v: story.version })}
        </span>
      </div>
      <div className="flex flex-wrap items-end gap-4">
        <h1 className="min-w-0 flex-1 font-serif text-2xl font-bold">
          <Content>{story.headline ?? story.slug}</Content>
          {story.headline && story.headline !== story.slug && (
            <span className="ml-3 align-middle font-sans text-sm font-normal text-stone-500" data-testid="story-slug" data-content="">
              {story.slug}
            </span>
          )}
        </h1>
        {actions}
      </div>
    </header>
  );
}

/**
 * One story's desk: the editor (when this user may edit and holds the lease) or the read view,
 * with the workflow buttons, history, comments and audit beside it. The story is kept live (events, or
 * polling while the stream is down), so status and lease changes by others show up without a reload.
 */
export function StoryWorkspace({
  storyId,
  initialStory,
  locale,
  currentUser,
}: {
  storyId: number;
  initialStory: StoryForUser;
  locale: Locale;
  currentUser: { id: number; name: string; role: Role };
}) {
  const poll = useLiveInterval(5_000);
  const { data: story, dataUpdatedAt: storyCheckedAt } = useQuery({
    queryKey: storyKeys.story(storyId),
    queryFn: () => fetchStory(storyId),
    initialData: initialStory,
    refetchInterval: (query) => poll || untilLeaseEnds(query.state.data?.lock, Date.now()),
  });
  // The lease is taken on open when the story is at this person's step, or when they ask (开始编辑).
  // After handing the story on (交稿, 退回, 初审…) they stop editing — so the next person is not locked
  // out by a lease left open in this tab — until they ask again or the story moves on.
  const [wantsToEdit, setWantsToEdit] = useState(false);
  const [handedOff, setHandedOff] = useState<{ status: string; version: number } | null>(null);
  const handedOver = handedOff !== null && (story.version <= handedOff.version || story.status === handedOff.status);
  const onTurn = leaseOnOpen(currentUser.role, story.status);
  const { canEdit } = story.permissions;
  const lease = useStoryLease(storyId, canEdit && !handedOver && (onTurn || wantsToEdit), { patient: onTurn && !wantsToEdit });
  const editing = lease.state.kind === "held";

  // The open editor, if any: transitions flush its autosave first and tell it the new version.
  const session = useRef<SessionHandle | null>(null);
  const registerSession = useCallback((handle: SessionHandle | null) => {
    session.current = handle;
  }, []);

  const workflow = (
    <WorkflowBar
      storyId={storyId}
      actions={story.permissions.actions}
      beforeTransition={(action) => session.current?.beforeTransition(action) ?? Promise.resolve(null)}
      onTransitioned={(result, action) => {
        session.current?.afterTransition(result.version);
        if (HANDOVER.has(action)) {
          setHandedOff(result);
          setWantsToEdit(false);
        }
      }}
    />
  );

  return (
    <div className="space-y-4" data-testid="story-workspace" data-mode={editing ? "edit" : "read"} lang={locale}>
      <StoryHeader story={story} locale={locale} actions={workflow} />
      {editing ? (
        <EditingSession key={storyId} story={story} onLeaseConflict={lease.acquire} register={registerSession} />
      ) : (
        <ReadOnlyView
          story={story}
          lease={lease}
          storyCheckedAt={storyCheckedAt}
          currentUser={currentUser}
          onStartEditing={
            canEdit && lease.state.kind === "off"
              ? () => {
                  setHandedOff(null);
                  setWantsToEdit(true);
                }
              : undefined
          }
          resuming={handedOver}
        />
      )}
    </div>
  );
}
