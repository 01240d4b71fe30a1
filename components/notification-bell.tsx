"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { notificationKeys } from "@/lib/query-keys";
import { useLiveInterval } from "./live-updates";

interface Notice {
  id: number;
  storyId: number | null;
  kind: string;
  /** Worded by the server in the reader's language. */
  text: string;
  readAt: string | null;
  createdAt: string;
}

/** In-app notifications (assigned to me, returned to me, filed to the desk, approved, taken over), kept live. */
export function NotificationBell() {
  const t = useTranslations("notify");
  const locale = useLocale();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const { data = [] } = useQuery({
    queryKey: notificationKeys.mine,
    queryFn: async (): Promise<Notice[]> => (await (await fetch("/api/notifications")).json()).notifications ?? [],
    refetchInterval: useLiveInterval(5_000),
  });
  const markRead = useMutation({
    mutationFn: () => fetch("/api/notifications", { method: "POST" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationKeys.mine }),
  });
  const unread = data.filter((n) => !n.readAt).length;
  return (
    <div className="relative">
      <button type="button" onClick={() => setOpen(!open)} className="rounded border border-stone-300 px-3 py-1 hover:bg-stone-100" aria-expanded={open}>
        {t("title")}
        {unread > 0 && (
          <span className="ml-1 rounded-full bg-press px-1.5 text-xs text-white" data-testid="unread-count">
            {unread}
          </span>
        )}
      </button>
      {open && (
        <div className="absolute right-0 z-20 mt-1 w-96 rounded border border-stone-300 bg-white shadow-lg" data-testid="notifications">
          <div className="flex items-center justify-between border-b border-stone-200 px-3 py-2 text-xs text-stone-500">
            <span>{t("title")}</span>
            <button type="button" onClick={() => markRead.mutate()} className="hover:underline">
              {t("markRead")}
            </button>
          </div>
          <ul className="max-h-96 overflow-y-auto text-sm">
            {data.length === 0 && <li className="px-3 py-4 text-stone-500">{t("none")}</li>}
            {data.map((n) => (
              <li key={n.id} className={`border-b border-stone-100 px-3 py-2 ${n.readAt ? "text-stone-500" : ""}`}>
                {n.storyId ? (
                  <Link href={`/stories/${n.storyId}`} onClick={() => setOpen(false)} className="hover:underline">
                    {n.text}
                  </Link>
                ) : (
                  n.text
                )}
                <div className="text-xs text-stone-500">{new Date(n.createdAt).toLocaleString(locale)}</div>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
