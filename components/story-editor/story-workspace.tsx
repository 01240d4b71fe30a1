"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useCallback, useEffect, useRef, useState, type ReactNode } from "react";
import type { StoryForUser } from "@/db/queries/story-for-user";
import { Content, contentTag } from "@/components/content";
import { StoryStatusBadge } from "@/components/status-badge";
import { useNewsroomTime } from "@/components/use-newsroom-time";
import { ReviewSheetPanel } from "@/components/review-sheet-panel";
import type { Locale } from "@/lib/i18n/locales";
import { formatEditionDate } from "@/lib/i18n/edition-date";
import { hasEditorialRole, type Role } from "@/lib/roles";
import type { StoryAction } from "@/lib/workflow/story-workflow";
import { fetchStory, receiveStory, storyKeys } from "./api";
import { EditingSession, type SessionHandle } from "./editing-session";
import { useNow } from "./format";
import { CorrectionsPanel } from "./corrections-panel";
import { ReadOnlyView } from "./read-only-view";
import { LEASE_MS, leaseOnOpen, untilLeaseEnds } from "@/lib/lease-policy";
import { useLiveInterval } from "@/components/live-updates";
import { ShortcutsHelp, useStoryShortcuts } from "./shortcuts";
import { useStoryLease } from "./use-story-lease";
import { WorkflowBar } from "./workflow-bar";

const DONE = new Set(["approved", "published", "spiked"]);
/** Transitions that pass the story to someone else: the lease is given back with it. */
const HANDOVER: ReadonlySet<StoryAction> = new Set<StoryAction>(["file", "pass", "review", "return", "approve", "spike"]);

function StoryHeader({ story, locale, actions, onHelp }: { story: StoryForUser; locale: Locale; actions: ReactNode; onHelp: () => void }) {
  const t = useTranslations();
  const time = useNewsroomTime();
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
        {story.status === "filed" && (
          <span data-testid="story-received" className={story.received ? "text-emerald-800" : "text-stone-500"}>
            {story.received
              ? t.rich("storyDesk.received", { name: story.received.name, time: time(story.received.at), content: contentTag })
              : t("storyDesk.notReceived")}
          </span>
        )}
        {story.page ? (
          <Link href={`/editions/${story.editionDate}/pages/${story.page.number}`} className="hover:underline">
            {t("page.number", { n: story.page.number })} <Content>{story.page.name}</Content>
          </Link>
        ) : (
          <span className="text-stone-500">{t("story.noPage")}</span>
        )}
        {story.deadline && (
          <span data-testid="story-deadline" data-overdue={overdue} className={overdue ? "font-semibold text-press" : ""}>
            {t("common.deadline")} {time(story.deadline, story.editionDate)}
            {overdue && ` · ${t("common.overdue")}`}
          </span>
        )}
        {story.continues && <span className="rounded bg-red-50 px-2 py-0.5 text-press">{t("story.continues")}</span>}
        <span className="ml-auto flex items-center gap-2">
          <button
            type="button"
            onClick={onHelp}
            data-testid="shortcuts-button"
            aria-keyshortcuts="?"
            className="rounded border border-stone-300 px-2 py-0.5 text-xs text-stone-600 hover:bg-stone-100"
          >
            {t("storyDesk.shortcuts")} <kbd className="font-mono">?</kbd>
          </button>
          <span className="font-mono text-xs text-stone-500" data-testid="story-version">
            {t("story.version", { v: story.revision })}
          </span>
        </span>
      </div>
      <div className="flex flex-wrap items-end gap-4">
        <h1 className="min-w-0 flex-1 break-words font-serif text-2xl font-bold">
          <Content>{story.headline ?? story.slug}</Content>
          {story.headline && story.headline !== story.slug && (
            <span className="ml-3 align-middle font-sans text-sm font-normal text-stone-500" data-testid="story-slug" data-content="">
              {story.slug}
            </span>
          )}
        </h1>
        {/* On a phone the workflow buttons sit at the bottom of the screen, under the thumb. */}
        <div className="max-sm:fixed max-sm:inset-x-0 max-sm:bottom-0 max-sm:z-30 max-sm:border-t max-sm:border-stone-300 max-sm:bg-white/95 max-sm:px-3 max-sm:py-2 max-sm:shadow-[0_-2px_6px_rgba(0,0,0,0.08)]">
          {actions}
        </div>
      </div>
    </header>
  );
}

