import { describe, expect, it } from "vitest";
import { halfUnits } from "../cjk/char-class";
import { breakParagraph } from "./break-lines";
import { breakClass, canBreakBefore } from "./break-rules";
import { DECK_TYPE, HEADLINE_TYPE, headElementGridLines, headElementText, headlineLines, type HeadType } from "./copyfit";
import { BROADSHEET_GRID, charsPerLine } from "./grid";
import { headlineBreak } from "./headline-break";
import { seedItems } from "./__fixtures__/seed-stories";

const G = BROADSHEET_GRID;

/** The seed page's 主题 and 引题, as printed on 2019-01-09. */
const SEED_HEADS = seedItems().flatMap((i) => [i.story.kicker, i.story.headline].filter((t): t is string => !!t));

const segmenter = new Intl.Segmenter("zh", { granularity: "word" });
/** Offsets (in code points) strictly inside a word of two or more characters, as the segmenter finds words. */
function insideWords(text: string): Set<number> {
  const inside = new Set<number>();
  let at = 0;
  for (const s of segmenter.segment(text)) {
    const n = Array.from(s.segment).length;
    if (s.isWordLike) for (let k = 1; k < n; k += 1) inside.add(at + k);
    at += n;
  }
  return inside;
}

/** Code-point offsets where the lines break. */
function breakOffsets(lines: string[]): number[] {
  const out: number[] = [];
  let at = 0;
  for (const line of lines.slice(0, -1)) {
    at += Array.from(line).length;
    out.push(at);
  }
  return out;
}

function width(line: string): number {
  return Array.from(line.trim()).reduce((w, ch) => w + halfUnits(ch.codePointAt(0)!), 0) / 2;
}

function letters(line: string): number {
  return Array.from(line).filter((ch) => ["ID", "AL"].includes(breakClass(ch.codePointAt(0)!))).length;
}

const TYPES: [string, HeadType][] = [
  ["large", HEADLINE_TYPE.large],
  ["medium", HEADLINE_TYPE.medium],
  ["small", HEADLINE_TYPE.small],
  ["deck", DECK_TYPE],
];

/** Every seed head in every type at spans 2–8 (a one-column headline is not set on a broadsheet). */
const CASES = SEED_HEADS.flatMap((text) =>
  TYPES.flatMap(([type, t]) =>
    Array.from({ length: 7 }, (_, k) => {
      const boxChars = charsPerLine(k + 2, G);
      return { text, type, boxChars, measure: boxChars / t.em, lines: headElementText(text, t, boxChars) };
    }),
  ),
);

