import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parsePageText } from "../page-text/parse";
import { storyTextOfItem } from "../story-text";
import { autoPlace } from "./auto-place";
import { bodyBlocks } from "./copyfit";
import { BROADSHEET_GRID } from "./grid";
import { boxSetting, fitChain, setStory, type StoryBox } from "./set-story";
import { copyfitStoryOf } from "./story-input";
import { seedFixedBoxes } from "./__fixtures__/seed-stories";

const G = BROADSHEET_GRID;

/** The seed page as seeds/load-seed.ts makes it: the parsed stories, placed by autoPlace around the fixed boxes. */
function seedPage() {
  const parsed = parsePageText(readFileSync(path.resolve(import.meta.dirname, "../../seeds/liaocheng-news-2019-01.txt"), "utf8"));
  const items = parsed.items.filter((i) => i.kind === "story" || i.kind === "photo" || i.kind === "brief");
  const stories = items.map((item, i) => ({ id: i + 1, ...storyTextOfItem(item), continues: item.continues }));
  const kinds = items.map((item): "photo" | "story" => (item.kind === "photo" ? "photo" : "story"));
  const { placed } = autoPlace(
    items.map((_, i) => ({ id: String(i + 1), kind: kinds[i], story: copyfitStoryOf(stories[i]) })),
    seedFixedBoxes(),
    G,
  );
  return placed.map((p) => {
    const story = stories[Number(p.id) - 1];
    const box: StoryBox = { kind: kinds[Number(p.id) - 1], ...p.rect, textColumnSpan: 1, headlineSize: "medium" };
    return { story, box, rect: p.rect };
  });
}

/** The whole body as blocks of its own text (a run-in dateline left out), to check nothing is set twice or lost. */
function ownTexts(story: Parameters<typeof copyfitStoryOf>[0]): string[] {
  return bodyBlocks(copyfitStoryOf(story)).map((b) => b.text.slice(b.prefixLength));
}

describe("setStory on the seed page", () => {
  const page = seedPage();

  it("sets each box as the browser draws it (e2e page-view counts these lines in Chromium)", () => {
    const boxes = page.map(({ story, box, rect }) => {
      const set = setStory(story, box, G);
      return {
        story: (story.headline ?? story.body[0]).slice(0, 6),
        rect: [rect.firstColumn, rect.columnSpan, rect.topLine, rect.heightLines],
        head: set.headLines,
        picture: set.pictureLines,
        columns: set.textColumns,
        rows: set.bodyRows,
        lines: set.bodyLines,
        pieces: set.pieces.length,
        fit: set.fit.status,
        jumpTo: set.jumpToNote,
      };
    });
    expect(boxes).toEqual([
      { story: "党支部唱响两", rect: [1, 5, 5, 32], head: 8, picture: 0, columns: 5, rows: 24, lines: 120, pieces: 8, fit: "fits", jumpTo: null },
      { story: "1月7日，聊", rect: [6, 3, 5, 14], head: 2, picture: 8, columns: 3, rows: 4, lines: 11, pieces: 1, fit: "fits", jumpTo: null },
      { story: "聊城28人入", rect: [6, 3, 19, 18], head: 5, picture: 0, columns: 3, rows: 13, lines: 39, pieces: 4, fit: "fits", jumpTo: null },
      { story: "高新区：孵化", rect: [1, 2, 37, 44], head: 7, picture: 0, columns: 2, rows: 37, lines: 74, pieces: 6, fit: "fits", jumpTo: null },
      { story: "求解打通便民", rect: [3, 4, 37, 37], head: 8, picture: 0, columns: 4, rows: 29, lines: 115, pieces: 12, fit: "fits", jumpTo: "（下转他版）" },
      { story: "全省宪法知识", rect: [7, 2, 37, 18], head: 8, picture: 0, columns: 2, rows: 10, lines: 19, pieces: 3, fit: "fits", jumpTo: null },
      { story: "省妇联到聊城", rect: [3, 4, 74, 9], head: 5, picture: 0, columns: 4, rows: 4, lines: 14, pieces: 2, fit: "fits", jumpTo: null },
      { story: "市城管局 作", rect: [7, 2, 55, 24], head: 7, picture: 0, columns: 2, rows: 17, lines: 33, pieces: 3, fit: "fits", jumpTo: null },
    ]);
  });

  it("sets every paragraph of a box whole, the dateline run in before the first", () => {
    for (const { story, box } of page) {
      const set = setStory(story, box, G);
      expect(set.pieces.map((p) => p.text)).toEqual(ownTexts(story));
      expect(set.pieces.some((p) => p.cut)).toBe(false);
      expect(set.pieces[0].dateline).toBe(story.dateline);
      expect(set.pieces.slice(1).every((p) => p.dateline === null)).toBe(true);
    }
  });

  it("gives the same fit as the server's chain for each box", () => {
    for (const { story, box } of page) {
      const jumpLines = story.continues ? 1 : 0;
      const [server] = fitChain(copyfitStoryOf(story), [{ setting: boxSetting(box), grid: G, jumpLines }]);
      expect(setStory(story, box, G).fit).toEqual(server.fit);
    }
  });
});

describe("setStory through a 转版 chain", () => {
  const bianmin = seedPage().find((b) => b.story.continues)!.story;
  const first: StoryBox = { kind: "story", columnSpan: 4, heightLines: 20, textColumnSpan: 1, headlineSize: "medium", jumpTo: 2 };
  const chain = fitChain(copyfitStoryOf(bianmin), [
    { setting: boxSetting(first), grid: G, jumpLines: 1 },
    { setting: boxSetting({ ...first, columnSpan: 3, heightLines: 40, headlineSize: "small" }), grid: G, jumpLines: 1 },
  ]);
  const second: StoryBox = { ...first, columnSpan: 3, heightLines: 40, headlineSize: "small", jumpTo: null, jumpFrom: 1, flowStart: chain[1].flowStart };
  const one = setStory(bianmin, first, G);
  const two = setStory(bianmin, second, G);

  it("fills the first box, ends it with the jump line, and is not overset", () => {
    expect(one.jumpToNote).toBe("（下转第2版）");
    expect(one.fit).toEqual(chain[0].fit);
    expect(one.fit.status).toBe("fits");
    expect(one.bodyLines).toBe(one.textColumns * one.bodyRows);
    expect(one.pieces.at(-1)!.cut).toBe(true);
  });

  it("goes on in the second box after a 上接 line, with the headline only, where the first stopped", () => {
    expect(two.continuation).toBe(true);
    expect(two.jumpFromNote).toBe("（上接第1版）");
    expect(two.jumpToNote).toBeNull();
    expect(two.fit).toEqual(chain[1].fit);
    expect(two.pieces[0].dateline).toBeNull();
    expect(two.headLines).toBeLessThan(one.headLines);
  });

  it("sets every character of the story once across the two boxes", () => {
    const set = [...one.pieces, ...two.pieces].map((p) => p.text).join("");
    expect(set).toBe(ownTexts(bianmin).join(""));
  });

  it("points the overset mark at the first words that do not fit", () => {
    const short = setStory(bianmin, { ...first, jumpTo: null }, G);
    expect(short.fit.status).toBe("over");
    const at = short.fit.overflowAt!;
    expect(short.overflowWords).toBe(Array.from(ownTexts(bianmin)[at.block].slice(at.offset)).slice(0, 16).join(""));
  });
});
