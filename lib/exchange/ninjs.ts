/**
 * IPTC ninjs 2.1 (News in JSON) of a story and of an edition (docs/EXCHANGE.md): what another system —
 * an agency, an aggregator, an archive — reads of our published copy. Plain data in, plain JSON out; the
 * tests validate every document against the official schema (lib/exchange/__schema__).
 */
import { formatByline, type BylinePerson } from "../byline";
import type { StoryKind, StoryState } from "../story-kinds";
import type { StorySidebar } from "../story-text";
import { storyZi } from "../story-zi";

export const NINJS_VERSION = "2.1";
export const NINJS_SCHEMA_URI = "http://www.iptc.org/std/ninjs/ninjs-schema_2.1.json";
/** ninjs has no registered media type of its own: it is JSON. */
export const NINJS_CONTENT_TYPE = "application/json; charset=utf-8";

/** A story as the mapping reads it (db/queries/ninjs.ts gathers it). */
export interface NinjsStorySource {
  id: number;
  publicationId: number;
  publication: string;
  /** IANA zone of the publication: every time is written in it, with its offset */
  timeZone: string;
  status: StoryState;
  kind: StoryKind;
  slug: string;
  kicker: string | null;
  headline: string | null;
  subheadline: string | null;
  dateline: string | null;
  section: string | null;
  body: readonly string[];
  sidebars: readonly StorySidebar[];
  bylines: readonly BylinePerson[];
  version: number;
  /** stored UTC ISO times */
  createdAt: string;
  updatedAt: string;
  /** 更正 after release, oldest first (the printed text stays; the e-paper shows the notes) */
  corrections: readonly { note: string; createdAt: string }[];
  /** the e-paper article's absolute URL, when the story is public there */
  epaperUrl?: string;
}

export interface NinjsEditionSource {
  publicationId: number;
  publication: string;
  timeZone: string;
  /** YYYY-MM-DD */
  date: string;
  /** the e-paper's address of the edition, when public */
  epaperUrl?: string;
  pages: { number: number; name: string; epaperUrl?: string; stories: NinjsStorySource[] }[];
}

type Text = { role?: string; contenttype?: string; value: string };
type Body = Text & { charcount?: number };
type Person = { name: string; rel?: string };

/** The ninjs 2.1 fields Newsdesk writes (a subset of the schema's). */
export interface NinjsDocument {
  uri: string;
  standard?: { name: string; version: string; schema: string };
  type: "text" | "picture" | "composite";
  profile?: string;
  version?: string;
  firstcreated?: string;
  versioncreated?: string;
  pubstatus?: "usable" | "withheld" | "canceled";
  language?: string;
  copyrightholder?: string;
  slugline?: string;
  headlines?: Text[];
  descriptions?: Text[];
  bodies?: Body[];
  by?: string;
  people?: Person[];
  located?: string;
  subjects?: { name: string; rel?: string }[];
  renditions?: { name: string; href: string; contenttype: string }[];
  associations?: (NinjsDocument & { name: string })[];
}

/**
 * The URI scheme (docs/EXCHANGE.md): a URN of our own, not an address, so a story keeps its identity
 * whichever host serves it. The publication's id keeps two papers of one database apart.
 */
export const ninjsUri = {
  story: (publicationId: number, storyId: number) => `urn:newsdesk:${publicationId}:story:${storyId}`,
  photo: (publicationId: number, storyId: number) => `urn:newsdesk:${publicationId}:story:${storyId}:photo`,
  edition: (publicationId: number, date: string) => `urn:newsdesk:${publicationId}:edition:${date}`,
  page: (publicationId: number, date: string, number: number) => `urn:newsdesk:${publicationId}:edition:${date}:page:${number}`,
};

/** published → usable; spiked → canceled (killed); anything before publication is withheld. */
export function pubstatusOf(status: StoryState): NonNullable<NinjsDocument["pubstatus"]> {
  if (status === "published") return "usable";
  if (status === "spiked") return "canceled";
  return "withheld";
}