/** What the reporter was asked for: the brief (采访要求), the target 字数 and the deadline. */
function BriefPanel({ story }: { story: StoryForUser }) {
  const t = useTranslations("storyDesk");
  const time = useNewsroomTime();
  if (!story.brief && story.targetLength === null && story.deadline === null) return null;
  return (
    <section data-testid="story-brief" aria-label={t("briefTitle")} className="rounded border border-stone-300 bg-paper px-4 py-3 text-sm">
      <div className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
        <h2 className="font-bold">{t("brief")}</h2>
        <span data-testid="story-brief-target">{story.targetLength ? t("target", { n: story.targetLength }) : t("noTarget")}</span>
        <span data-testid="story-brief-deadline">{story.deadline ? t("deadline", { time: time(story.deadline, story.editionDate) }) : t("noDeadline")}</span>
      </div>
      <p className="mt-1 whitespace-pre-wrap break-words text-stone-800" data-testid="story-brief-text">
        {story.brief ? <Content>{story.brief}</Content> : <span className="text-stone-500">{t("noBrief")}</span>}
      </p>
    </section>
  );
}

/** A returned story opens with why: who returned it, when, the reason — until it is filed again. */
function ReturnedBanner({ story }: { story: StoryForUser }) {
  const t = useTranslations("storyDesk");
  const time = useNewsroomTime();
  if (story.status !== "returned" || !story.returned) return null;
  const { by, at, reason } = story.returned;
  return (
    <section role="status" data-testid="returned-banner" className="rounded border-l-4 border-press bg-red-50 px-4 py-3 text-sm text-red-950">
      <h2 className="font-bold">{t("returnedTitle")}</h2>
      <p className="mt-1">
        {t.rich("returnedBy", { name: by, time: time(at), content: contentTag })}{" "}
        <strong className="whitespace-pre-wrap break-words" data-testid="returned-reason">
          <Content>{reason}</Content>
        </strong>
      </p>
      <p className="mt-1 text-xs text-red-900/80">{t("returnedHint")}</p>
    </section>
  );
}

