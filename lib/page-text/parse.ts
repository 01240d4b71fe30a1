/**
 * Page-text parser: the plain text of one printed newspaper page → items in reading order
 * (stories, photo news, briefs, ads, furniture). Rules and assumptions: docs/PARSER.md.
 *
 * How it reads a page:
 *  1. split into non-empty lines, remembering which blank-line-separated block each is in,
 *     and classify every line on its own (byline, furniture, sidebar title, text, fragment);
 *  2. find anchors — a byline, or a paragraph opening with a dateline — each starts an item;
 *  3. the short title lines right above an anchor are its kicker/headline/subheadline;
 *  4. everything from an anchor's body to the next item's titles is that item's body, where
 *     column-cut paragraphs are re-joined and ads, furniture and sidebars are picked out.
 */
import {
  isBylineLine,
  mergeBylines,
  parseBylineLines,
  splitDateline,
  splitTrailingByline,
  startsWithDateline,
} from "./byline";
import {
  endsWithDash,
  hasAdSignal,
  hasNoPunctuation,
  isFurniture,
  isSentenceClosed,
  isSidebarTitle,
  joinColumnBreak,
  looksLikeRunningText,
  looksLikeTitle,
  responsibleEditorIn,
  splitJumpLine,
  startsWithDash,
} from "./text-rules";
import type { PageReading, ParsedByline, ParsedItem, ParsedItemKind, ParsedPage, ParsedSidebar, ParseWarning, ParseWarningCode } from "./types";

export type * from "./types";

type LineClass = "furniture" | "sidebarTitle" | "byline" | "dateline" | "text" | "fragment";

interface Line {
  /** 1-based line number in the input, for warnings. */
  no: number;
  text: string;
  /** Index of the blank-line-separated block the line belongs to. */
  block: number;
  cls: LineClass;
  /** Read as another line's part already (a photo credit printed under its caption): the body skips it. */
  taken?: boolean;
}

/** A warning and the item it concerns (its index in the page's items; null for none). */
interface Note {
  item: number | null;
  warning: ParseWarning;
}

interface Anchor {
  /** Index (into lines) of the first byline line, or of the dateline paragraph. */
  start: number;
  /** Index of the first body line. */
  bodyStart: number;
  bylineLines: Line[];
  titleLines: Line[];
}

/** A story/photo/brief being assembled from its body span. */
interface Draft {
  anchor: Anchor;
  paragraphs: string[];
  sidebars: ParsedSidebar[];
}

/** At most kicker + headline + subheadline sit above a byline. */
const MAX_TITLE_LINES = 3;

// ---------------------------------------------------------------------------------------
// 1. Lines

function classifyLine(text: string): LineClass {
  // Order matters: "□ 责任编辑 李强" has a byline marker but is furniture;
  // "记者手记" starts with a job title but is a sidebar title.
  if (isFurniture(text)) return "furniture";
  if (isSidebarTitle(text)) return "sidebarTitle";
  if (isBylineLine(text)) return "byline";
  if (startsWithDateline(text)) return "dateline";
  return looksLikeRunningText(text) ? "text" : "fragment";
}

function readLines(input: string): Line[] {
  const lines: Line[] = [];
  let block = 0;
  let previousBlank = true;
  input
    .replace(/^\uFEFF/u, "")
    .split(/\r\n|\r|\n/u)
    .forEach((raw, index) => {
      const text = raw.trim();
      if (text === "") {
        if (!previousBlank) block += 1;
        previousBlank = true;
        return;
      }
      previousBlank = false;
      lines.push({ no: index + 1, text, block, cls: classifyLine(text) });
    });
  return lines;
}

// ---------------------------------------------------------------------------------------
// 2. Anchors

/** A byline line that credits photographers only: "□王兆锋 摄", "本报记者 孙亚飞 摄影报道". */
function isPhotoCredit(line: Line): boolean {
  if (line.cls !== "byline") return false;
  const byline = parseBylineLines(line.text);
  return byline !== null && byline.people.every((p) => p.role === "photographer");
}

