import type { StoryDetail } from "@/db/queries/stories";
import { useTranslations } from "next-intl";
import { formatByline } from "@/lib/byline";
import { HighlightedText } from "@/components/highlights/highlighted-text";
import type { HighlightRange } from "@/lib/check-desk/editor-highlights";

/**
 * The story as a reader sees it: head block, □ byline, dateline run into the first paragraph, sidebars.
 * `highlights` (by place: `headline`, `body:2`, `sidebar:0:t` — lib/check-desk/editor-highlights.ts `placeKey`)
 * mark findings and proof marks in the text.
 */
export function StoryArticle({ story, highlights }: { story: StoryDetail; highlights?: ReadonlyMap<string, HighlightRange[]> }) {
  const hl = (key: string, text: string) => <HighlightedText text={text} ranges={highlights?.get(key)} />;
  const t = useTranslations("story");
  return (
    <article className="mx-auto max-w-2xl bg-paper px-10 py-8 font-serif leading-relaxed shadow-sm">
      {story.kicker && (
        <p className="text-center font-sans text-lg text-stone-700" data-testid="story-kicker" data-content="">
          {hl("kicker", story.kicker)}
        </p>
      )}
      {story.headline && (
        <h1 className="mt-1 text-center font-sans text-3xl font-bold" data-testid="story-headline" data-content="">
          {hl("headline", story.headline)}
        </h1>
      )}
      {story.subheadline && <p className="mt-1 text-center font-sans text-lg text-stone-700" data-content="">{hl("subheadline", story.subheadline)}</p>}
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
            {hl(`body:${i}`, p)}
          </p>
        ))}
      </div>
      {story.continues && (
        <p className="mt-2 text-right text-sm text-press" data-testid="story-continues">
          {t("continuesNote")}
        </p>
      )}
      {story.sidebars.map((s, n) => (
        <aside key={s.title} className="mt-6 border-2 border-stone-700 p-4" data-testid="story-sidebar" data-content="">
          <h2 className="mb-2 text-center font-sans font-bold">{hl(`sidebar:${n}:t`, s.title)}</h2>
          {s.paragraphs.map((p, i) => (
            <p key={i} className="indent-[2em] text-justify text-[15px]">
              {hl(`sidebar:${n}:${i}`, p)}
            </p>
          ))}
        </aside>
      ))}
    </article>
  );
}
