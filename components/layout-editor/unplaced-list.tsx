"use client";

import { useTranslations } from "next-intl";
import { contentTag } from "@/components/content";
import { StoryStatusBadge } from "@/components/status-badge";
import type { StoryState } from "@/lib/story-kinds";
import { STORY_DRAG_TYPE } from "./layout-canvas";

export interface UnplacedItem {
  id: number;
  headline: string | null;
  slug: string;
  status: string;
  kind: string;
  length: number;
  /** The story's text is loaded (needed to size its box). */
  ready: boolean;
}

/**
 * The edition's stories that are on no page: drag one onto the grid, or "place" it from the keyboard
 * (first free spot, then arrows). Ticked stories go to auto-layout.
 */
export function UnplacedList({
  items,
  chosen,
  readOnly,
  onToggle,
  onPlace,
  onDragStory,
  onAutoLayout,
  autoPending,
  autoUnplaced,
}: {
  items: UnplacedItem[];
  chosen: ReadonlySet<number>;
  readOnly: boolean;
  onToggle: (id: number) => void;
  onPlace: (id: number) => void;
  onDragStory: (id: number | null) => void;
  onAutoLayout: () => void;
  autoPending: boolean;
  autoUnplaced: { headline: string; reason: string }[];
}) {
  const t = useTranslations();
  return (
    <section aria-labelledby="unplaced-title" className="rounded border border-stone-300 bg-white" data-testid="unplaced-stories">
      <h2 id="unplaced-title" className="border-b border-stone-200 px-3 py-2 text-sm font-bold">
        {t("layout.unplaced")} <span className="font-normal text-stone-500">({items.length})</span>
      </h2>
      {!readOnly && <p className="px-3 pt-2 text-xs text-stone-500">{t("layout.unplacedHint")}</p>}
      {items.length === 0 ? (
        <p className="px-3 py-3 text-sm text-stone-500">{t("layout.noUnplaced")}</p>
      ) : (
        <ul className="divide-y divide-stone-100">
          {items.map((item) => {
            const title = item.headline ?? item.slug;
            return (
              <li
                key={item.id}
                draggable={!readOnly && item.ready}
                onDragStart={(e) => {
                  e.dataTransfer.setData(STORY_DRAG_TYPE, String(item.id));
                  e.dataTransfer.setData("text/plain", title);
                  e.dataTransfer.effectAllowed = "copy";
                  onDragStory(item.id);
                }}
                onDragEnd={() => onDragStory(null)}
                className={`px-3 py-2 ${!readOnly && item.ready ? "cursor-grab active:cursor-grabbing hover:bg-stone-50" : ""}`}
                data-testid="unplaced-story"
                data-story-id={item.id}
              >
                <div className="flex items-start gap-2">
                  {!readOnly && (
                    <input
                      type="checkbox"
                      className="mt-1"
                      aria-label={t("layout.chooseForAuto", { headline: title })}
                      checked={chosen.has(item.id)}
                      onChange={() => onToggle(item.id)}
                    />
                  )}
                  <div className="min-w-0 flex-1">
                    <p className="text-sm font-medium leading-snug" data-testid="unplaced-headline" data-content="">
                      {title}
                    </p>
                    <p className="mt-1 flex flex-wrap items-center gap-2 text-xs text-stone-500">
                      <StoryStatusBadge status={item.status as StoryState} />
                      <span>{t("common.zi", { n: item.length })}</span>
                    </p>
                  </div>
                  {!readOnly && (
                    <button
                      type="button"
                      disabled={!item.ready}
                      title={t("layout.placeTitle", { headline: title })}
                      onClick={() => onPlace(item.id)}
                      className="shrink-0 rounded border border-stone-400 px-2 py-0.5 text-xs hover:bg-stone-100 disabled:opacity-40"
                      data-testid="place-story"
                    >
                      {t("layout.place")}
                    </button>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {!readOnly && items.length > 0 && (
        <div className="border-t border-stone-200 px-3 py-2">
          <button
            type="button"
            onClick={onAutoLayout}
            disabled={chosen.size === 0 || autoPending}
            className="rounded border border-stone-800 bg-stone-800 px-3 py-1 text-sm text-white hover:bg-stone-700 disabled:opacity-40"
          >
            {t("layout.autoLayout")}
          </button>
          <p className="mt-1 text-xs text-stone-500">{t("layout.autoLayoutHint")}</p>
        </div>
      )}
      {autoUnplaced.length > 0 && (
        <div role="status" className="border-t border-amber-200 bg-amber-50 px-3 py-2 text-xs text-amber-900" data-testid="auto-unplaced">
          <p className="font-medium">{t("layout.autoUnplaced")}</p>
          <ul className="ml-4 list-disc">
            {autoUnplaced.map((u) => (
              <li key={u.headline}>
                {t.rich("layout.autoUnplacedItem", { headline: u.headline, reason: u.reason, content: contentTag })}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
