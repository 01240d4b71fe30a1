import { useTranslations } from "next-intl";
import type { CSSProperties, HTMLAttributes, ReactNode } from "react";
import { formatByline } from "@/lib/byline";
import { breakParagraphRanges } from "@/lib/copyfit/break-lines";
import {
  DECK_TYPE,
  HEAD_LEADING,
  HEADLINE_TYPE,
  LINE_PITCH,
  headElementGridLines,
  headElementText,
  type CopyfitResult,
  type HeadType,
} from "@/lib/copyfit/copyfit";
import { setStory } from "@/lib/copyfit/set-story";
import { charsPerLine, type GridTemplate } from "@/lib/copyfit/grid";
import { featureCss, featureRuns } from "@/lib/copyfit/render-runs";
import type { Locale } from "@/lib/i18n/locales";
import { formatEditionDate } from "@/lib/i18n/edition-date";
import type { SheetElement, SheetPage, SheetStory } from "@/lib/page-sheet";
import { Content } from "./content";
import { useFitLabel } from "./use-fit-label";

// What the renderer draws (lib/page-sheet.ts): the page as GET /api/pages/:id answers it.
export type { SheetElement, SheetPage, SheetStory };

/** Which fit marks a story box shows: none (proof, thumbnails), overset only (page view), all (layout editor). */
export type FitMarks = "none" | "overset" | "all";

/** A line is 1.554 units: 490 mm ÷ 100 lines over 350 mm ÷ 111 字 (the broadsheet type area). */
export const LINE_UNITS = LINE_PITCH;
/** White margin around the sheet on screen, in units. */
export const SHEET_PADDING_UNITS = 3;

/** Width and height of the type area in units (one unit = one body 字). */
export function typeAreaUnits(grid: GridTemplate): { width: number; height: number } {
  return { width: charsPerLine(grid.columns, grid), height: grid.linesPerColumn * LINE_UNITS };
}

/** The CSS grid of a page: unit --u (one body 字), line --line, base columns and gutters. */
export function sheetStyle(grid: GridTemplate, unit: string, padded: boolean): CSSProperties {
  return {
    "--u": unit,
    "--line": `calc(var(--u) * ${LINE_UNITS})`,
    gridTemplateColumns: `repeat(${grid.columns}, calc(var(--u) * ${grid.charsPerColumn}))`,
    gridTemplateRows: `repeat(${grid.linesPerColumn}, var(--line))`,
    columnGap: `calc(var(--u) * ${grid.gutterChars})`,
    padding: padded ? `calc(var(--u) * ${SHEET_PADDING_UNITS})` : 0,
  } as CSSProperties;
}

/** Where a box sits on the page grid (1-based columns and lines). */
export function boxGridStyle(el: Pick<SheetElement, "firstColumn" | "columnSpan" | "topLine" | "heightLines">): CSSProperties {
  return { gridColumn: `${el.firstColumn} / span ${el.columnSpan}`, gridRow: `${el.topLine} / span ${el.heightLines}` };
}

// ── The page ───────────────────────────────────────────────────────────────

/**
 * The page drawn on its grid, like the printed broadsheet. One unit (--u) is one body character (小五);
 * a base column is 13 units, the gutter 1, a line 1.554 units. Every box is placed by grid column/line
 * and set as lib/copyfit models it (docs/COPYFIT.md, "Renderer recipe"), so what copyfit predicts is
 * what the browser draws. Used by the page view, the proof, and (scaled) the flatplan thumbnails;
 * the layout editor draws its own interactive boxes around `ElementContent`.
 */
