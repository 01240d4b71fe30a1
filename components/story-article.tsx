import type { StoryDetail } from "@/db/queries/stories";
import { useTranslations } from "next-intl";
import { formatByline } from "@/lib/byline";

/** The story as a reader sees it: head block, □ byline, dateline run into the first paragraph, sidebars. */
export function StoryArticle({ story }: { story: StoryDetail }) {
  const t = useTranslations("story");
  return (
    <article className="mx-auto max-w-2xl bg-paper px-10 py-8 font-serif leading-relaxed shadow-sm">
      {story.kicker && (
        <p className="text-center font-sans text-lg text-stone-700" data-testid="story-kicker" data-content="">
          {story.kicker}
        </p>
      )}
      {story.headline && (
        <h1 className="mt-1 text-center font-sans text-3xl font-bold" data-testid="story-headline" data-content="">
          {story.headline}
        </h1>
      )}
      {story.subheadline && <p className="mt-1 text-center font-sans text-lg text-stone-700" data-content="">{story.subheadline}</p>}
      {story.bylines.length > 0 && (
        <div className="mt-4 text-sm" data-testid="story-byline" data-content="">
          {formatByline(story.bylines).map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      )}
      <div className="mt-4 space-y-2 text-[17px] text-justify" data-testid="story-body" data-content="">
        {story.body.map((p, i) => (
          <p key={i} className="indent-[2em]">
            {i === 0 && story.dateline && <strong className="font-sans">{story.dateline}　</strong>}
            {p}
          </p>
        ))}
      </div>
      {story.continues && (
        <p className="mt-2 text-right text-sm text-press" data-testid="story-continues">
          {t("continuesNote")}
        </p>
      )}
      {story.sidebars.map((s) => (
        <aside key={s.title} className="mt-6 border-2 border-stone-700 p-4" data-testid="story-sidebar" data-content="">
          <h2 className="mb-2 text-center font-sans font-bold">{s.title}</h2>
          {s.paragraphs.map((p, i) => (
            <p key={i} className="indent-[2em] text-justify text-[15px]">
              {p}
            </p>
          ))}
        </aside>
      ))}
    </article>
  );
}
