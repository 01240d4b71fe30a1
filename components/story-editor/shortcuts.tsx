"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { ReasonDialog } from "@/components/reason-dialog";

/** Typing a "?" in a field is text, not a request for help. */
function inField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

/**
 * The story editor's keys: Ctrl/⌘+S saves now (never the browser's "save page" dialog), "?" outside a
 * field opens or closes the shortcuts help.
 */
export function useStoryShortcuts({ save, toggleHelp }: { save: () => void; toggleHelp: () => void }) {
  const handlers = useRef({ save, toggleHelp });
  useEffect(() => {
    handlers.current = { save, toggleHelp };
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === "s") {
        e.preventDefault();
        handlers.current.save();
      } else if (e.key === "?" && !e.ctrlKey && !e.metaKey && !inField(e.target)) {
        e.preventDefault();
        handlers.current.toggleHelp();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
}

/** The shortcuts panel (opened with "?" or the 快捷键 button), in the same accessible dialog as the confirmations. */
export function ShortcutsHelp({ onClose }: { onClose: () => void }) {
  const t = useTranslations("storyDesk");
  const rows = [
    { keys: ["Ctrl", "S"], mac: ["⌘", "S"], label: t("shortcutSave") },
    { keys: ["?"], label: t("shortcutHelp") },
    { keys: ["Esc"], label: t("shortcutClose") },
  ];
  const kbd = "rounded border border-stone-300 bg-stone-50 px-1.5 py-0.5 font-mono text-xs";
  return (
    <ReasonDialog
      text={{ title: t("shortcutsTitle"), cancel: t("close") }}
      error={null}
      pending={false}
      onCancel={onClose}
      message={
        <span className="block" data-testid="shortcuts-help">
          {rows.map((row) => (
            <span key={row.label} className="flex items-center justify-between gap-4 border-b border-stone-100 py-1.5 last:border-0">
              <span>{row.label}</span>
              <span className="flex gap-1">
                {row.keys.map((k) => (
                  <kbd key={k} className={kbd}>
                    {k}
                  </kbd>
                ))}
                {row.mac && (
                  <>
                    <span className="text-stone-400">/</span>
                    {row.mac.map((k) => (
                      <kbd key={k} className={kbd}>
                        {k}
                      </kbd>
                    ))}
                  </>
                )}
              </span>
            </span>
          ))}
        </span>
      }
    />
  );
}
