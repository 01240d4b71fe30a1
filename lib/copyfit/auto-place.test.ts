import { describe, expect, it } from "vitest";
import { renderMessage } from "../i18n/translate";
import { autoPlace, fittingHeight, spanChoices, type FixedBox, type PlacementItem } from "./auto-place";
import { pictureLinesFor, type CopyfitStory } from "./copyfit";
import { BROADSHEET_GRID, findOverlaps, rectInsideGrid } from "./grid";
import { seedBlocks, seedFixedBoxes, seedItems } from "./__fixtures__/seed-stories";

const G = BROADSHEET_GRID;

/** Invariants every layout must keep: inside the grid, no overlap (fixed boxes included), each item once. */
function expectSoundLayout(items: PlacementItem[], fixed: FixedBox[], result: ReturnType<typeof autoPlace>): void {
  for (const p of result.placed) expect(rectInsideGrid(p.rect, G), `${p.id} inside grid`).toBe(true);
  const all = [...fixed.map((f) => ({ id: f.id, rect: f.rect })), ...result.placed.map((p) => ({ id: p.id, rect: p.rect }))];
  expect(findOverlaps(all)).toEqual([]);
  const seen = [...result.placed.map((p) => p.id), ...result.unplaced.map((u) => u.id)].sort();
  expect(seen).toEqual(items.map((i) => i.id).sort());
  for (const u of result.unplaced) expect(renderMessage("zh-CN", u.reason).length).toBeGreaterThan(10);
  for (const p of result.placed) expect(p.fit.status).not.toBe("over");
}

/** Empty cells left between the masthead and the ads. */
function emptyCells(result: ReturnType<typeof autoPlace>, fromLine: number, toLine: number): number {
  let empty = 0;
  for (let c = 1; c <= G.columns; c += 1) {
    for (let l = fromLine; l <= toLine; l += 1) {
      const covered = result.placed.some(
        ({ rect: r }) => c >= r.firstColumn && c < r.firstColumn + r.columnSpan && l >= r.topLine && l < r.topLine + r.heightLines,
      );
      if (!covered) empty += 1;
    }
  }
  return empty;
}

/** A story of about `zi` 字 in paragraphs of ~150, cut from the seed page's own text. */
function storyOf(zi: number, headline: string | null, dateline: string | null = "本报聊城讯"): CopyfitStory {
  const source = seedBlocks()
    .filter((b) => b.length > 60)
    .join("");
  const paragraphs: string[] = [];
  for (let used = 0; used < zi; used += 150) paragraphs.push(source.slice(used % 3000, (used % 3000) + Math.min(150, zi - used)));
  return { kicker: null, headline, subheadline: null, bylineLines: 1, dateline, paragraphs, sidebars: [] };
}

describe("autoPlace on the seed page", () => {
  const items = seedItems();
  const fixed = seedFixedBoxes();
  const result = autoPlace(items, fixed, G);

  it("keeps every box on the grid, overlapping nothing, and accounts for every item", () => {
    expectSoundLayout(items, fixed, result);
  });

  it("places all eight items of the printed page", () => {
    expect(result.unplaced).toEqual([]);
    expect(result.placed).toHaveLength(8);
  });

  it("puts the lead story first, right under the masthead, 5–6 columns wide", () => {
    const lead = result.placed.find((p) => p.id === "lead")!;
    expect(lead.rect).toMatchObject({ firstColumn: 1, topLine: 5 });
    expect(lead.rect.columnSpan).toBeGreaterThanOrEqual(5);
    expect(lead.fit.status).toBe("fits");
  });

  it("gives the photo news a picture of 60 % of its box", () => {
    const photo = result.placed.find((p) => p.id === "photo")!;
    expect([3, 4]).toContain(photo.rect.columnSpan);
    expect(photo.setting.pictureLines).toBe(pictureLinesFor(photo.rect.heightLines));
  });

  // Boxes are as tall as their text (no stretching), so a few cells stay empty: the search still packs
  // the page (14 of 624 cells on the seed page), for the editor to close by hand.
  it("packs the page between masthead and ads: all 8 columns used, under 3 % of the cells empty", () => {
    const columnsUsed = new Set(result.placed.flatMap((p) => Array.from({ length: p.rect.columnSpan }, (_, k) => p.rect.firstColumn + k)));
    expect(columnsUsed.size).toBe(8);
    expect(emptyCells(result, 5, 82)).toBeLessThan(0.03 * 8 * 78);
  });

  it("makes each box as tall as its text needs at its width, within one line", () => {
    for (const p of result.placed) {
      const item = items.find((i) => i.id === p.id)!;
      expect(Math.abs(p.rect.heightLines - fittingHeight(item, p.rect.columnSpan, G)!), p.id).toBeLessThanOrEqual(1);
      expect(p.rect.heightLines - p.fit.linesNeeded, p.id).toBeLessThanOrEqual(1);
      expect(p.fit.status, p.id).not.toBe("over");
    }
  });

  it("is deterministic", () => {
    expect(autoPlace(items, fixed, G)).toEqual(result);
  });
});