export function NewspaperPage({
  page,
  locale,
  unit = "11px",
  padded = true,
  fitMarks = "overset",
  className = "",
  proofAnchors = false,
}: {
  page: SheetPage;
  locale: Locale;
  /** 三校: mark each story text with where it is in the story (data-proof-*), so a selection maps to a mark's anchor. */
  proofAnchors?: boolean;
  /** CSS length of one body character: "11px" on screen, "calc(350mm / 111)" in the proof. */
  unit?: string;
  padded?: boolean;
  fitMarks?: FitMarks;
  className?: string;
}) {
  return (
    <PageSheet grid={page.grid} unit={unit} padded={padded} className={className}>
      {page.elements.map((el) => (
        <section
          key={el.id}
          className="relative overflow-hidden"
          style={boxGridStyle(el)}
          data-testid={`box-${el.kind}`}
          data-element-id={el.id}
        >
          <ElementContent el={el} page={page} locale={locale} fitMarks={fitMarks} proofAnchors={proofAnchors} />
        </section>
      ))}
    </PageSheet>
  );
}

/** The sheet: paper, CJK serif, the grid. Children are boxes placed with `boxGridStyle`. */
export function PageSheet({
  grid,
  unit,
  padded,
  className = "",
  children,
  ...rest
}: {
  grid: GridTemplate;
  unit: string;
  padded: boolean;
  className?: string;
  children: ReactNode;
} & Omit<HTMLAttributes<HTMLDivElement>, "className" | "children" | "style">) {
  return (
    <div
      className={`newspaper-page relative grid w-max bg-paper font-serif text-ink ${className}`}
      style={sheetStyle(grid, unit, padded)}
      data-testid="newspaper-page"
      lang="zh-CN"
      {...rest}
    >
      {children}
    </div>
  );
}

/**
 * A page scaled down for the flatplan: the boxes where the page has them, each story box with its headline
 * (set as on the page) and its body drawn as ruled lines in its text columns, not the text itself — at
 * 216 px a body line is a grey stroke either way, and sixteen full pages of text made the flatplan 1.8 MB
 * of HTML. `width` is the thumbnail's width in px; the sheet is the full-size grid under a CSS transform.
 */
export function PageThumbnail({ page, locale, width }: { page: SheetPage; locale: Locale; width: number }) {
  const unitPx = 11;
  const area = typeAreaUnits(page.grid);
  const fullWidth = (area.width + 2 * SHEET_PADDING_UNITS) * unitPx;
  const fullHeight = (area.height + 2 * SHEET_PADDING_UNITS) * unitPx;
  const scale = width / fullWidth;
  return (
    <div className="overflow-hidden bg-paper shadow-[0_1px_4px_rgba(0,0,0,.3)]" style={{ width, height: Math.ceil(fullHeight * scale) }} aria-hidden="true">
      <div style={{ transform: `scale(${scale})`, transformOrigin: "0 0", width: fullWidth }}>
        <PageSheet grid={page.grid} unit={`${unitPx}px`} padded>
          {page.elements.map((el) => (
            <div key={el.id} className="relative overflow-hidden" style={boxGridStyle(el)} data-testid={`thumb-${el.kind}`}>
              {el.story ? <StorySketch el={el} grid={page.grid} /> : <ElementContent el={el} page={page} locale={locale} fitMarks="none" />}
            </div>
          ))}
        </PageSheet>
      </div>
    </div>
  );
}

function StorySketch({ el, grid }: { el: SheetElement; grid: GridTemplate }) {
  const story = el.story!;
  const box = setStory(story, el, grid);
  const columnChars = (charsPerLine(el.columnSpan, grid) - (box.textColumns - 1)) / box.textColumns;
  return (
    <div className={`flex h-full flex-col ${box.fit.status === "over" ? "outline outline-[6px] -outline-offset-[6px] outline-red-600" : ""}`}>
      {box.pictureLines > 0 && <PicturePlaceholder lines={box.pictureLines} label="" />}
      {box.headLines > 0 && story.headline && (
        <div className="flex items-center justify-center overflow-hidden text-center" style={{ height: `calc(var(--line) * ${box.headLines})` }} data-content="">
          <HeadLine text={story.headline} type={HEADLINE_TYPE[el.headlineSize]} boxChars={charsPerLine(el.columnSpan, grid)} bold />
        </div>
      )}
      <div className="flex min-h-0 flex-1 gap-[var(--u)]">
        {Array.from({ length: box.textColumns }, (_, i) => (
          <div key={i} className="ruled-lines" style={{ width: `calc(var(--u) * ${columnChars})`, height: `calc(var(--line) * ${box.bodyRows})` }} />
        ))}
      </div>
    </div>
  );
}

