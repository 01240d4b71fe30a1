"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { notificationKeys } from "@/lib/query-keys";
import { useLiveInterval } from "./live-updates";
import { useNewsroomTime } from "./use-newsroom-time";

interface Notice {
  id: number;
  storyId: number | null;
  pageId: number | null;
  kind: string;
  /** Worded by the server in the reader's language. */
  text: string;
  /** The story or page it is about. */
  href: string | null;
  readAt: string | null;
  createdAt: string;
}

/** The signed-in user's notifications, kept live (one query for the bell and the phone menu's badge). */
export function useNotifications(): Notice[] {
  const { data = [] } = useQuery({
    queryKey: notificationKeys.mine,
    queryFn: async (): Promise<Notice[]> => (await (await fetch("/api/notifications")).json()).notifications ?? [],
    refetchInterval: useLiveInterval(5_000),
  });
  return data;
}

/**
 * In-app notifications (assignments, hand-overs of stories and pages, take-overs), kept live. Opening one marks it
 * read and goes to the story or page; the panel closes on Esc and on a click outside, and fits a phone's width.
 */
export function NotificationBell() {
  const t = useTranslations("notify");
  const tDesk = useTranslations("desk");
  const time = useNewsroomTime();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const data = useNotifications();
  const markRead = useMutation({
    mutationFn: () => fetch("/api/notifications", { method: "POST" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationKeys.mine }),
  });
  const markOne = useMutation({
    // keepalive: the request outlives the navigation the click starts
    mutationFn: (id: number) => fetch(`/api/notifications/${id}`, { method: "POST", keepalive: true }),
    onMutate: (id: number) => queryClient.setQueryData<Notice[]>(notificationKeys.mine, (list) => list?.map((n) => (n.id === id && !n.readAt ? { ...n, readAt: new Date().toISOString() } : n))),
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationKeys.mine }),
  });

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape") return;
      setOpen(false);
      button.current?.focus();
    };
    const onPointer = (e: PointerEvent) => {
      if (root.current && !root.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("pointerdown", onPointer);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("pointerdown", onPointer);
    };
  }, [open]);

  const unread = data.filter((n) => !n.readAt).length;
  return (
    <div className="relative" ref={root}>
      <button ref={button} type="button" onClick={() => setOpen(!open)} className="rounded border border-stone-300 px-3 py-1 hover:bg-stone-100" aria-expanded={open}>
        {t("title")}
        {unread > 0 && (
          <span className="ml-1 rounded-full bg-press px-1.5 text-xs text-white" data-testid="unread-count">
            {unread}
          </span>
        )}
      </button>
      {open && (
        <div
          className="fixed inset-x-2 top-14 z-30 max-w-[calc(100vw-1rem)] whitespace-normal rounded border border-stone-300 bg-white shadow-lg sm:absolute sm:inset-x-auto sm:right-0 sm:top-auto sm:mt-1 sm:w-96"
          data-testid="notifications"
          role="dialog"
          aria-label={t("title")}
        >
          <div className="flex items-center justify-between gap-2 border-b border-stone-200 px-3 py-2 text-xs text-stone-500">
            <span>{t("title")}</span>
            <span className="flex items-center gap-3">
              <button type="button" onClick={() => markRead.mutate()} className="py-1 hover:underline">
                {t("markRead")}
              </button>
              <button type="button" onClick={() => setOpen(false)} className="px-1 py-1 text-base leading-none hover:text-stone-900" aria-label={tDesk("notifyClose")}>
                ×
              </button>
            </span>
          </div>
          <ul className="max-h-[70vh] overflow-y-auto overflow-x-hidden text-sm sm:max-h-96">
            {data.length === 0 && <li className="px-3 py-4 text-stone-500">{t("none")}</li>}
            {data.map((n) => {
              const body = (
                <>
                  <span className="flex items-start gap-2">
                    {!n.readAt && <span className="mt-1.5 size-2 shrink-0 rounded-full bg-press" aria-hidden="true" />}
                    <span className={`min-w-0 break-words ${n.readAt ? "" : "font-bold"}`}>{n.text}</span>
                  </span>
                  <time dateTime={n.createdAt} className="mt-0.5 block text-xs font-normal text-stone-500">
                    {time(n.createdAt)}
                  </time>
                </>
              );
              return (
                <li key={n.id} className={`border-b border-stone-100 ${n.readAt ? "text-stone-500" : ""}`} data-testid="notification" data-read={n.readAt ? "true" : "false"}>
                  {n.href ? (
                    <Link
                      href={n.href}
                      onClick={() => {
                        if (!n.readAt) markOne.mutate(n.id);
                        setOpen(false);
                      }}
                      className="block px-3 py-2 hover:bg-stone-50"
                    >
                      {body}
                    </Link>
                  ) : (
                    <div className="px-3 py-2">{body}</div>
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </div>
  );
}
