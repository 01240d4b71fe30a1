/**
 * Bylines (署名) and datelines (电头) in the styles Chinese dailies print:
 *   "□ 本报记者 李梦 孙亚飞" / "本报通讯员 宋宇 陈亿卓"   job titles before names
 *   "□记者 肖会 通讯员 孟伟 报道"                       titles switch mid-line
 *   "□孙亚飞 仝茹茹 报道"                                names only, "报道" credit
 *   "■ 文/图 记者 X", "本报记者 X 摄"                   text/photo labels
 *   "本报讯（记者 X Y）…", "…。（记者 X）"              inside the paragraph
 */
import type { BylinePerson, BylineRole, ParsedByline } from "./types";
import { MARKER } from "./text-rules";

type Contribution = "text" | "photo" | "both";

/** Job titles: they say who the person is (staff reporter or outside correspondent). */
const TITLES: ReadonlyArray<readonly [string, BylineRole]> = [
  ["本报特约记者", "reporter"],
  ["本报见习记者", "reporter"],
  ["本报记者", "reporter"],
  ["特约记者", "reporter"],
  ["见习记者", "reporter"],
  ["记者", "reporter"],
  ["本报特约通讯员", "correspondent"],
  ["本报通讯员", "correspondent"],
  ["特约通讯员", "correspondent"],
  ["通讯员", "correspondent"],
  ["实习生", "credit"],
];

/** Contribution labels: they say what the person made (the text, the photos, or both). */
const LABELS: ReadonlyMap<string, Contribution> = new Map([
  ["文", "text"],
  ["图", "photo"],
  ["摄", "photo"],
  ["摄影", "photo"],
  ["摄影记者", "photo"],
  ["文图", "both"],
  ["图文", "both"],
]);

/** "… 摄", "… 摄影", "… 摄影报道" at the end of a byline: the people named took the photos. */
const PHOTO_SUFFIX = /\s摄(?:影)?(?:报道)?$/u;

const HAN_NAME = /^\p{Script=Han}{2,4}$/u;
/** Minority names written with a middle dot: 买买提·艾力. */
const DOTTED_NAME = /^\p{Script=Han}+(?:[·•]\p{Script=Han}+)+$/u;

function isName(token: string): boolean {
  return HAN_NAME.test(token) || (DOTTED_NAME.test(token) && token.length <= 12);
}

/** Longest job title the token starts with, and what follows it (a glued name, or ""). */
function splitTitle(token: string): { role: BylineRole; rest: string } | null {
  for (const [title, role] of TITLES) {
    if (token.startsWith(title)) return { role, rest: token.slice(title.length) };
  }
  return null;
}

/** Roles for one name: the photo label wins over a job title; a text label keeps it. */
function rolesFor(title: BylineRole | null, label: Contribution | null, fallback: BylineRole): BylineRole[] {
  if (label === "photo") return ["photographer"];
  const textRole = title ?? (label ? "reporter" : fallback);
  return label === "both" ? [textRole, "photographer"] : [textRole];
}

/**
 * Reads byline text (markers already stripped, lines joined by spaces) into people.
 * Returns null when any token is neither a role word nor a name — the line is not a byline.
 * `fallback` is the role of names printed with no title or label ("□X Y 报道").
 */
function readPeople(text: string, fallback: BylineRole): BylinePerson[] | null {
  let body = text.replace(/(?:文|图)\s*[/／]\s*(?:图|文)/gu, "文图");
  let suffixLabel: Contribution | null = null;
  // A trailing 摄 / 摄影报道 marks the whole byline as photo credit ("本报记者 X 摄", "X 摄影报道").
  if (PHOTO_SUFFIX.test(body)) {
    suffixLabel = "photo";
    body = body.replace(PHOTO_SUFFIX, "");
  }
  body = body.replace(/\s*报道$/u, "");

  const people: BylinePerson[] = [];
  let title: BylineRole | null = null;
  let label: Contribution | null = suffixLabel;
  for (const token of body.split(/[\s/／:：、]+/u).filter(Boolean)) {
    const asLabel = LABELS.get(token);
    if (asLabel) {
      label = asLabel; // a new label starts a new credit group
      title = null;
      continue;
    }
    const titled = splitTitle(token);
    if (titled) {
      title = titled.role;
      if (titled.rest === "") continue;
      if (!isName(titled.rest)) return null;
      addPerson(people, titled.rest, rolesFor(title, label, fallback));
      continue;
    }
    if (!isName(token)) return null;
    addPerson(people, token, rolesFor(title, label, fallback));
  }
  return people.length > 0 ? people : null;
}

function addPerson(people: BylinePerson[], name: string, roles: BylineRole[]): void {
  for (const role of roles) {
    if (!people.some((p) => p.name === name && p.role === role)) people.push({ name, role });
  }
}

