/**
 * Character-level rules shared by the page-text parser: what ends a sentence, what looks
 * like a title, an ad or page furniture. Pure functions over one trimmed line of text.
 */

/** Characters after which a paragraph is complete (a column break there is a real paragraph end). */
const SENTENCE_FINAL = new Set([..."。！？!?…；;"]);
/** Closing quotes/brackets: the brief treats a paragraph ending in one of them as complete. */
const CLOSERS = new Set([..."”’」』）)】》〉\"'"]);
/** Punctuation that never occurs inside a headline, only in running text. */
const RUNNING_TEXT_PUNCT = /[。；;]/u;

/** Lines longer than this are running text, never a headline, kicker or ad fragment. */
export const TITLE_MAX_CHARS = 40;

/** Bullets printed before bylines and footer lines (□ 本报记者…, ■ 文/图…, □ 责任编辑…). */
export const MARKER = /^[□■◆◇●○▲△★☆]\s*/u;

/**
 * True when the text ends like a finished sentence: 。！？…； or a closing quote/bracket.
 * A paragraph that is not closed was cut by a column end and continues in the next block.
 */
export function isSentenceClosed(text: string): boolean {
  const last = [...text].at(-1);
  if (last === undefined) return true;
  return SENTENCE_FINAL.has(last) || CLOSERS.has(last);
}

/** Counts code points, so a CJK character is 1 (String.length would be too, but astral chars are 2). */
export function charCount(text: string): number {
  return [...text].length;
}

/** Running text: long, or punctuated like a sentence. Everything else is a short fragment. */
export function looksLikeRunningText(text: string): boolean {
  if (charCount(text) > TITLE_MAX_CHARS) return true;
  return /[。！？!?…；;]/u.test(text);
}

/**
 * A headline/kicker/subheadline candidate: short and without sentence punctuation. A
 * headline may end in ！ or ？ (a question headline) but never contains 。 or ；.
 */
export function looksLikeTitle(text: string): boolean {
  if (charCount(text) > TITLE_MAX_CHARS) return false;
  if (RUNNING_TEXT_PUNCT.test(text)) return false;
  // ！？ only as the last character: inside the line they mean a quoted exchange.
  const body = text.replace(/[！？!?]+[”’」』]?$/u, "");
  return !/[！？!?…]/u.test(body);
}

/** A kicker printed as a lead-in to the headline ends with a dash: "……东昌府区行政审批局——". */
export function endsWithDash(text: string): boolean {
  return /[—－-]{2}$|—$/u.test(text);
}

/** A subheadline (副题) traditionally starts with a dash: "——记……". */
export function startsWithDash(text: string): boolean {
  return /^(?:[—－]|--)/u.test(text);
}

/** Phone numbers, prices and web addresses: typical of ads, rare in headlines. */
const AD_SIGNAL = /\d{3,4}-\d{3,4}-\d{3,4}|\d{7,}|\d+(?:\.\d+)?元|www\.|https?:\/\/|\.com\b|\.cn\b/iu;

export function hasAdSignal(text: string): boolean {
  return AD_SIGNAL.test(text);
}

/** A line that is only a phone number, e.g. "(0531) 851 93550" under 责任编辑. */
export function isPhoneOnly(text: string): boolean {
  return /^[\d\s()（）+\-－]{7,}$/u.test(text) && /\d{3}/u.test(text);
}

/**
 * Page furniture (not editorial content): app/QR and WeChat notices, the legal adviser
 * line, the responsible-editor footer. Only short lines qualify, so a story paragraph
 * that mentions a 微信公众号 is not mistaken for furniture.
 */
const FURNITURE =
  /扫描二维码|扫码(?:下载|关注)|微信公众(?:号|账号|平台)|官方微博|法律顾问[:：]|责任编辑|美术编辑|版式设计|值班编辑|责任校对|本版编辑/u;
const FURNITURE_MAX_CHARS = 80;
/** The folio/masthead strip: "2019年1月9日 星期三", "第7版". */
const FOLIO = /\d{4}年\d{1,2}月\d{1,2}日\s*(?:星期|周)[一二三四五六日天]|^第\s*[\d一二三四五六七八九十]+\s*版$/u;

export function isFurniture(text: string): boolean {
  if (isPhoneOnly(text)) return true;
  if (charCount(text) > FURNITURE_MAX_CHARS) return false;
  return FURNITURE.test(text) || (!looksLikeRunningText(text) && FOLIO.test(text));
}

/** A phrase with no punctuation at all, like a crosshead (小标题) "强化服务保障". */
export function hasNoPunctuation(text: string): boolean {
  return !/[\p{P}]/u.test(text);
}

/** "□ 责任编辑 李强" → "李强". */
export function responsibleEditorIn(text: string): string | null {
  const match = /责任编辑\s*[:：]?\s*(\p{Script=Han}{2,4})/u.exec(text);
  return match ? match[1] : null;
}

/** Box titles of sidebars set inside a story (相关链接, 记者手记…). */
const SIDEBAR_TITLE =
  /^(?:相关链接|新闻链接|背景链接|链接|相关新闻|背景|新闻背景|延伸阅读|记者手记|采访手记|编后|编后语|短评|小贴士|温馨提示)$/u;

export function isSidebarTitle(text: string): boolean {
  return SIDEBAR_TITLE.test(text.replace(MARKER, ""));
}

/** "（下转第2版）" / "(转第二版)" at the end of a paragraph: explicit jump line. */
const JUMP_LINE = /\s*[（(]\s*下?转(?:第)?\s*[\d一二三四五六七八九十]+\s*版\s*[）)]$/u;

/** Splits off a trailing jump line; `jump` is true when there was one. */
export function splitJumpLine(text: string): { text: string; jump: boolean } {
  const match = JUMP_LINE.exec(text);
  if (!match) return { text, jump: false };
  return { text: text.slice(0, match.index).trim(), jump: true };
}

/** Joins two halves of a paragraph cut by a column end. CJK text has no space between. */
export function joinColumnBreak(before: string, after: string): string {
  return before + after;
}
