import type { CSSProperties, ReactNode } from "react";
import type { EditionPage } from "@/db/queries/pages";
import { formatByline } from "@/lib/byline";
import { copyfit, DECK_TYPE, HEADLINE_TYPE, pictureLinesFor, type CopyfitStory, type HeadType } from "@/lib/copyfit/copyfit";
import { charsPerLine, type GridTemplate } from "@/lib/copyfit/grid";
import { featureCss, featureRuns } from "@/lib/copyfit/render-runs";
import type { Locale } from "@/lib/i18n/locales";
import { formatEditionDate, type Translate } from "@/lib/i18n/messages";

type Element = EditionPage["elements"][number];

/**
 * The page drawn on its grid, like the printed broadsheet. One unit (--u) is one body character (小五);
 * a base column is 13 units, the gutter 1, a line 1.554 units (490 mm ÷ 100 lines over 350 mm ÷ 111 字).
 * Every box is placed by grid column/line, so what copyfit predicts is what the browser draws.
 */
export function NewspaperPage({ page, t, locale, unitPx = 11 }: { page: EditionPage; t: Translate; locale: Locale; unitPx?: number }) {
  const grid: GridTemplate = {
    columns: page.gridColumns,
    charsPerColumn: page.charsPerColumn,
    gutterChars: page.gutterChars,
    linesPerColumn: page.linesPerColumn,
  };
  const style = {
    "--u": `${unitPx}px`,
    "--line": `calc(var(--u) * 1.554)`,
    gridTemplateColumns: `repeat(${grid.columns}, calc(var(--u) * ${grid.charsPerColumn}))`,
    gridTemplateRows: `repeat(${grid.linesPerColumn}, var(--line))`,
    columnGap: `calc(var(--u) * ${grid.gutterChars})`,
    padding: "calc(var(--u) * 3)",
  } as CSSProperties;
  return (
    <div className="overflow-x-auto">
      <div
        className="newspaper-page relative mx-auto grid w-max bg-paper font-serif text-ink shadow-[0_1px_6px_rgba(0,0,0,.25)]"
        style={style}
        data-testid="newspaper-page"
        lang="zh-CN"
      >
        {page.elements.map((el) => (
          <Box key={el.id} el={el}>
            {el.kind === "furniture" && el.label === "masthead" ? (
              <Masthead page={page} locale={locale} t={t} />
            ) : el.kind === "furniture" ? (
              <Footer el={el} page={page} t={t} />
            ) : el.kind === "ad" ? (
              <AdBox el={el} t={t} />
            ) : el.story ? (
              <StoryBox el={el} grid={grid} t={t} />
            ) : null}
          </Box>
        ))}
      </div>
    </div>
  );
}

function Box({ el, children }: { el: Element; children: ReactNode }) {
  return (
    <section
      className="relative overflow-hidden"
      style={{ gridColumn: `${el.firstColumn} / span ${el.columnSpan}`, gridRow: `${el.topLine} / span ${el.heightLines}` }}
      data-testid={`box-${el.kind}`}
      data-element-id={el.id}
    >
      {children}
    </section>
  );
}

function Masthead({ page, locale, t }: { page: EditionPage; locale: Locale; t: Translate }) {
  return (
    <div className="flex h-full items-end gap-6 border-b-[3px] border-double border-ink pb-1">
      <span className="bg-press px-4 py-1 font-sans text-[calc(var(--u)*2.6)] font-black tracking-[.3em] text-white leading-none" data-testid="page-name">
        {page.name}
      </span>
      <span className="font-sans text-[calc(var(--u)*1.3)] font-bold tracking-widest">{page.publication}</span>
      <span className="text-[calc(var(--u)*1.1)]">{formatEditionDate(page.editionDate, locale)}</span>
      <span className="ml-auto text-[calc(var(--u)*1.1)]">
        {t("page.number", { n: page.number })} · {t("page.responsibleEditor")} {page.responsibleEditor ?? t("common.none")}
      </span>
    </div>
  );
}

function Footer({ el, page, t }: { el: Element; page: EditionPage; t: Translate }) {
  const lines = (el.text ?? "").split("\n").filter(Boolean);
  const editorLine = lines.find((l) => l.includes("责任编辑"));
  const notices = lines.filter((l) => l !== editorLine && !/^\(?\d{3,4}\)?\s*[\d ]+$/.test(l));
  return (
    <div className="flex h-full items-start gap-6 border-t border-ink pt-1 text-[calc(var(--u)*0.9)] leading-[var(--line)]" data-testid="page-footer">
      <div className="flex-1">
        {notices.map((n) => (
          <p key={n}>{n}</p>
        ))}
      </div>
      <p className="font-sans font-bold" data-testid="page-responsible-editor">
        □ {t("page.responsibleEditor")} {page.responsibleEditor ?? t("common.none")}
      </p>
    </div>
  );
}

function AdBox({ el, t }: { el: Element; t: Translate }) {
  const [brand, ...rest] = (el.text ?? "").split("\n");
  return (
    <div className="flex h-full flex-col items-center justify-center gap-2 border-2 border-ink bg-white p-2 text-center font-sans" data-testid="page-ad" aria-label={t("page.ad")}>
      <p className="text-[calc(var(--u)*2.4)] font-black tracking-widest text-press">{brand}</p>
      {rest.map((line) => (
        <p key={line} className="text-[calc(var(--u)*1.3)] font-bold">
          {line}
        </p>
      ))}
    </div>
  );
}