describe("autoPlace with stories of commissioned lengths", () => {
  const lengths = [1900, 180, 600, 1200, 1700, 300, 200, 650];
  const items: PlacementItem[] = lengths.map((zi, i) => ({
    id: `s${i}`,
    kind: i === 1 ? "photo" : "story",
    story: storyOf(zi, i === 1 ? null : `第${i + 1}条稿件标题`, i === 1 ? null : "本报聊城讯"),
  }));
  const fixed = seedFixedBoxes();
  const result = autoPlace(items, fixed, G);

  it("keeps the layout sound and reports whatever does not fit, with a reason", () => {
    expectSoundLayout(items, fixed, result);
    expect(result.placed.find((p) => p.id === "s0")?.rect.topLine).toBe(5);
  });

  it("reports an item too long for any free area as unplaced", () => {
    const huge: PlacementItem = { id: "huge", kind: "story", story: storyOf(9000, "长稿") };
    const r = autoPlace([huge], fixed, G);
    expect(r.placed).toEqual([]);
    expect(r.unplaced[0].id).toBe("huge");
    expect(renderMessage("en", r.unplaced[0].reason)).toMatch(/lines/);
    expect(renderMessage("zh-CN", r.unplaced[0].reason)).toMatch(/^排 \d 栏需要 \d+ 行，本版这么宽的空白处最多只有 \d+ 行$/);
    const tooLong = autoPlace([{ ...huge, story: storyOf(30000, "长稿") }], [], G);
    expect(tooLong.unplaced[0].reason.key).toBe("setting.tooLongForPage");
    expect(renderMessage("zh-CN", tooLong.unplaced[0].reason)).toBe("稿子太长，通栏 8 栏也超过整版的 100 行，请删节或转版");
  });

  it("says in words why a story finds no room when the free area is too small", () => {
    const full: FixedBox = { id: "ad", kind: "ad", rect: { firstColumn: 1, columnSpan: 8, topLine: 11, heightLines: 90 } };
    const r = autoPlace([{ id: "a", kind: "story", story: storyOf(1200, "标题") }], [full], G);
    expect(r.placed).toEqual([]);
    expect(r.unplaced[0].reason.key).toBe("setting.noRoom");
    expect(renderMessage("zh-CN", r.unplaced[0].reason)).toMatch(/^排 6 栏需要 \d+ 行，本版这么宽的空白处最多只有 10 行$/);
  });
});

