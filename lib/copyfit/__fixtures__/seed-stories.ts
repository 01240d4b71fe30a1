/**
 * Test fixture: the seed page's stories, cut by hand from seeds/liaocheng-news-2019-01.txt
 * (the real parser lives in lib/page-text). Blocks are separated by blank lines; a block that
 * does not end a sentence was cut at a column end and continues in the next block.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { CopyfitStory } from "../copyfit";
import type { FixedBox, PlacementItem } from "../auto-place";

const SEED = path.resolve(import.meta.dirname, "../../../seeds/liaocheng-news-2019-01.txt");

export function seedBlocks(): string[] {
  return readFileSync(SEED, "utf8")
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter(Boolean);
}

/** Join blocks cut at a column end ("…聊" + "城市委…"). */
function joinCut(parts: string[]): string[] {
  const out: string[] = [];
  for (const part of parts) {
    const last = out[out.length - 1];
    if (last !== undefined && !/[。！？”」』）…]$/.test(last)) out[out.length - 1] = last + part;
    else out.push(part);
  }
  return out;
}

const DATELINE = "本报聊城讯";

/** Split "本报聊城讯 日前，…" into dateline and paragraph. */
function withDateline(paragraphs: string[]): { dateline: string | null; paragraphs: string[] } {
  const first = paragraphs[0] ?? "";
  if (!first.startsWith(DATELINE)) return { dateline: null, paragraphs };
  return { dateline: DATELINE, paragraphs: [first.slice(DATELINE.length).trim(), ...paragraphs.slice(1)] };
}

interface Spec {
  id: string;
  kind: "story" | "photo";
  kicker?: number;
  headline?: number;
  bylineLines: number;
  body: [number, number];
  sidebar?: { title: number; body: [number, number] };
}

const SPECS: Spec[] = [
  { id: "lead", kind: "story", kicker: 0, headline: 1, bylineLines: 2, body: [3, 13] },
  { id: "photo", kind: "photo", bylineLines: 1, body: [14, 14] },
  { id: "kepu", kind: "story", headline: 15, bylineLines: 1, body: [17, 22] },
  { id: "gaoxin", kind: "story", headline: 23, bylineLines: 1, body: [25, 33] },
  { id: "bianmin", kind: "story", kicker: 34, headline: 35, bylineLines: 2, body: [37, 46], sidebar: { title: 47, body: [48, 50] } },
  { id: "xianfa", kind: "story", headline: 51, bylineLines: 1, body: [52, 54] },
  { id: "fulian", kind: "story", headline: 55, bylineLines: 1, body: [57, 58] },
  { id: "chengguan", kind: "story", headline: 59, bylineLines: 1, body: [61, 63] },
];

/** Body blocks, dropping a leading byline line ("□记者 … 报道") that shares a block with text. */
function bodyOf(blocks: string[], [from, to]: [number, number]): string[] {
  const parts = blocks.slice(from, to + 1).map((b) => b.replace(/^□[^\n]*\n/, "").replace(/\n/g, ""));
  return joinCut(parts);
}

export function seedItems(): PlacementItem[] {
  const blocks = seedBlocks();
  return SPECS.map((spec) => {
    const { dateline, paragraphs } = withDateline(bodyOf(blocks, spec.body));
    const story: CopyfitStory = {
      kicker: spec.kicker === undefined ? null : blocks[spec.kicker],
      headline: spec.headline === undefined ? null : blocks[spec.headline],
      subheadline: null,
      bylineLines: spec.bylineLines,
      dateline,
      paragraphs,
      sidebars: spec.sidebar ? [{ title: blocks[spec.sidebar.title], paragraphs: bodyOf(blocks, spec.sidebar.body) }] : [],
    };
    return { id: spec.id, kind: spec.kind, story };
  });
}

/** The seed page's fixed boxes as seeds/load-seed.ts lays them out: strip, two ads, footer. */
export function seedFixedBoxes(): FixedBox[] {
  return [
    { id: "masthead", kind: "furniture", rect: { firstColumn: 1, columnSpan: 8, topLine: 1, heightLines: 4 } },
    { id: "ad-1", kind: "ad", rect: { firstColumn: 1, columnSpan: 4, topLine: 83, heightLines: 14 } },
    { id: "ad-2", kind: "ad", rect: { firstColumn: 5, columnSpan: 4, topLine: 83, heightLines: 14 } },
    { id: "footer", kind: "furniture", rect: { firstColumn: 1, columnSpan: 8, topLine: 97, heightLines: 4 } },
  ];
}
