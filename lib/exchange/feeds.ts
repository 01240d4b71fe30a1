/**
 * RSS 2.0 and Atom 1.0 of the e-paper's released stories (issue #11 "Feeds"). Pure: the caller reads the
 * stories (db/queries/epaper-feed.ts) and gives the public origin; this writes the XML.
 *
 * Every text is escaped as character data (no CDATA sections, so a story containing "]]>" cannot end one),
 * and characters XML 1.0 forbids even as references (C0 controls, lone surrogates, U+FFFE/FFFF) are dropped:
 * a pasted control character must not make the whole feed unreadable. Times are written in the
 * publication's zone with its offset: RFC 822 for RSS (`Wed, 09 Jan 2019 00:00:00 +0800`), RFC 3339 for
 * Atom (`2019-01-09T00:00:00+08:00`). The output depends only on its input, so its ETag is stable.
 */
import { newsroomInputToIso, wallClockIn } from "../newsroom-time";

/** How many stories a feed carries at most (the newest). */
export const FEED_LIMIT = 50;
/** The summary: the first paragraph, and the second when the first is short, cut at this many characters. */
export const SUMMARY_CHARS = 200;

export interface FeedStory {
  id: number;
  /** YYYY-MM-DD of the edition it was printed in */
  date: string;
  headline: string;
  kicker: string | null;
  subheadline: string | null;
  dateline: string | null;
  bylines: { name: string }[];
  body: string[];
  sidebars: { title: string; paragraphs: string[] }[];
  /** the names of the released pages it is printed on (two for a 转版 story) */
  pageNames: string[];
}

export interface FeedChannel {
  /** 大众日报·聊城新闻, or with the page name for a page's feed */
  title: string;
  description: string;
  /** the publication's IANA zone */
  timeZone: string;
  /** absolute URL of the e-paper (the channel's link) */
  homeUrl: string;
  /** absolute URL of this feed itself (Atom's id and rel="self") */
  selfUrl: string;
  /** absolute URL of a story's e-paper article */
  articleUrl: (story: FeedStory) => string;
}

// XML 1.0 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text as XML character data or attribute value: the five specials as references, forbidden characters gone. */
export function xmlText(text: string): string {
  return text.replace(NOT_XML_CHAR, "").replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c]!);
}

function htmlText(text: string): string {
  return text.replace(/[<>&"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;" })[c]!);
}

const pad = (n: number) => String(n).padStart(2, "0");
const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** The zone's wall clock at `at` and its offset from UTC in minutes (+480 for Beijing). */
function zoned(at: Date, timeZone: string) {
  const c = wallClockIn(timeZone, at);
  const seconds = at.getUTCSeconds();
  const offset = Math.round((Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, seconds) - at.getTime()) / 60000);
  return { ...c, seconds, offset };
}