/**
 * Photo news printed headline, caption, credit ("冬日暖阳照农家" / "1月8日，…。" / "□王兆锋 摄"): a photo
 * credit line right under a one-block caption with title lines above it, and not followed by more text
 * (a credit followed by text is printed above its caption). Returns the caption's first line, or null.
 */
function captionAbove(lines: Line[], credit: number, floor: number): number | null {
  if (!isPhotoCredit(lines[credit])) return null;
  const next = lines[credit + 1];
  if (next && (next.cls === "text" || next.cls === "dateline")) return null;
  const last = credit - 1;
  if (last < floor || lines[last].cls !== "text") return null;
  let first = last;
  while (first - 1 >= floor && lines[first - 1].block === lines[last].block && lines[first - 1].cls === "text") first -= 1;
  if (first - 1 >= floor && lines[first - 1].block === lines[first].block) return null; // the block is not the caption alone
  return titleChain(lines, first, floor).length > 0 ? first : null;
}

function findAnchors(lines: Line[]): Anchor[] {
  const anchors: Anchor[] = [];
  let i = 0;
  while (i < lines.length) {
    const floor = anchors.length > 0 ? anchors[anchors.length - 1].bodyStart + 1 : 0;
    const caption = lines[i].cls === "byline" ? captionAbove(lines, i, floor) : null;
    if (caption !== null) {
      lines[i].taken = true;
      anchors.push({ start: caption, bodyStart: caption, bylineLines: [lines[i]], titleLines: [] });
      i += 1;
      continue;
    }
    if (lines[i].cls === "byline") {
      // Consecutive byline lines (本报记者… / 本报通讯员…) are one byline.
      let end = i;
      while (end < lines.length && lines[end].cls === "byline") end += 1;
      anchors.push({ start: i, bodyStart: end, bylineLines: lines.slice(i, end), titleLines: [] });
      // A dateline right under a byline opens that story's body, not a new item.
      i = lines[end]?.cls === "dateline" ? end + 1 : end;
      continue;
    }
    if (lines[i].cls === "dateline") {
      anchors.push({ start: i, bodyStart: i, bylineLines: [], titleLines: [] });
    }
    i += 1;
  }
  return anchors;
}

// ---------------------------------------------------------------------------------------
// 3. Titles

function isTitleCandidate(line: Line): boolean {
  return (line.cls === "fragment" || line.cls === "text") && looksLikeTitle(line.text) && !hasAdSignal(line.text);
}

/**
 * The title lines directly above an anchor, taken a whole block at a time (a block is a
 * printed unit: half of a block as title would mean the other half is something else),
 * never reaching below `floor` (the previous item's body start).
 */
function titleChain(lines: Line[], anchorStart: number, floor: number): Line[] {
  const chain: Line[] = [];
  let i = anchorStart - 1;
  while (i >= floor) {
    let first = i;
    while (first - 1 >= floor && lines[first - 1].block === lines[i].block) first -= 1;
    const group = lines.slice(first, i + 1);
    if (!group.every(isTitleCandidate) || chain.length + group.length > MAX_TITLE_LINES) break;
    chain.unshift(...group);
    i = first - 1;
  }
  return chain;
}

interface Titles {
  kicker: string | null;
  headline: string | null;
  subheadline: string | null;
}

/**
 * Which title line is which. Plain text carries no type sizes, so: one line is the
 * headline; of two, the second is a subheadline only when it opens with a dash ("——"),
 * otherwise the first is the kicker (引题, also when it ends with "——"); three lines are
 * kicker, headline, subheadline.
 */
function assignTitles(texts: string[]): Titles {
  const none: Titles = { kicker: null, headline: null, subheadline: null };
  if (texts.length === 0) return none;
  if (texts.length === 1) return { ...none, headline: texts[0] };
  if (texts.length === 2) {
    const [first, second] = texts;
    if (startsWithDash(second) && !endsWithDash(first)) return { ...none, headline: first, subheadline: second };
    return { ...none, kicker: first, headline: second };
  }
  return { kicker: texts[0], headline: texts[1], subheadline: texts[2] };
}