/**
 * Something in the text says "this is a byline" (not just a row of two-character words):
 * a marker, a 报道/摄 credit, or a leading role word set apart from the names. A single
 * glued token such as "记者走基层" is a column label, not a byline.
 */
function hasBylineCue(text: string): boolean {
  if (/报道$/u.test(text) || PHOTO_SUFFIX.test(text)) return true;
  const tokens = text.replace(MARKER, "").split(/[\s/／:：]+/u).filter(Boolean);
  const isRoleWord = (token: string) => LABELS.has(token) || splitTitle(token) !== null;
  // A marker alone is not enough: "■ 从零起步" is a crosshead, not a person called 从零起步.
  if (MARKER.test(text)) return tokens.some(isRoleWord);
  if (tokens.length < 2) return false;
  return isRoleWord(tokens[0]);
}

/** Bylines are short; anything longer is running text that happens to start with 记者…. */
const BYLINE_MAX_CHARS = 60;

/**
 * Parses a stand-alone byline line (or several joined with "\n"). Returns null when the
 * text is not a byline. `fallback` is the role of names that carry no title or label.
 */
export function parseBylineLines(raw: string, fallback: BylineRole = "credit"): ParsedByline | null {
  if (/[。！？!?；;，,]/u.test(raw)) return null;
  const lines = raw.split("\n");
  if (!lines.every((line) => [...line].length <= BYLINE_MAX_CHARS && hasBylineCue(line))) return null;
  const text = lines.map((line) => line.replace(MARKER, "")).join(" ");
  const people = readPeople(text, fallback);
  return people ? { raw, people } : null;
}

/** True when the single line is a byline line. */
export function isBylineLine(line: string): boolean {
  return parseBylineLines(line) !== null;
}

/** "（记者 X Y）" / "(本报记者 X)": a byline printed in brackets inside a paragraph. */
const BRACKETED = /^[（(]\s*((?:本报|特约|见习)*(?:记者|通讯员)[^（）()]*)[）)]/u;

function bracketedByline(group: string): ParsedByline | null {
  const match = BRACKETED.exec(group);
  if (!match || match[0].length !== group.length) return null;
  const people = readPeople(match[1].trim(), "reporter");
  return people ? { raw: group, people } : null;
}

/**
 * 本报聊城讯 / 本报讯 / 聊城新闻网讯 / 新华社北京1月8日电 / 中新社…电, followed by a space or a bracketed
 * byline.
 */
const DATELINE = /^(本报\S{0,6}?讯|\p{Script=Han}{2,8}网讯|(?:新华社|中新社)\S{1,14}?电)(?=\s|[（(])/u;
const LEADING_BRACKET = /^[（(][^（）()]*[）)]/u;

export interface DatelineSplit {
  dateline: string | null;
  byline: ParsedByline | null;
  /** The paragraph with dateline and bracketed byline removed. */
  text: string;
}

/** True when a paragraph opens with a dateline (the first paragraph of a news item). */
export function startsWithDateline(paragraph: string): boolean {
  return DATELINE.test(paragraph);
}

/** Splits "本报讯（记者 X Y）日前，…" into dateline "本报讯", people X, Y and "日前，…". */
export function splitDateline(paragraph: string): DatelineSplit {
  const match = DATELINE.exec(paragraph);
  if (!match) return { dateline: null, byline: null, text: paragraph };
  let rest = paragraph.slice(match[0].length).trimStart();
  let byline: ParsedByline | null = null;
  const bracket = LEADING_BRACKET.exec(rest);
  if (bracket) {
    byline = bracketedByline(bracket[0]);
    if (byline) rest = rest.slice(bracket[0].length).trimStart();
  }
  return { dateline: match[1], byline, text: rest };
}

/** "……。（记者 X）" at the end of the last paragraph. */
const TRAILING_BRACKET = /[（(][^（）()]*[）)]$/u;

/** Splits a trailing bracketed byline off the last paragraph. */
export function splitTrailingByline(paragraph: string): { text: string; byline: ParsedByline | null } {
  const match = TRAILING_BRACKET.exec(paragraph);
  if (!match) return { text: paragraph, byline: null };
  const byline = bracketedByline(match[0]);
  if (!byline) return { text: paragraph, byline: null };
  return { text: paragraph.slice(0, match.index).trimEnd(), byline };
}

/** Combines bylines found in several places of one item (line, dateline bracket, trailing bracket). */
export function mergeBylines(parts: ReadonlyArray<ParsedByline | null>): ParsedByline | null {
  const present = parts.filter((p): p is ParsedByline => p !== null);
  if (present.length === 0) return null;
  const people: BylinePerson[] = [];
  for (const part of present) {
    for (const person of part.people) addPerson(people, person.name, [person.role]);
  }
  return { raw: present.map((p) => p.raw).join("\n"), people };
}
