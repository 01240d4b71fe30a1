import { describe, expect, it } from "vitest";
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
  for (const u of result.unplaced) expect(u.reason.length).toBeGreaterThan(10);
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

  it("fills the page between masthead and ads: all 8 columns used, no empty cell", () => {
    const columnsUsed = new Set(result.placed.flatMap((p) => Array.from({ length: p.rect.columnSpan }, (_, k) => p.rect.firstColumn + k)));
    expect(columnsUsed.size).toBe(8);
    expect(emptyCells(result, 5, 82)).toBe(0);
  });

  it("keeps stretched boxes close to their copy: no box more than 4 box lines short", () => {
    for (const p of result.placed) expect(p.rect.heightLines - p.fit.linesNeeded, p.id).toBeLessThanOrEqual(4);
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
    expect(r.unplaced[0].reason).toMatch(/lines/);
  });
});

describe("autoPlace on an empty page", () => {
  it("places a single story top-left at its fitting height, leaving open space open", () => {
    const item: PlacementItem = { id: "a", kind: "story", story: storyOf(600, "标题") };
    const [p] = autoPlace([item], [], G).placed;
    expect(p.rect).toMatchObject({ firstColumn: 1, topLine: 1, heightLines: fittingHeight(item, p.rect.columnSpan, G) });
    expect(p.fit.status).toBe("fits");
  });

  it("stretches a box over a gap that an ad closes, and reports it short", () => {
    const item: PlacementItem = { id: "a", kind: "story", story: storyOf(300, "标题") };
    const ad: FixedBox = { id: "ad", kind: "ad", rect: { firstColumn: 1, columnSpan: 8, topLine: 61, heightLines: 40 } };
    const [p] = autoPlace([item], [ad], G).placed;
    expect(p.rect.topLine + p.rect.heightLines).toBe(61);
    expect(p.fit.status).toBe("short");
    expect(p.fit.shortLines).toBeGreaterThan(0);
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
