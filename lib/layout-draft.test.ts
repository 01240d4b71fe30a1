import { describe, expect, it } from "vitest";
import { BROADSHEET_GRID, type Rect } from "./copyfit/grid";
import { setStory } from "./copyfit/set-story";
import { checkPlacement, fittingHeightOf, fromServer, reapplyChanges, serverIdsFor, type BoxStory, type DraftElement } from "./layout-draft";

const G = BROADSHEET_GRID;

const story = (id: number, headline: string): BoxStory => ({
  id,
  kicker: null,
  headline,
  subheadline: null,
  dateline: "本报聊城讯",
  body: ["聊城市委组织部邀请有关专家，对全市两新组织党建工作进行专题培训。".repeat(3)],
  sidebars: [],
  bylines: [{ name: "李梦", role: "reporter" }],
  continues: false,
  slug: headline,
  status: "edited",
  kind: "article",
  length: 90,
});

/** A box as it came from the server (serverId) or as added in this editor (serverId null). */
function box(key: string, serverId: number | null, rect: Rect, over: Partial<DraftElement> = {}): DraftElement {
  return {
    id: key,
    serverId,
    kind: "story",
    storyId: null,
    ...rect,
    textColumnSpan: 1,
    headlineSize: "medium",
    locked: false,
    text: null,
    label: null,
    caption: null,
    continuedFromElementId: null,
    story: null,
    ...over,
  };
}

const at = (firstColumn: number, topLine: number, columnSpan = 2, heightLines = 10): Rect => ({ firstColumn, columnSpan, topLine, heightLines });
const name = (el: DraftElement) => el.story?.headline ?? el.id;
const places = (list: DraftElement[]) => Object.fromEntries(list.map((e) => [e.story?.headline ?? e.id, [e.firstColumn, e.topLine, e.columnSpan, e.heightLines]]));

// The page both editors started from: three story boxes side by side.
const A = box("s1", 1, at(1, 5), { storyId: 11, story: story(11, "甲") });
const B = box("s2", 2, at(3, 5), { storyId: 12, story: story(12, "乙") });
const C = box("s3", 3, at(5, 5), { storyId: 13, story: story(13, "丙") });
const base = [A, B, C];

describe("reapplyChanges: my changes since the base, laid onto the server's newer layout", () => {
  it("keeps my change and theirs when they touch different boxes", () => {
    const mine = [{ ...A, ...at(1, 30) }, B, C];
    const theirs = [A, { ...B, ...at(3, 40) }, C];
    const { elements, dropped } = reapplyChanges(base, mine, theirs, G, name);
    expect(dropped).toEqual([]);
    expect(places(elements)).toEqual({ 甲: [1, 30, 2, 10], 乙: [3, 40, 2, 10], 丙: [5, 5, 2, 10] });
  });

  it("takes my setting of a box they also changed, when it still fits", () => {
    const mine = [{ ...A, headlineSize: "large" as const }, B, C];
    const theirs = [{ ...A, ...at(1, 50) }, B, C];
    const { elements, dropped } = reapplyChanges(base, mine, theirs, G, name);
    expect(dropped).toEqual([]);
    expect(elements.find((e) => e.serverId === 1)).toMatchObject({ headlineSize: "large", topLine: 5 });
  });

  it("adds my new box where it is still free, with a fresh local key and no server id", () => {
    const added = box("n7", null, at(7, 5), { storyId: 14, story: story(14, "丁") });
    const { elements, dropped } = reapplyChanges(base, [...base, added], base, G, name);
    expect(dropped).toEqual([]);
    expect(elements.at(-1)).toMatchObject({ id: "nn7", serverId: null, storyId: 14, firstColumn: 7 });
  });

  it("leaves out and names a change that now overlaps their box (theirs stays as it is)", () => {
    const theirNew = box("s4", 4, at(1, 30), { storyId: 15, story: story(15, "戊") });
    const mine = [{ ...A, ...at(1, 32) }, B, C];
    const { elements, dropped } = reapplyChanges(base, mine, [...base, theirNew], G, name);
    expect(dropped).toEqual(["甲"]);
    expect(places(elements)).toMatchObject({ 甲: [1, 5, 2, 10], 戊: [1, 30, 2, 10] });
  });

  it("leaves out my new box when its place is taken or they placed that story too", () => {
    const mineAdded = box("n8", null, at(7, 5), { storyId: 16, story: story(16, "己") });
    const theirOverlap = box("s5", 5, at(7, 8), { storyId: 17, story: story(17, "庚") });
    expect(reapplyChanges(base, [...base, mineAdded], [...base, theirOverlap], G, name).dropped).toEqual(["己"]);
    const theirSameStory = box("s6", 6, at(1, 60), { storyId: 16, story: story(16, "己") });
    const result = reapplyChanges(base, [...base, mineAdded], [...base, theirSameStory], G, name);
    expect(result.dropped).toEqual(["己"]);
    expect(result.elements.filter((e) => e.storyId === 16)).toHaveLength(1);
  });

  it("names my change to a box they deleted, and does not bring the box back", () => {
    const mine = [A, { ...B, ...at(3, 30) }, C];
    const theirs = [A, C];
    const { elements, dropped } = reapplyChanges(base, mine, theirs, G, name);
    expect(dropped).toEqual(["乙"]);
    expect(elements.map((e) => e.serverId)).toEqual([1, 3]);
  });

  it("applies my deletion and keeps theirs", () => {
    const { elements, dropped } = reapplyChanges(base, [A, B], [A, B, C].filter((e) => e !== A), G, name);
    expect(dropped).toEqual([]);
    expect(elements.map((e) => e.serverId)).toEqual([2]);
  });

  it("keeps a box only they added, and their change to a box I left alone", () => {
    const theirNew = box("s9", 9, at(7, 40), { storyId: 18, story: story(18, "辛") });
    const { elements } = reapplyChanges(base, base, [A, { ...B, heightLines: 20 }, C, theirNew], G, name);
    expect(places(elements)).toEqual({ 甲: [1, 5, 2, 10], 乙: [3, 5, 2, 20], 丙: [5, 5, 2, 10], 辛: [7, 40, 2, 10] });
  });
});

describe("placement and the server round trip", () => {
  it("refuses a box outside the grid or over another, naming the other", () => {
    expect(checkPlacement(base, null, at(8, 5), G)).toEqual({ ok: false, reason: "outside" });
    expect(checkPlacement(base, null, at(2, 8), G)).toEqual({ ok: false, reason: "overlap", other: A });
    expect(checkPlacement(base, "s1", at(1, 8), G)).toEqual({ ok: true });
  });

  it("keys server boxes by id and finds the id a new box got when saved", () => {
    const draft = fromServer({ ...A, id: 1 });
    expect(draft).toMatchObject({ id: "s1", serverId: 1 });
    const added = box("n1", null, at(7, 5));
    const saved = [{ id: 1, firstColumn: 1, topLine: 5, kind: "story" as const }, { id: 42, firstColumn: 7, topLine: 5, kind: "story" as const }];
    const ids = serverIdsFor([draft, added], saved);
    expect(ids.get("s1")?.id).toBe(1);
    expect(ids.get("n1")?.id).toBe(42);
  });

  it("finds the fewest lines at which a story box fits, as the page sets it", () => {
    const h = fittingHeightOf(A, G);
    expect(setStory(A.story!, { ...A, heightLines: h }, G).fit.status).not.toBe("over");
    expect(setStory(A.story!, { ...A, heightLines: h - 1 }, G).fit.status).toBe("over");
  });
});