/** What a box holds: masthead strip, footer, ad, photo box or story box. */
export function ElementContent({ el, page, locale, fitMarks, proofAnchors = false }: { el: SheetElement; page: SheetPage; locale: Locale; fitMarks: FitMarks; proofAnchors?: boolean }) {
  if (el.kind === "furniture") return el.label === "masthead" ? <Masthead page={page} locale={locale} /> : <Footer el={el} page={page} />;
  if (el.kind === "ad") return <AdBox el={el} />;
  if (el.story) return <StoryBox el={el} grid={page.grid} fitMarks={fitMarks} proofAnchors={proofAnchors} />;
  if (el.kind === "photo") return <PhotoBox el={el} grid={page.grid} />;
  return <div className="h-full border border-dashed border-stone-400" />;
}

function Masthead({ page, locale }: { page: SheetPage; locale: Locale }) {
  const t = useTranslations();
  return (
    <div className="flex h-full items-end gap-6 border-b-[3px] border-double border-ink pb-1">
      <span className="bg-press px-4 py-1 font-sans text-[calc(var(--u)*2.6)] font-black tracking-[.3em] text-white leading-none" data-testid="page-name" data-content="">
        {page.name}
      </span>
      <span className="font-sans text-[calc(var(--u)*1.3)] font-bold tracking-widest" data-content="">
        {page.publication}
      </span>
      <span className="text-[calc(var(--u)*1.1)]">{formatEditionDate(page.editionDate, locale)}</span>
      <span className="ml-auto text-[calc(var(--u)*1.1)]">
        {t("page.number", { n: page.number })} · {t("page.responsibleEditor")} {page.responsibleEditor ? <Content>{page.responsibleEditor}</Content> : t("common.none")}
      </span>
    </div>
  );
}

function Footer({ el, page }: { el: SheetElement; page: SheetPage }) {
  const t = useTranslations();
  const lines = (el.text ?? "").split("\n").filter(Boolean);
  const editorLine = lines.find((l) => l.includes("责任编辑"));
  const notices = lines.filter((l) => l !== editorLine && !/^\(?\d{3,4}\)?\s*[\d ]+$/.test(l));
  return (
    <div className="flex h-full items-start gap-6 border-t border-ink pt-1 text-[calc(var(--u)*0.9)] leading-[var(--line)]" data-testid="page-footer">
      <div className="flex-1" data-content="">
        {notices.map((n) => (
          <p key={n}>{n}</p>
        ))}
      </div>
      <p className="font-sans font-bold" data-testid="page-responsible-editor">
        □ {t("page.responsibleEditor")} {page.responsibleEditor ? <Content>{page.responsibleEditor}</Content> : t("common.none")}
      </p>
    </div>
  );
}

function AdBox({ el }: { el: SheetElement }) {
  const t = useTranslations("page");
  const [brand, ...rest] = (el.text ?? "").split("\n");
  return (
    <div
      className="flex h-full flex-col items-center justify-center gap-2 border-2 border-ink bg-white p-2 text-center font-sans"
      data-testid="page-ad"
      data-content=""
      aria-label={t("ad")}
    >
      <p className="text-[calc(var(--u)*2.4)] font-black tracking-widest text-press">{brand}</p>
      {rest.map((line) => (
        <p key={line} className="text-[calc(var(--u)*1.3)] font-bold">
          {line}
        </p>
      ))}
    </div>
  );
}

/** Where a picture goes: a hatched area, as on a page dummy. */
function PicturePlaceholder({ lines, label }: { lines: number | null; label: string }) {
  return (
    <div
      className="flex items-center justify-center font-sans text-[calc(var(--u)*1.2)] tracking-[.5em] text-stone-600"
      style={{
        height: lines === null ? "100%" : `calc(var(--line) * ${lines})`,
        background: "repeating-linear-gradient(135deg, #d6d3cd 0 6px, #e4e1db 6px 12px)",
      }}
      data-testid="page-picture"
    >
      {label}
    </div>
  );
}