/** A stored UTC time as ISO 8601 in the publication's zone with its offset: 2019-01-08T22:10:00+08:00. */
export function isoWithOffset(iso: string, timeZone: string): string {
  const at = new Date(iso);
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(at);
  const n = (type: string) => parts.find((p) => p.type === type)!.value;
  const wall = `${n("year")}-${n("month")}-${n("day")}T${n("hour")}:${n("minute")}:${n("second")}`;
  const offsetMinutes = Math.round((Date.parse(`${wall}Z`) - Math.floor(at.getTime() / 1000) * 1000) / 60_000);
  const sign = offsetMinutes < 0 ? "-" : "+";
  const abs = Math.abs(offsetMinutes);
  return `${wall}${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c]);

/** The body as plain text: paragraphs one per line, each sidebar after a blank line under its title. */
export function plainBodyOf(s: Pick<NinjsStorySource, "body" | "sidebars">): string {
  return [s.body.join("\n"), ...s.sidebars.map((b) => [b.title, ...b.paragraphs].join("\n"))].filter((block) => block !== "").join("\n\n");
}

/** The body as HTML: `<p>` per paragraph, each sidebar an `<aside>` with its title; all text escaped. */
export function htmlBodyOf(s: Pick<NinjsStorySource, "body" | "sidebars">): string {
  const paragraphs = (ps: readonly string[]) => ps.map((p) => `<p>${esc(p)}</p>`).join("");
  return paragraphs(s.body) + s.sidebars.map((b) => `<aside><h2>${esc(b.title)}</h2>${paragraphs(b.paragraphs)}</aside>`).join("");
}

/** The byline as one statement, newspaper words without the printed □: "本报记者 李梦 孙亚飞 本报通讯员 宋宇". */
export function byStatementOf(people: readonly BylinePerson[]): string | undefined {
  const lines = formatByline([...people]).map((l) => l.replace(/^□\s*/, ""));
  return lines.length ? lines.join(" ") : undefined;
}

/** The story's last change: its text, or a correction after it (a correction leaves the story row alone). */
function lastChangeOf(s: Pick<NinjsStorySource, "updatedAt" | "corrections">): string {
  return s.corrections.reduce((m, c) => (Date.parse(c.createdAt) > Date.parse(m) ? c.createdAt : m), s.updatedAt);
}

/** One story as a ninjs 2.1 document. */
export function storyToNinjs(s: NinjsStorySource): NinjsDocument {
  const zi = storyZi(s);
  const by = byStatementOf(s.bylines);
  const headlines: Text[] = [{ role: "main", contenttype: "text/plain", value: s.headline ?? s.slug }];
  if (s.kicker) headlines.push({ role: "kicker", contenttype: "text/plain", value: s.kicker });
  if (s.subheadline) headlines.push({ role: "sub", contenttype: "text/plain", value: s.subheadline });
  const doc: NinjsDocument = {
    uri: ninjsUri.story(s.publicationId, s.id),
    standard: { name: "ninjs", version: NINJS_VERSION, schema: NINJS_SCHEMA_URI },
    type: "text",
    profile: s.kind === "photo" ? "text-photo" : "text-only",
    version: String(s.version),
    firstcreated: isoWithOffset(s.createdAt, s.timeZone),
    versioncreated: isoWithOffset(lastChangeOf(s), s.timeZone),
    pubstatus: pubstatusOf(s.status),
    language: "zh-CN",
    copyrightholder: s.publication,
    slugline: s.slug,
    headlines,
    bodies: [
      { role: "main", contenttype: "text/plain", charcount: zi, value: plainBodyOf(s) },
      { role: "main", contenttype: "text/html", charcount: zi, value: htmlBodyOf(s) },
    ],
  };
  if (s.corrections.length) doc.descriptions = s.corrections.map((c) => ({ role: "correction", contenttype: "text/plain", value: c.note }));
  if (by) doc.by = by;
  if (s.bylines.length) doc.people = s.bylines.map((p) => ({ name: p.name, rel: p.role }));
  if (s.dateline) doc.located = s.dateline;
  if (s.section) doc.subjects = [{ name: s.section, rel: "section" }];
  if (s.epaperUrl) doc.renditions = [{ name: "epaper", href: s.epaperUrl, contenttype: "text/html" }];
  if (s.kind === "photo") doc.associations = [photoOf(s)];
  return doc;
}

/**
 * 图片新闻: the picture as an associated ninjs item. Newsdesk keeps the picture's place on the page, not
 * its file, so the item names the picture (uri, photographer, the caption as its description) and has no
 * rendition to download.
 */
function photoOf(s: NinjsStorySource): NinjsDocument & { name: string } {
  const photographers = s.bylines.filter((p) => p.role === "photographer" || p.role === "credit");
  const caption = s.body.join("\n");
  const photo: NinjsDocument & { name: string } = {
    name: "photo",
    uri: ninjsUri.photo(s.publicationId, s.id),
    type: "picture",
    pubstatus: pubstatusOf(s.status),
    language: "zh-CN",
  };
  if (caption) photo.descriptions = [{ role: "caption", contenttype: "text/plain", value: caption }];
  const by = byStatementOf(photographers);
  if (by) photo.by = by;
  return photo;
}

/**
 * An edition as a ninjs package: a composite item whose associations are its pages (composite items
 * too), each holding its stories in reading order as whole story documents.
 */
export function editionToNinjs(e: NinjsEditionSource): NinjsDocument {
  const all = e.pages.flatMap((p) => p.stories);
  const newest = all.map(lastChangeOf).reduce<string | undefined>((m, t) => (m === undefined || Date.parse(t) > Date.parse(m) ? t : m), undefined);
  const doc: NinjsDocument = {
    uri: ninjsUri.edition(e.publicationId, e.date),
    standard: { name: "ninjs", version: NINJS_VERSION, schema: NINJS_SCHEMA_URI },
    type: "composite",
    profile: "edition",
    pubstatus: "usable",
    language: "zh-CN",
    copyrightholder: e.publication,
    headlines: [{ role: "main", contenttype: "text/plain", value: `${e.publication} ${e.date}` }],
    associations: e.pages.map((p) => {
      const page: NinjsDocument & { name: string } = {
        name: `page-${p.number}`,
        uri: ninjsUri.page(e.publicationId, e.date, p.number),
        type: "composite",
        profile: "page",
        language: "zh-CN",
        headlines: [{ role: "main", contenttype: "text/plain", value: `第${p.number}版 ${p.name}` }],
        associations: p.stories.map((s) => ({ name: `story-${s.id}`, ...storyToNinjs(s) })),
      };
      if (p.epaperUrl) page.renditions = [{ name: "epaper", href: p.epaperUrl, contenttype: "text/html" }];
      return page;
    }),
  };
  if (newest) doc.versioncreated = isoWithOffset(newest, e.timeZone);
  if (e.epaperUrl) doc.renditions = [{ name: "epaper", href: e.epaperUrl, contenttype: "text/html" }];
  return doc;
}
