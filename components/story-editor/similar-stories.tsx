"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useId } from "react";
import { StoryStatusBadge } from "@/components/status-badge";
import type { SimilarStories as SimilarAnswer } from "@/lib/api/similar-schemas";
import { storyKeys } from "@/lib/query-keys";

async function fetchSimilar(storyId: number): Promise<SimilarAnswer> {
  const res = await fetch(`/api/stories/${storyId}/similar`);
  if (!res.ok) throw new Error(`similar: ${res.status}`);
  return res.json();
}

/** The five earlier stories most like this one (GET /api/stories/:id/similar), for the panel and the 交稿 question. */
export function useSimilarStories(storyId: number, enabled = true) {
  return useQuery({ queryKey: storyKeys.similar(storyId), queryFn: () => fetchSimilar(storyId), enabled, staleTime: 60_000 });
}

function SimilarList({ stories }: { stories: SimilarAnswer["stories"] }) {
  const t = useTranslations("similar");
  return (
    <ul className="divide-y divide-stone-100 text-sm">
      {stories.map((s) => (
        <li key={s.id} data-testid="similar-story" className="px-4 py-2">
          <Link href={`/stories/${s.id}`} className="font-medium text-stone-900 hover:text-press hover:underline" data-content="">
            {s.headline || s.slug || t("untitled")}
          </Link>
          <div className="mt-0.5 flex flex-wrap items-center gap-x-2 text-xs text-stone-600">
            <time dateTime={s.editionDate}>{s.editionDate}</time>
            <span>{t("zi", { n: s.zi })}</span>
            <StoryStatusBadge status={s.status} />
          </div>
        </li>
      ))}
    </ul>
  );
}

/** The story page's panel: headline (a link), edition date, 字数 and status of each; "没有相似的稿件" when none. */
export function SimilarStoriesPanel({ storyId }: { storyId: number }) {
  const titleId = useId();
  const t = useTranslations("similar");
  const similar = useSimilarStories(storyId);
  return (
    <section data-testid="similar" className="rounded border border-stone-300 bg-white shadow-sm" aria-labelledby={titleId} aria-busy={similar.isPending}>
      <h2 id={titleId} className="border-b border-stone-200 px-4 py-2 text-sm font-bold tracking-wide">
        {t("title")}
      </h2>
      <p className="px-4 pt-2 text-xs text-stone-600">{t("hint")}</p>
      {similar.isPending ? (
        <p className="px-4 py-2 text-sm text-stone-600">{t("loading")}</p>
      ) : similar.isError ? (
        <p role="alert" className="px-4 py-2 text-sm text-red-800">
          {t("failed")}
        </p>
      ) : similar.data.stories.length === 0 ? (
        <p data-testid="similar-none" className="px-4 py-2 text-sm text-stone-600">
          {t("none")}
        </p>
      ) : (
        <SimilarList stories={similar.data.stories} />
      )}
    </section>
  );
}

/** In the 交稿 confirmation: the earlier stories this one may duplicate; nothing when there are none. */
export function PossibleDuplicates({ storyId }: { storyId: number }) {
  const t = useTranslations("similar");
  const similar = useSimilarStories(storyId);
  if (!similar.data || similar.data.stories.length === 0) return null;
  return (
    <div data-testid="possible-duplicates" className="mb-3 rounded border border-amber-300 bg-amber-50">
      <p className="px-4 pt-2 text-sm font-bold text-amber-900">{t("duplicatesTitle")}</p>
      <p className="px-4 text-xs text-amber-900">{t("duplicatesHint")}</p>
      <SimilarList stories={similar.data.stories} />
    </div>
  );
}