/** A photo box without a story: the picture, then its caption (sans, one body line a line). */
function PhotoBox({ el, grid }: { el: SheetElement; grid: GridTemplate }) {
  const t = useTranslations("page");
  const width = charsPerLine(el.columnSpan, grid);
  const caption = el.caption?.trim() ?? "";
  const captionLines = caption ? Math.max(1, breakParagraphRanges(caption, width, { indent: 0 }).length) : 0;
  return (
    <div className="flex h-full flex-col" data-testid="page-photo-box">
      <PicturePlaceholder lines={Math.max(0, el.heightLines - captionLines)} label={t("photo")} />
      {caption && (
        <p className="font-sans" style={{ ...TYPESET, fontSize: "var(--u)", lineHeight: "var(--line)", width: `calc(var(--u) * ${width} + 1px)` }} data-testid="page-caption" data-content="">
          <SetText text={caption} />
        </p>
      )}
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

/**
 * One head element (kicker, headline, subheadline): the lines lib/copyfit/headline-break.ts sets (no word split,
 * no lone character, balanced), each drawn as its own unbreakable line so the browser cannot re-break them,
 * spaced HEAD_LEADING × the type size and centred in the grid lines the copyfit gives the element.
 */
function HeadLine({
  text,
  type,
  boxChars,
  as: Tag = "p",
  bold,
  testId,
  anchor,
}: {
  text: string;
  type: HeadType;
  boxChars: number;
  as?: "p" | "h2";
  bold?: boolean;
  testId?: string;
  /** proof anchors (data-proof-*) of the head field */
  anchor?: Record<string, string | number>;
}) {
  const lines = headElementText(text, type, boxChars);
  return (
    <Tag
      className={`flex flex-col justify-center font-sans ${bold ? "font-black" : "font-medium"}`}
      style={{
        ...TYPESET,
        fontSize: `calc(var(--u) * ${type.em})`,
        lineHeight: HEAD_LEADING,
        height: `calc(var(--line) * ${headElementGridLines(lines.length, type)})`,
      }}
      data-testid={testId}
      data-head-lines={lines.length}
      {...anchor}
    >
      {lines.map((line, i) => (
        <span key={i} className="block whitespace-nowrap" data-head-line="">
          <SetText text={line} />
        </span>
      ))}
    </Tag>
  );
}

/** "合适" / "超 n 行（约 m 字）" / "缺 n 行" for a fit, in the reader's language (components/use-fit-label.ts). */
export { useFitLabel };

const FIT_COLORS: Record<CopyfitResult["status"], string> = {
  fits: "bg-emerald-700 text-white",
  over: "bg-red-600 text-white",
  short: "bg-amber-400 text-stone-900",
};

/**
 * A story or photo-news box, set exactly as lib/copyfit models it (docs/COPYFIT.md, renderer recipe):
 * picture, head block across the box, then the body in text columns on the line grid. Each body
 * block is one <p> in .story-body, so a test can count the lines the browser draws.
 */
/** The data-proof-* attributes of one text of a story (components/proofing reads them back from a selection). */
function proofAnchor(on: boolean, storyId: number, field: string, paragraph = 0, start = 0): Record<string, string | number> | undefined {
  return on ? { "data-proof-story": storyId, "data-proof-field": field, "data-proof-paragraph": paragraph, "data-proof-start": start } : undefined;
}

function StoryBox({ el, grid, fitMarks, proofAnchors }: { el: SheetElement; grid: GridTemplate; fitMarks: FitMarks; proofAnchors: boolean }) {
  const story = el.story!;
  const box = setStory(story, el, grid);
  const { fit } = box;
  const bylineLines = formatByline(story.bylines);
  const boxChars = charsPerLine(el.columnSpan, grid);
  const t = useTranslations();
  const fitWords = useFitLabel();
  const fitLabel = (f: CopyfitResult) => fitWords.label(f, el, grid);
  const overflowTitle = box.overflowWords ? t("fit.overflowAt", { words: box.overflowWords }) : undefined;
  return (
    <div
      className="h-full"
      data-testid="page-story-box"
      data-fit={fit.status}
      data-lines-needed={fit.linesNeeded}
      data-lines-available={fit.linesAvailable}
      data-over-lines={fit.overLines}
      data-head-lines={box.headLines}
      data-body-lines={box.bodyLines}
      data-body-rows={box.bodyRows}
      data-text-columns={box.textColumns}
      data-story-id={story.id}
    >
      {box.pictureLines > 0 && <PicturePlaceholder lines={box.pictureLines} label={t("page.photo")} />}
      {box.headLines > 0 && (
        <header className="text-center" data-content="" style={{ width: `calc(var(--u) * ${boxChars} + 1px)`, height: `calc(var(--line) * ${box.headLines})` }}>
          {story.kicker && !box.continuation && <HeadLine text={story.kicker} type={DECK_TYPE} boxChars={boxChars} anchor={proofAnchor(proofAnchors, story.id, "kicker")} />}
          {story.headline && (
            <HeadLine text={story.headline} type={HEADLINE_TYPE[el.headlineSize]} boxChars={boxChars} as="h2" bold testId="page-headline" anchor={proofAnchor(proofAnchors, story.id, "headline")} />
          )}
          {story.subheadline && !box.continuation && <HeadLine text={story.subheadline} type={DECK_TYPE} boxChars={boxChars} anchor={proofAnchor(proofAnchors, story.id, "subheadline")} />}
          {bylineLines.length > 0 && !box.continuation && (
            <div className="text-left font-sans font-bold" style={{ ...TYPESET, fontSize: "var(--u)", lineHeight: "var(--line)" }} data-testid="page-byline">
              {bylineLines.map((line) => (
                <p key={line}>{line}</p>
              ))}
            </div>
          )}
        </header>
      )}
      <div
        className="story-body"
        data-content=""
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
          columnCount: box.textColumns,
          columnFill: "auto",
          columnGap: "calc(var(--u) - 1px)",
          width: `calc(var(--u) * ${boxChars} + 1px)`,
          height: `calc(var(--line) * ${box.bodyRows})`,
        }}
      >
        {box.jumpFromNote && (
          <p className="font-sans font-bold" data-testid="jump-from">
            {box.jumpFromNote}
          </p>
        )}
        {box.pieces.map((piece) => (
          <p
            key={piece.key}
            className={piece.kind === "sidebar-title" ? "text-center font-sans font-bold" : undefined}
            style={{ textIndent: piece.indent ? "2em" : 0, textAlignLast: piece.cut ? "justify" : undefined }}
          >
            {piece.dateline && (
              <>
                <b className="font-sans">{piece.dateline}</b>
                {"\u3000"}
              </>
            )}
            {proofAnchors && piece.block < story.body.length ? (
              <span {...proofAnchor(true, story.id, "body", piece.block, piece.start)}>
                <SetText text={piece.text} />
              </span>
            ) : (
              <SetText text={piece.text} />
            )}
          </p>
        ))}
        {box.jumpToNote && (
          <p className="text-right font-sans font-bold" data-testid="jump-to">
            {box.jumpToNote}
          </p>
        )}
      </div>
      {fitMarks !== "none" && fit.status === "over" && (
        <div className="absolute inset-x-0 bottom-0 h-[3px] bg-red-600" title={overflowTitle} data-testid="overset-marker" data-overflow-words={box.overflowWords ?? ""} />
      )}
      {fitMarks === "overset" && fit.status === "over" && (
        <p className="absolute bottom-[3px] right-0 bg-red-600 px-1 font-sans text-[calc(var(--u)*0.8)] text-white" data-testid="overset" title={overflowTitle}>
          {fitLabel(fit)}
        </p>
      )}
      {fitMarks === "all" && (
        <p
          className={`absolute bottom-[3px] right-0 rounded-tl px-1.5 py-0.5 font-sans text-xs font-medium leading-tight shadow ${FIT_COLORS[fit.status]}`}
          data-testid="box-fit"
          data-fit={fit.status}
          title={overflowTitle}
        >
          {fitLabel(fit)}
        </p>
      )}
    </div>
  );
}