// ---------------------------------------------------------------------------------------
// 4. Bodies

function blankItem(kind: ParsedItemKind): ParsedItem {
  return {
    kind,
    kicker: null,
    headline: null,
    subheadline: null,
    byline: null,
    dateline: null,
    paragraphs: [],
    sidebars: [],
    continues: false,
    text: null,
    warnings: [],
  };
}

/** Ad copy is set in short phrases: no sentence punctuation and no running-text commas. */
function isAdFragment(line: Line): boolean {
  return line.cls === "fragment" && !/[，、]/u.test(line.text);
}

/** Lines that can be (part of) a body paragraph. */
function isBodyLine(line: Line): boolean {
  return line.cls === "text" || line.cls === "fragment" || line.cls === "dateline";
}

function excerpt(text: string): string {
  const chars = [...text];
  return chars.length > 30 ? `${chars.slice(0, 30).join("")}…` : text;
}

/** A warning about the text `text` at input line `no`. */
function note(item: number | null, code: ParseWarningCode, at: { no: number; text: string }, message: string): Note {
  return { item, warning: { code, line: at.no, excerpt: excerpt(at.text), message: `line ${at.no}: ${message}` } };
}

/** "一、", "2.", "（三）" before a crosshead: numbered 小标题. */
const CROSSHEAD_NUMBER = /^(?:[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)])\s*/u;

/** A crosshead's words: no punctuation at all, after an optional number ("二、把课上到孩子心里"). */
function looksLikeCrosshead(line: Line): boolean {
  if (line.cls !== "fragment" || !looksLikeTitle(line.text)) return false;
  const words = line.text.replace(CROSSHEAD_NUMBER, "");
  return words !== "" && hasNoPunctuation(words);
}

/** Walks one body span, filling the draft (if any) and emitting ads/furniture/warnings. */
class BodyReader {
  private open = false; // the last paragraph was cut by a column end
  private interrupted = false; // an ad or furniture came after the body started
  private container: string[] | null;

  constructor(
    private readonly lines: Line[],
    private readonly draft: Draft | null,
    private readonly items: ParsedItem[],
    private readonly notes: Note[],
    /** The index the draft's item will have in `items` (warnings about its body are its own). */
    private readonly slot: number | null,
  ) {
    this.container = draft ? draft.paragraphs : null;
  }

  read(from: number, to: number): void {
    let i = from;
    while (i < to) i += this.step(i, to);
  }

  /** Handles the line at i (and possibly the rest of its block); returns how many lines it took. */
  private step(i: number, to: number): number {
    const line = this.lines[i];
    if (line.taken) return 1;
    const rest = this.blockRest(i, to);

    if (line.cls === "furniture") {
      // Short lines printed with a footer line belong to it ("□ 责任编辑 李强" + phone).
      let end = 1;
      while (end < rest.length && (rest[end].cls === "furniture" || rest[end].cls === "fragment")) end += 1;
      return this.emitLines("furniture", rest.slice(0, end));
    }
    const ad = this.adLinesAt(i, to);
    if (ad) return this.emitLines("ad", ad);

    // The column resumed after an ad or furniture block: still the same paragraph.
    if (this.open && isBodyLine(line)) {
      this.appendToLastParagraph(line.text);
      return 1;
    }
    if (line.cls === "sidebarTitle" && this.draft) {
      const sidebar: ParsedSidebar = { title: line.text, paragraphs: [] };
      this.draft.sidebars.push(sidebar);
      this.container = sidebar.paragraphs;
      this.open = false;
      this.interrupted = false; // a boxed sidebar may sit below an ad; its title says whose it is
      return 1;
    }
    if (isBodyLine(line) && this.container && !this.interrupted) {
      if (this.isCrosshead(i, to)) {
        this.container.push(line.text);
        this.notes.push(note(this.slot, "crosshead", line, `"${excerpt(line.text)}" read as a crosshead (小标题), kept as its own paragraph`));
        return 1;
      }
      const { text, taken } = this.gatherParagraph(i, to);
      // A short phrase with no punctuation and nothing joined to it is not a paragraph
      // (a caption, an ad line…): report it. With a comma inside it is cut-off running text.
      if (line.cls === "dateline" || looksLikeRunningText(text) || !hasNoPunctuation(text)) {
        this.container.push(text);
        this.open = !isSentenceClosed(text);
        return taken;
      }
    }
    this.warnUnplaced(line);
    return 1;
  }