/**
 * One story's desk. Opening it reads it: the editor form is offered (when the story is at this
 * person's step and they may edit) or the read view with 编辑, and no lease is taken — others see nobody
 * editing. The lease is asked for on the first keystroke (the keystroke stays in the form while it is
 * asked), 编辑 or 接手编辑; renewed while they work; given back when they leave, hand the story on, or
 * type nothing for the lease time. The story is kept live (events, or polling while the stream is down).
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
  const t = useTranslations("storyDesk");
  const queryClient = useQueryClient();
  const poll = useLiveInterval(5_000);
  const { data: story, dataUpdatedAt: storyCheckedAt } = useQuery({
    queryKey: storyKeys.story(storyId),
    queryFn: () => fetchStory(storyId),
    initialData: initialStory,
    refetchInterval: (query) => poll || untilLeaseEnds(query.state.data?.lock, Date.now()),
  });
  // Editing starts with a keystroke (or 编辑 / 接手编辑) and stops after the lease time without one.
  // After handing the story on (交稿, 退回, 初审…) they stop editing — so the next person is not locked
  // out by a lease left open in this tab — until they ask again or the story moves on.
  const [wantsToEdit, setWantsToEdit] = useState(false);
  const [idleReleased, setIdleReleased] = useState(false);
  const [handedOff, setHandedOff] = useState<{ status: string; version: number } | null>(null);
  const handedOver = handedOff !== null && (story.version <= handedOff.version || story.status === handedOff.status);
  const onTurn = leaseOnOpen(currentUser.role, story.status);
  const { canEdit } = story.permissions;
  const lease = useStoryLease(storyId, canEdit && !handedOver && wantsToEdit, { patient: onTurn });
  const editing = lease.state.kind === "held";
  const othersLock = story.lock && story.lock.holderId !== currentUser.id ? story.lock : null;
  // The form is open while editing or about to (the story at this person's step, or they asked),
  // unless someone else holds the story: then the read view says who, with 接手编辑 for the desk.
  const formOpen =
    editing ||
    (canEdit &&
      !handedOver &&
      (onTurn || wantsToEdit) &&
      (lease.state.kind === "off" ? othersLock === null : lease.state.kind === "acquiring"));

  const idleTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(idleTimer.current), []);
  const onTyping = useCallback(() => {
    setWantsToEdit(true);
    setIdleReleased(false);
    setHandedOff(null);
    clearTimeout(idleTimer.current);
    idleTimer.current = setTimeout(() => {
      setWantsToEdit(false);
      setIdleReleased(true);
    }, LEASE_MS);
  }, []);
  const startEditing = useCallback(() => {
    setHandedOff(null);
    onTyping();
  }, [onTyping]);

  // 签收: the first desk editor to open a filed story receives it (the server decides; a no-op otherwise).
  const receiving = story.status === "filed" && story.received === null && hasEditorialRole(currentUser.role, "editor");
  useEffect(() => {
    if (!receiving) return;
    void receiveStory(storyId)
      .then((r) => (r.received ? queryClient.invalidateQueries({ queryKey: storyKeys.story(storyId) }) : undefined))
      .catch(() => {});
  }, [receiving, storyId, queryClient]);

  // The open editor, if any: transitions flush its autosave first and tell it the new version.
  const session = useRef<SessionHandle | null>(null);
  const registerSession = useCallback((handle: SessionHandle | null) => {
    session.current = handle;
  }, []);
  const [help, setHelp] = useState(false);
  useStoryShortcuts({ save: () => session.current?.saveNow(), toggleHelp: () => setHelp((h) => !h) });

  const workflow = (
    <WorkflowBar
      storyId={storyId}
      choices={story.permissions.choices}
      reviewLevels={story.reviewLevels}
      length={() => ({ zi: session.current?.zi() ?? story.length, target: story.targetLength })}
      beforeTransition={(action) => session.current?.beforeTransition(action) ?? Promise.resolve(null)}
      onTransitioned={(result, action) => {
        session.current?.afterTransition(result.version);
        if (HANDOVER.has(action)) {
          setHandedOff(result);
          setWantsToEdit(false);
          clearTimeout(idleTimer.current);
        }
      }}
    />
  );

  return (
    <div className="space-y-4 max-sm:pb-24" data-testid="story-workspace" data-mode={editing ? "edit" : formOpen ? "ready" : "read"} lang={locale}>
      <StoryHeader story={story} locale={locale} actions={workflow} onHelp={() => setHelp(true)} />
      <ReturnedBanner story={story} />
      <BriefPanel story={story} />
      <ReviewSheetPanel storyId={story.id} levels={story.reviewLevels} entries={story.reviewSheet} overrides={story.checkOverrides} reference={story.editionDate} />
      {story.status === "published" && <CorrectionsPanel storyId={story.id} canCorrect={currentUser.role === "chief"} />}
      {idleReleased && !editing && (
        <p role="status" data-testid="idle-released" className="text-sm text-stone-600">
          {t("released", { minutes: Math.round(LEASE_MS / 60_000) })}
        </p>
      )}
      {formOpen ? (
        <EditingSession key={storyId} story={story} leased={editing} onTyping={onTyping} onLeaseConflict={lease.acquire} register={registerSession} canOverride={currentUser.role === "chief"} />
      ) : (
        <ReadOnlyView
          story={story}
          lease={lease}
          storyCheckedAt={storyCheckedAt}
          currentUser={currentUser}
          onStartEditing={canEdit && lease.state.kind === "off" && othersLock === null ? startEditing : undefined}
          onTakeOver={canEdit && hasEditorialRole(currentUser.role, "editor") ? () => lease.takeOver(startEditing) : undefined}
          resuming={handedOver}
        />
      )}
      {help && <ShortcutsHelp onClose={() => setHelp(false)} />}
    </div>
  );
}