/** Text with the font features that make the browser draw the widths the copyfit assumes. */
function SetText({ text }: { text: string }) {
  return (
    <>
      {featureRuns(text).map((run, i) => {
        const css = featureCss(run.feature);
        return css ? (
          <span key={i} style={{ fontFeatureSettings: css }}>
            {run.text}
          </span>
        ) : (
          run.text
        );
      })}
    </>
  );
}

const TYPESET: CSSProperties = { textSpacingTrim: "space-all" } as CSSProperties;

/** One head element (kicker, headline, subheadline) in its type: size in body em, lines per line. */
function HeadLine({ text, type, as: Tag = "p", bold, testId }: { text: string; type: HeadType; as?: "p" | "h2"; bold?: boolean; testId?: string }) {
  return (
    <Tag
      className={`font-sans ${bold ? "font-black" : "font-medium"}`}
      style={{ ...TYPESET, fontSize: `calc(var(--u) * ${type.em})`, lineHeight: `calc(var(--line) * ${type.lines})` }}
      data-testid={testId}
    >
      {text}
    </Tag>
  );
}

/**
 * A story or photo-news box, set exactly as lib/copyfit models it (docs/COPYFIT.md, renderer recipe):
 * picture, head block across the box, then the body in text columns on the line grid.
 */
function StoryBox({ el, grid, t }: { el: Element; grid: GridTemplate; t: Translate }) {
  const story = el.story!;
  const bylineLines = formatByline(story.bylines);
  const cf: CopyfitStory = {
    kicker: story.kicker,
    headline: story.headline,
    subheadline: story.subheadline,
    bylineLines: bylineLines.length,
    dateline: story.dateline,
    paragraphs: story.body,
    sidebars: story.sidebars,
    jumpLines: story.continues ? 1 : 0,
  };
  const pictureLines = el.kind === "photo" ? pictureLinesFor(el.heightLines) : 0;
  const setting = { columnSpan: el.columnSpan, heightLines: el.heightLines, textColumnSpan: el.textColumnSpan, headlineSize: el.headlineSize, pictureLines };
  const fit = copyfit(cf, setting, grid);
  const textColumns = Math.max(1, Math.floor(el.columnSpan / el.textColumnSpan));
  const boxChars = charsPerLine(el.columnSpan, grid);
  const bodyLines = Math.max(0, el.heightLines - fit.headLines - pictureLines);
  return (
    <div data-fit={fit.status} data-lines-needed={fit.linesNeeded} data-head-lines={fit.headLines} data-story-id={story.id} className="h-full">
      {pictureLines > 0 && (
        <div className="flex items-center justify-center bg-stone-300 font-sans text-stone-600" style={{ height: `calc(var(--line) * ${pictureLines})` }}>
          {t("page.photo")}
        </div>
      )}
      <header className="text-center" style={{ width: `calc(var(--u) * ${boxChars} + 1px)`, height: `calc(var(--line) * ${fit.headLines})` }}>
        {story.kicker && <HeadLine text={story.kicker} type={DECK_TYPE} />}
        {story.headline && <HeadLine text={story.headline} type={HEADLINE_TYPE[el.headlineSize]} as="h2" bold testId="page-headline" />}
        {story.subheadline && <HeadLine text={story.subheadline} type={DECK_TYPE} />}
        {bylineLines.length > 0 && (
          <div className="text-left font-sans font-bold" style={{ ...TYPESET, fontSize: "var(--u)", lineHeight: "var(--line)" }} data-testid="page-byline">
            {bylineLines.map((line) => (
              <p key={line}>{line}</p>
            ))}
          </div>
        )}
      </header>
      <div
        className="story-body"
        style={{
          ...TYPESET,
          fontSize: "var(--u)",
          lineHeight: "var(--line)",
          textAlign: "justify",
          lineBreak: "strict",
          wordBreak: "normal",
          overflowWrap: "anywhere",
          orphans: 1,
          widows: 1,
          columnCount: textColumns,
          columnFill: "auto",
          columnGap: "calc(var(--u) - 1px)",
          width: `calc(var(--u) * ${boxChars} + 1px)`,
          height: `calc(var(--line) * ${bodyLines})`,
        }}
      >
        {story.body.map((p, i) => (
          <p key={i} style={{ textIndent: "2em" }}>
            {i === 0 && story.dateline && (
              <>
                <b className="font-sans">{story.dateline}</b>
                {"\u3000"}
              </>
            )}
            <SetText text={p} />
          </p>
        ))}
        {story.sidebars.map((s) => (
          <div key={s.title}>
            <p className="text-center font-sans font-bold">{s.title}</p>
            {s.paragraphs.map((p, i) => (
              <p key={i} style={{ textIndent: "2em" }}>
                <SetText text={p} />
              </p>
            ))}
          </div>
        ))}
        {story.continues && <p className="text-right font-sans font-bold">（下转他版）</p>}
      </div>
      {fit.status === "over" && (
        <p className="absolute bottom-0 right-0 bg-red-600 px-1 font-sans text-[calc(var(--u)*0.8)] text-white" data-testid="overset">
          超 {fit.overLines} 行
        </p>
      )}
    </div>
  );
}