  /**
   * A short phrase with no punctuation at all between two paragraphs is a crosshead, not
   * the start of a paragraph cut by a column end (those carry a comma or so before the cut).
   */
  private isCrosshead(i: number, to: number): boolean {
    const line = this.lines[i];
    if (!looksLikeCrosshead(line)) return false;
    const next = this.lines[i + 1];
    return i + 1 < to && next.cls === "text" && !this.startsAdOrFurniture(i + 1, to);
  }

  /**
   * The paragraph starting at line i: while it does not end a sentence, the following
   * lines are the rest of it, cut off by column ends (up to an ad/furniture block).
   */
  private gatherParagraph(i: number, to: number): { text: string; taken: number } {
    let text = this.lines[i].text;
    let j = i + 1;
    while (j < to && !isSentenceClosed(text) && isBodyLine(this.lines[j]) && !this.startsAdOrFurniture(j, to)) {
      text = joinColumnBreak(text, this.lines[j].text);
      j += 1;
    }
    return { text, taken: j - i };
  }

  /**
   * Ad copy starting at line i: a block of several short unpunctuated lines (titles were
   * already taken by the next anchor, so these are not a headline), or one short line
   * with a phone number, price or web address.
   */
  private adLinesAt(i: number, to: number): Line[] | null {
    const rest = this.blockRest(i, to);
    if (rest.length >= 2 && rest.every(isAdFragment)) return rest;
    const line = this.lines[i];
    return isAdFragment(line) && hasAdSignal(line.text) ? [line] : null;
  }

  private startsAdOrFurniture(i: number, to: number): boolean {
    return this.lines[i].cls === "furniture" || this.adLinesAt(i, to) !== null;
  }

  private blockRest(i: number, to: number): Line[] {
    let end = i;
    while (end < to && this.lines[end].block === this.lines[i].block) end += 1;
    return this.lines.slice(i, end);
  }

  private appendToLastParagraph(text: string): void {
    const container = this.container;
    if (!container || container.length === 0) return;
    const joined = joinColumnBreak(container[container.length - 1], text);
    container[container.length - 1] = joined;
    this.open = !isSentenceClosed(joined);
  }

  private emitLines(kind: "ad" | "furniture", lines: Line[]): number {
    this.items.push({ ...blankItem(kind), text: lines.map((l) => l.text).join("\n") });
    if (this.draft) this.interrupted = true;
    return lines.length;
  }

  private warnUnplaced(line: Line): void {
    const where = this.draft ? "inside a story body" : "outside any story";
    const paragraph = line.cls === "text" || line.cls === "dateline";
    const what = paragraph ? "paragraph with no story to attach to" : "short line that is not a headline, byline, sidebar title, ad or furniture";
    const message = `${what} (${where}), left out: "${excerpt(line.text)}"`;
    this.notes.push(note(this.slot, paragraph ? "unattachedParagraph" : "leftOutLine", line, message));
  }
}

// ---------------------------------------------------------------------------------------
// 5. Finishing an item

function lastOf<T>(list: T[]): T | undefined {
  return list[list.length - 1];
}

/** Photo news as decided by the caller; a brief (简讯) is one self-contained paragraph. */
function itemKind(item: { photo: boolean; paragraphs: string[]; sidebars: ParsedSidebar[]; continues: boolean }): ParsedItemKind {
  if (item.photo) return "photo";
  if (item.paragraphs.length === 1 && item.sidebars.length === 0 && !item.continues) return "brief";
  return "story";
}

