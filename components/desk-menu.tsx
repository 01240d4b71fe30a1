"use client";

import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { useNotifications } from "./notification-bell";

/**
 * The header's navigation and the user's corner (account, notifications, language, sign out). On a desktop
 * they sit in the header's row as before (`md:contents`: this wrapper is not a box); below md they fold
 * behind a 菜单 button: aria-expanded, focus moves into the menu when it opens and back to the button on
 * Esc, a click outside or opening another page closes it.
 */
export function DeskMenu({ children, notifications }: { children: ReactNode; notifications: boolean }) {
  const t = useTranslations("phone");
  const pathname = usePathname();
  // Open "at" a path: following a link closes the menu without an effect that resets it.
  const [openAt, setOpenAt] = useState<string | null>(null);
  const open = openAt === pathname;
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const id = useId();

  useEffect(() => {
    if (!open) return;
    panel.current?.querySelector<HTMLElement>("a[href], button:not([disabled])")?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape") return;
      setOpenAt(null);
      button.current?.focus();
    };
    const onPointer = (e: PointerEvent) => {
      const target = e.target as Node;
      if (!panel.current?.contains(target) && !button.current?.contains(target)) setOpenAt(null);
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("pointerdown", onPointer);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("pointerdown", onPointer);
    };
  }, [open]);

  return (
    <>
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpenAt(open ? null : pathname)}
        className="ml-auto flex items-center gap-2 rounded border border-stone-300 px-3 py-2 text-sm md:hidden"
        data-testid="desk-menu-button"
      >
        <span aria-hidden="true" className="text-base leading-none">
          {open ? "✕" : "☰"}
        </span>
        {open ? t("menuClose") : t("menu")}
        {notifications && !open && <UnreadBadge />}
      </button>
      <div
        ref={panel}
        id={id}
        data-testid="desk-menu"
        className={`${open ? "flex" : "hidden"} basis-full flex-col gap-3 whitespace-normal border-t border-stone-200 pt-3 md:contents`}
      >
        {children}
      </div>
    </>
  );
}

/** The unread count on the closed menu's button, so a phone shows that something waits without opening it. */
function UnreadBadge() {
  const t = useTranslations("phone");
  const unread = useNotifications().filter((n) => !n.readAt).length;
  if (unread === 0) return null;
  return (
    <span className="rounded-full bg-press px-1.5 text-xs text-white" data-testid="menu-unread-count" aria-label={t("menuUnread", { n: unread })}>
      {unread}
    </span>
  );
}
