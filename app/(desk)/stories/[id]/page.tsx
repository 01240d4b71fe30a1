import Link from "next/link";
import { notFound } from "next/navigation";
import { StoryArticle } from "@/components/story-article";
import { StoryStatusBadge } from "@/components/status-badge";
import { requireUser } from "@/app/_server/session";
import { getDb } from "@/db/client";
import { getStoryById } from "@/db/queries/stories";
import { translator } from "@/lib/i18n/messages";
import { idParam } from "@/app/_server/schemas";

export const dynamic = "force-dynamic";

export default async function StoryPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser("reporter");
  const parsed = idParam.safeParse(await params);
  if (!parsed.success) notFound();
  const story = getStoryById(getDb(), { id: parsed.data.id });
  if (!story) notFound();
  const t = translator(user.locale);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-4 text-sm">
        <Link href={`/editions/${story.editionDate}`} className="text-press hover:underline">
          ← {t("story.back")}
        </Link>
        <span>
          {t(`kind.${story.kind}`)} · {t("story.status")} <StoryStatusBadge status={story.status} t={t} />
        </span>
        <span>
          {t("story.length")} <strong data-testid="story-length">{story.length}</strong> 字
        </span>
        {story.page && (
          <Link href={`/editions/${story.editionDate}/pages/${story.page.number}`} className="hover:underline">
            {t("story.page")}：{t("page.number", { n: story.page.number })} {story.page.name}
          </Link>
        )}
        {story.continues && <span className="rounded bg-red-50 px-2 py-0.5 text-press">{t("story.continues")}</span>}
      </div>
      <StoryArticle story={story} t={t} />
    </div>
  );
}