function finishDraft(draft: Draft, notes: Note[], slot: number): ParsedItem {
  const { anchor } = draft;
  const titles = assignTitles(anchor.titleLines.map((l) => l.text));
  const paragraphs = [...draft.paragraphs];

  const opening = paragraphs.length > 0 ? splitDateline(paragraphs[0]) : null;
  if (opening) {
    paragraphs[0] = opening.text;
    if (opening.text === "") paragraphs.shift();
  }

  let jump = false;
  let trailing: ParsedByline | null = null;
  const last = lastOf(paragraphs);
  if (last !== undefined) {
    const afterJump = splitJumpLine(last);
    jump = afterJump.jump;
    const afterByline = splitTrailingByline(afterJump.text);
    trailing = afterByline.byline;
    paragraphs[paragraphs.length - 1] = afterByline.text;
    if (afterByline.text === "") paragraphs.pop();
  }

  // Photo news: a byline with no headline above it; its "报道" credit names the photographers.
  const headless = titles.headline === null && anchor.bylineLines.length > 0;
  const bylineRaw = anchor.bylineLines.map((l) => l.text).join("\n");
  const lineByline = bylineRaw ? parseBylineLines(bylineRaw, headless ? "photographer" : "credit") : null;
  const byline = mergeBylines([lineByline, opening?.byline ?? null, trailing]);
  const onlyPhotographers = byline !== null && byline.people.every((p) => p.role === "photographer");

  const lastParagraph = lastOf(paragraphs);
  const continues = jump || (lastParagraph !== undefined && !isSentenceClosed(lastParagraph));
  const kind = itemKind({ photo: headless || onlyPhotographers, paragraphs, sidebars: draft.sidebars, continues });

  if (paragraphs.length === 0) {
    const name = titles.headline ?? bylineRaw.split("\n")[0] ?? "";
    const no = (anchor.titleLines[0] ?? anchor.bylineLines[0])?.no ?? 0;
    notes.push(note(slot, "noBody", { no, text: name }, `item "${excerpt(name)}" has no body text`));
  }

  return {
    ...blankItem(kind),
    ...titles,
    byline,
    dateline: opening?.dateline ?? null,
    paragraphs,
    sidebars: draft.sidebars,
    continues,
  };
}

function findResponsibleEditor(items: ParsedItem[]): string | null {
  for (const item of items) {
    if (item.kind !== "furniture" || item.text === null) continue;
    const name = responsibleEditorIn(item.text);
    if (name) return name;
  }
  return null;
}

// ---------------------------------------------------------------------------------------

/** Parses the plain text of one printed page. Never throws on odd input; see `warnings`. */
export function parsePageText(text: string): ParsedPage {
  return readPageText(text).page;
}

/** The same reading, with the warnings that concern no item given in full (for a preview to word them). */
export function readPageText(text: string): PageReading {
  const lines = readLines(text);
  const anchors = findAnchors(lines);
  anchors.forEach((anchor, k) => {
    const floor = k === 0 ? 0 : anchors[k - 1].bodyStart;
    anchor.titleLines = titleChain(lines, anchor.start, floor);
  });
  const titleStart = (k: number): number =>
    k < anchors.length ? anchors[k].start - anchors[k].titleLines.length : lines.length;

  const items: ParsedItem[] = [];
  const notes: Note[] = [];

  new BodyReader(lines, null, items, notes, null).read(0, titleStart(0));
  anchors.forEach((anchor, k) => {
    const draft: Draft = { anchor, paragraphs: [], sidebars: [] };
    const slot = items.length;
    items.push(blankItem("story")); // keeps reading order: the story comes before ads found in its span
    new BodyReader(lines, draft, items, notes, slot).read(anchor.bodyStart, titleStart(k + 1));
    items[slot] = finishDraft(draft, notes, slot);
  });
  for (const { item, warning } of notes) if (item !== null) items[item].warnings.push(warning);

  const page = { items, responsibleEditor: findResponsibleEditor(items), warnings: notes.map((n) => n.warning.message) };
  return { page, unattached: notes.filter((n) => n.item === null).map((n) => n.warning) };
}