function offsetOf(minutes: number, separator: string): string {
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? "-" : "+"}${pad(Math.floor(abs / 60))}${separator}${pad(abs % 60)}`;
}

/** RFC 822 (as RSS 2.0 has it, four-digit year) in the zone: "Wed, 09 Jan 2019 00:00:00 +0800". */
export function rfc822In(iso: string, timeZone: string): string {
  const z = zoned(new Date(iso), timeZone);
  const weekday = DAYS[new Date(Date.UTC(z.year, z.month - 1, z.day)).getUTCDay()];
  return `${weekday}, ${pad(z.day)} ${MONTHS[z.month - 1]} ${z.year} ${pad(z.hour)}:${pad(z.minute)}:${pad(z.seconds)} ${offsetOf(z.offset, "")}`;
}

/** RFC 3339 in the zone: "2019-01-09T00:00:00+08:00". */
export function rfc3339In(iso: string, timeZone: string): string {
  const z = zoned(new Date(iso), timeZone);
  return `${z.year}-${pad(z.month)}-${pad(z.day)}T${pad(z.hour)}:${pad(z.minute)}:${pad(z.seconds)}${offsetOf(z.offset, ":")}`;
}

/** A story's time in a feed: its edition's day at 00:00 in the publication's zone (the day it appeared). */
export function editionMoment(date: string, timeZone: string): string {
  return newsroomInputToIso(`${date}T00:00`, timeZone) ?? `${date}T00:00:00.000Z`;
}

/** The plain-text summary: the first paragraph (and the second, when the first is short), cut with "…". */
export function feedSummary(story: Pick<FeedStory, "body">): string {
  const [first = "", second] = story.body;
  const text = first.length < SUMMARY_CHARS / 2 && second ? `${first}\n${second}` : first;
  const chars = [...text];
  return chars.length > SUMMARY_CHARS ? `${chars.slice(0, SUMMARY_CHARS).join("")}…` : text;
}

/** The story as HTML (kicker, subheadline, dateline, paragraphs, sidebars), before it is escaped into the feed. */
export function feedHtml(story: FeedStory): string {
  const head = [story.kicker && `<p class="kicker">${htmlText(story.kicker)}</p>`, story.subheadline && `<p class="subheadline">${htmlText(story.subheadline)}</p>`];
  const paragraphs = story.body.map((p, i) => `<p>${i === 0 && story.dateline ? `${htmlText(story.dateline)} ` : ""}${htmlText(p)}</p>`);
  const sidebars = story.sidebars.map((s) => `<h3>${htmlText(s.title)}</h3>${s.paragraphs.map((p) => `<p>${htmlText(p)}</p>`).join("")}`);
  return [...head.filter(Boolean), ...paragraphs, ...sidebars].join("");
}

const el = (name: string, text: string, attrs = "") => `<${name}${attrs}>${xmlText(text)}</${name}>`;
const authors = (story: FeedStory) => story.bylines.map((b) => b.name);

/** Newest first, at most FEED_LIMIT (the caller's order is kept within a day: page, then reading order). */
function bounded(stories: readonly FeedStory[]): FeedStory[] {
  return [...stories].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0)).slice(0, FEED_LIMIT);
}

/** RSS 2.0 with the content and Dublin Core modules (content:encoded, dc:creator). */
export function rssFeed(channel: FeedChannel, stories: readonly FeedStory[]): string {
  const items = bounded(stories);
  const newest = items[0] && rfc822In(editionMoment(items[0].date, channel.timeZone), channel.timeZone);
  const lines = [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">`,
    `<channel>`,
    el("title", channel.title),
    el("link", channel.homeUrl),
    el("description", channel.description),
    el("language", "zh-CN"),
    `<atom:link href="${xmlText(channel.selfUrl)}" rel="self" type="application/rss+xml"/>`,
    ...(newest ? [el("pubDate", newest), el("lastBuildDate", newest)] : []),
    ...items.map((s) => {
      const url = channel.articleUrl(s);
      return [
        `<item>`,
        el("title", s.headline),
        el("link", url),
        el("guid", url, ` isPermaLink="true"`),
        el("pubDate", rfc822In(editionMoment(s.date, channel.timeZone), channel.timeZone)),
        ...authors(s).map((name) => el("dc:creator", name)),
        ...s.pageNames.map((name) => el("category", name)),
        el("description", feedSummary(s)),
        el("content:encoded", feedHtml(s)),
        `</item>`,
      ].join("\n");
    }),
    `</channel>`,
    `</rss>`,
  ];
  return `${lines.join("\n")}\n`;
}

/** Atom 1.0 (RFC 4287). A story without a byline takes the publication as its author (the feed's). */
export function atomFeed(channel: FeedChannel, stories: readonly FeedStory[]): string {
  const items = bounded(stories);
  // An Atom feed must say when it last changed; with no story yet, the epoch (nothing has happened).
  const updated = rfc3339In(items[0] ? editionMoment(items[0].date, channel.timeZone) : "1970-01-01T00:00:00Z", channel.timeZone);
  const author = (name: string) => `<author>${el("name", name)}</author>`;
  const lines = [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">`,
    el("id", channel.selfUrl),
    el("title", channel.title),
    el("subtitle", channel.description),
    el("updated", updated),
    `<link rel="self" type="application/atom+xml" href="${xmlText(channel.selfUrl)}"/>`,
    `<link rel="alternate" type="text/html" href="${xmlText(channel.homeUrl)}"/>`,
    author(channel.title),
    ...items.map((s) => {
      const url = channel.articleUrl(s);
      const at = rfc3339In(editionMoment(s.date, channel.timeZone), channel.timeZone);
      return [
        `<entry>`,
        el("id", url),
        el("title", s.headline),
        `<link rel="alternate" type="text/html" href="${xmlText(url)}"/>`,
        el("published", at),
        el("updated", at),
        ...authors(s).map(author),
        ...s.pageNames.map((name) => `<category term="${xmlText(name)}"/>`),
        el("summary", feedSummary(s), ` type="text"`),
        el("content", feedHtml(s), ` type="html"`),
        `</entry>`,
      ].join("\n");
    }),
    `</feed>`,
  ];
  return `${lines.join("\n")}\n`;
}
