import { useTranslations } from "next-intl";
import type { PageState } from "@/lib/page-states";
import type { StoryState } from "@/lib/story-kinds";

const STORY_COLORS: Record<StoryState, string> = {
  assigned: "bg-sky-50 text-sky-800 border-sky-200",
  draft: "bg-stone-50 text-stone-700 border-stone-300",
  filed: "bg-amber-50 text-amber-800 border-amber-200",
  edited: "bg-indigo-50 text-indigo-800 border-indigo-200",
  reviewed: "bg-violet-50 text-violet-800 border-violet-200",
  approved: "bg-emerald-50 text-emerald-800 border-emerald-200",
  returned: "bg-orange-50 text-orange-800 border-orange-200",
  spiked: "bg-stone-200 text-stone-500 border-stone-300 line-through",
  published: "bg-stone-800 text-white border-stone-800",
};

const PAGE_COLORS: Record<PageState, string> = {
  planning: "bg-stone-50 text-stone-700 border-stone-300",
  layout: "bg-sky-50 text-sky-800 border-sky-200",
  submitted: "bg-amber-50 text-amber-800 border-amber-200",
  signed: "bg-emerald-50 text-emerald-800 border-emerald-200",
  released: "bg-stone-800 text-white border-stone-800",
};

export function StoryStatusBadge({ status }: { status: StoryState }) {
  const t = useTranslations("status");
  return <span className={`inline-block rounded border px-2 py-0.5 text-xs ${STORY_COLORS[status]}`}>{t(status)}</span>;
}

export function PageStateBadge({ state }: { state: PageState }) {
  const t = useTranslations("pageState");
  return <span className={`inline-block rounded border px-2 py-0.5 text-xs ${PAGE_COLORS[state]}`}>{t(state)}</span>;
}