describe("headline breaking on the seed headlines", () => {
  it("covers multi-line settings", () => {
    expect(CASES.filter((c) => c.lines.length > 1).length).toBeGreaterThan(30);
  });

  it("loses and adds nothing: the lines read the headline", () => {
    for (const c of CASES) expect(c.lines.join("")).toBe(c.text);
  });

  it("never breaks inside a word the segmenter finds", () => {
    const split = CASES.flatMap((c) => {
      const inside = insideWords(c.text);
      return breakOffsets(c.lines)
        .filter((o) => inside.has(o))
        .map((o) => `${c.text} @${o} (${c.type}, ${c.boxChars} 字): ${c.lines.join(" / ")}`);
    });
    expect(split).toEqual([]);
  });

  it("never leaves a single character alone on a line", () => {
    const orphans = CASES.filter((c) => c.lines.length > 1 && c.lines.some((l) => letters(l) === 1));
    expect(orphans.map((c) => `${c.type} ${c.boxChars}: ${c.lines.join(" / ")}`)).toEqual([]);
  });

  it("keeps 避头尾: no line starts with closing punctuation or ends with opening punctuation", () => {
    for (const c of CASES) {
      const cps = Array.from(c.text).map((ch) => ch.codePointAt(0)!);
      const view = { cps, classes: cps.map(breakClass) };
      for (const o of breakOffsets(c.lines)) expect(canBreakBefore(view, o), `${c.text} @${o}`).toBe(true);
      for (const l of c.lines.slice(1)) expect(l).not.toMatch(/^[，。、；：？！）》”’…]/u);
      for (const l of c.lines.slice(0, -1)) expect(l.trim()).not.toMatch(/[（《“‘]$/u);
    }
  });

  it("keeps every line within the measure and the greedy line count (one more only to save a word)", () => {
    for (const c of CASES) {
      for (const l of c.lines) expect(width(l), `${l} in ${c.measure}`).toBeLessThanOrEqual(c.measure);
      const greedy = breakParagraph(c.text, c.measure, { indent: 0 }).length;
      expect(c.lines.length - greedy).toBeGreaterThanOrEqual(0);
      expect(c.lines.length - greedy).toBeLessThanOrEqual(1);
    }
  });

  it("balances the lines: the longest is never longer than greedy filling's (a space aside: it is the writer's phrase break), and usually shorter", () => {
    let shorter = 0;
    for (const c of CASES.filter((x) => x.lines.length > 1 && !x.text.includes(" "))) {
      const greedy = breakParagraph(c.text, c.measure, { indent: 0 });
      if (greedy.length !== c.lines.length) continue;
      const longest = Math.max(...c.lines.map(width));
      expect(longest).toBeLessThanOrEqual(Math.max(...greedy.map(width)));
      if (longest < Math.max(...greedy.map(width))) shorter += 1;
    }
    expect(shorter).toBeGreaterThan(15);
  });

  it("sets the seed headlines as a subeditor would at two columns (medium, 11¼ 字 of headline)", () => {
    const at2 = (text: string) => headElementText(text, HEADLINE_TYPE.medium, charsPerLine(2, G));
    expect(at2("党支部唱响两新组织发展主旋律")).toEqual(["党支部唱响两新", "组织发展主旋律"]);
    expect(at2("全省宪法知识大赛 聊城代表队获佳绩")).toEqual(["全省宪法知识大赛 ", "聊城代表队获佳绩"]);
    expect(at2("市城管局 作好社区结对帮扶")).toEqual(["市城管局 ", "作好社区结对帮扶"]);
    expect(at2("求解打通便民服务的“最后百米”")).toEqual(["求解打通便民服务的", "“最后百米”"]);
    expect(at2("高新区：孵化器让企业温暖成长")).toEqual(["高新区：孵化器", "让企业温暖成长"]);
    expect(at2("扎牢党建根基 增强内生动力")).toEqual(["扎牢党建根基 ", "增强内生动力"]);
    // Greedy filling (what the browser does by itself) splits 聊城 and 东昌府 and strands 米”:
    expect(breakParagraph("全省宪法知识大赛 聊城代表队获佳绩", 11.25, { indent: 0 })).toEqual(["全省宪法知识大赛 聊城", "代表队获佳绩"]);
    expect(breakParagraph("求解打通便民服务的“最后百米”", 11.25, { indent: 0 })).toEqual(["求解打通便民服务的“最", "后百米”"]);
  });

  it("keeps a place name the segmenter cuts into single characters together (聊|城, 东|昌|府|区)", () => {
    expect(headlineBreak("省妇联到聊城调研", 5)).toEqual(["省妇联到", "聊城调研"]);
    const long = "“悉心把脉”查问题，“辨证施治”补短板，东昌府区行政审批局——";
    const name = Array.from(long).indexOf("东");
    for (const measure of [9, 11.25, 17, 23]) {
      const cuts = breakOffsets(headlineBreak(long, measure)).filter((o) => o > name && o < name + 4);
      expect(cuts, `${measure}: ${headlineBreak(long, measure).join(" / ")}`).toEqual([]);
    }
  });

  it("starts a new line at a manual break", () => {
    expect(headlineBreak("聊城28人\n入选省科普专家人才库", 40)).toEqual(["聊城28人", "入选省科普专家人才库"]);
  });
});

describe("head lines on the grid (tight headline spacing)", () => {
  it("gives one line its type's lines, and each further line 1.2 × its size", () => {
    expect(headElementGridLines(1, HEADLINE_TYPE.medium)).toBe(3);
    expect(headElementGridLines(1, HEADLINE_TYPE.large)).toBe(4);
    expect(headElementGridLines(1, HEADLINE_TYPE.small)).toBe(2);
    expect(headElementGridLines(1, DECK_TYPE)).toBe(2);
    // 2 medium lines: 3 × 1.554 + 2.4 × 1.2 = 7.54 units = 4.85 lines → 5 (loose setting took 6).
    expect(headElementGridLines(2, HEADLINE_TYPE.medium)).toBe(5);
    expect(headElementGridLines(3, HEADLINE_TYPE.large)).toBe(9);
    expect(headElementGridLines(0, HEADLINE_TYPE.medium)).toBe(0);
  });

  it("counts the lines headline-break sets for the copyfit's head block", () => {
    const story = { kicker: null, headline: "全省宪法知识大赛 聊城代表队获佳绩", subheadline: null, bylineLines: 1, dateline: null, paragraphs: [], sidebars: [] };
    // Two columns: two headline lines (5 grid lines) + byline 1 + air 1.
    expect(headlineLines(story, { columnSpan: 2, heightLines: 30 }, G)).toBe(7);
    // Four columns: one line.
    expect(headlineLines(story, { columnSpan: 4, heightLines: 30 }, G)).toBe(5);
  });
});