describe("autoPlace on an empty page", () => {
  it("places a single story top-left at its fitting height, leaving open space open", () => {
    const item: PlacementItem = { id: "a", kind: "story", story: storyOf(600, "标题") };
    const [p] = autoPlace([item], [], G).placed;
    expect(p.rect).toMatchObject({ firstColumn: 1, topLine: 1, heightLines: fittingHeight(item, p.rect.columnSpan, G) });
    expect(p.fit.status).toBe("fits");
  });

  it("never stretches a short story down to an ad or the footer: the box stays as tall as its text", () => {
    const item: PlacementItem = { id: "a", kind: "story", story: storyOf(300, "标题") };
    const ad: FixedBox = { id: "ad", kind: "ad", rect: { firstColumn: 1, columnSpan: 8, topLine: 61, heightLines: 40 } };
    const [p] = autoPlace([item], [ad], G).placed;
    expect(p.rect.heightLines).toBe(fittingHeight(item, p.rect.columnSpan, G));
    expect(p.rect.topLine + p.rect.heightLines).toBeLessThan(40);
    expect(p.fit.status).toBe("fits");
  });

  it("closes a gap of one line under a box, and no more", () => {
    const item: PlacementItem = { id: "a", kind: "story", story: storyOf(300, "标题") };
    const height = fittingHeight(item, 2, G)!;
    // Only columns 1–2 are free, down to an ad.
    const side: FixedBox = { id: "side", kind: "furniture", rect: { firstColumn: 3, columnSpan: 6, topLine: 1, heightLines: 100 } };
    const ad = (top: number): FixedBox => ({ id: "ad", kind: "ad", rect: { firstColumn: 1, columnSpan: 2, topLine: top, heightLines: 101 - top } });
    expect(autoPlace([item], [side, ad(height + 2)], G).placed[0].rect.heightLines).toBe(height + 1);
    expect(autoPlace([item], [side, ad(height + 3)], G).placed[0].rect.heightLines).toBe(height);
  });

  it("on a page with only the masthead and footer, short stories take only the height their text needs", () => {
    const fixed = seedFixedBoxes().filter((f) => f.kind === "furniture");
    const stories: PlacementItem[] = [200, 350, 500].map((zi, i) => ({ id: `s${i}`, kind: "story", story: storyOf(zi, `短稿${i + 1}`) }));
    const r = autoPlace(stories, fixed, G);
    expect(r.placed).toHaveLength(3);
    for (const p of r.placed) {
      expect(p.rect.heightLines, p.id).toBe(fittingHeight(stories.find((s) => s.id === p.id)!, p.rect.columnSpan, G));
      expect(p.rect.heightLines, p.id).toBeLessThan(G.linesPerColumn / 2);
    }
  });

  it("tries the width of a free area: a story that fits a 3-column gap fills its width", () => {
    // Free: columns 6–8 under a 5-column box; the story prefers 2 columns by length but a 3-column gap is there.
    const fixed: FixedBox[] = [
      { id: "left", kind: "furniture", rect: { firstColumn: 1, columnSpan: 5, topLine: 1, heightLines: 100 } },
      { id: "foot", kind: "furniture", rect: { firstColumn: 6, columnSpan: 3, topLine: 41, heightLines: 60 } },
    ];
    const item: PlacementItem = { id: "a", kind: "story", story: storyOf(350, "标题") };
    const [p] = autoPlace([item], fixed, G).placed;
    expect(p.rect).toMatchObject({ firstColumn: 6, columnSpan: 3, topLine: 1 });
  });
});

describe("span choices", () => {
  it("prefers 5–6 columns for the lead, 3–4 for photo news and 2–4 by length for others", () => {
    const story = (zi: number): PlacementItem => ({ id: "x", kind: "story", story: storyOf(zi, "题") });
    expect(spanChoices(story(1900), true, G).slice(0, 2)).toEqual([6, 5]);
    expect(spanChoices({ ...story(180), kind: "photo" }, false, G).slice(0, 2)).toEqual([4, 3]);
    expect(spanChoices(story(300), false, G)[0]).toBe(2);
    expect(spanChoices(story(650), false, G)[0]).toBe(3);
    expect(spanChoices(story(1700), false, G)[0]).toBe(4);
    expect(spanChoices({ ...story(650), preferredSpan: 5 }, false, G)[0]).toBe(5);
  });
});
