import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parsePageText, readPageText } from "./parse";
import type { ParsedItem, ParsedPage } from "./types";

/**
 * The parser's corpus (lib/page-text/__corpus__/): pages in the seed's plain format, written from the
 * layouts a Chinese city paper prints — 要闻 with briefs and agency copy, a 特别报道 feature with crossheads
 * and photo news, a 社会 page with what the parser must flag rather than guess.
 */
const corpus = (name: string): ParsedPage => parsePageText(readFileSync(path.join(import.meta.dirname, "__corpus__", name), "utf8"));

function byHeadline(page: ParsedPage, headline: string): ParsedItem {
  const item = page.items.find((i) => i.headline === headline);
  if (!item) throw new Error(`no item "${headline}" in ${page.items.map((i) => i.headline).join(" / ")}`);
  return item;
}

const kinds = (page: ParsedPage) => page.items.map((i) => [i.kind, i.headline]);
const allParagraphs = (page: ParsedPage) => page.items.flatMap((i) => [...i.paragraphs, ...i.sidebars.flatMap((s) => s.paragraphs)]);

describe("corpus: 要闻 page (yaowen-2019-01-10)", () => {
  const page = corpus("yaowen-2019-01-10.txt");

  it("finds every item in reading order, with no warnings", () => {
    expect(kinds(page)).toEqual([
      ["furniture", null],
      ["story", "全市重点项目集中开工 总投资386亿元"],
      ["story", "全国春运今日启动 预计旅客发送量29.9亿人次"],
      ["brief", "我市启动“温暖回家路”志愿服务"],
      ["brief", "市图书馆新增自助借还设备"],
      ["photo", "冬日暖阳照农家"],
      ["story", "城区供暖保障工作有序推进"],
      ["ad", null],
      ["furniture", null],
    ]);
    expect(page.warnings).toEqual([]);
    expect(page.responsibleEditor).toBe("王芳");
  });

  it("reads 本报讯（记者 X Y） with no byline line: dateline, both reporters, the text after the bracket", () => {
    const item = byHeadline(page, "全市重点项目集中开工 总投资386亿元");
    expect(item.kicker).toBe("聚焦新旧动能转换");
    expect(item.dateline).toBe("本报讯");
    expect(item.byline).toEqual({ raw: "（记者 张晓 李明）", people: [{ name: "张晓", role: "reporter" }, { name: "李明", role: "reporter" }] });
    expect(item.paragraphs[0].startsWith("1月9日上午，")).toBe(true);
    expect(item.paragraphs.at(-1)).toBe("市委主要负责同志强调，要把项目建设作为稳增长、调结构的“牛鼻子”，进一步优化营商环境，在土地、资金、用工等方面给予支持，推动项目尽快落地见效，为高质量发展积蓄强劲动能。");
  });

  it("reads 新华社北京1月9日电（记者 X Y） as the dateline of a story without a byline line", () => {
    const item = byHeadline(page, "全国春运今日启动 预计旅客发送量29.9亿人次");
    expect(item.dateline).toBe("新华社北京1月9日电");
    expect(item.byline?.people.map((p) => p.name)).toEqual(["王敏", "刘华"]);
    expect(item.paragraphs).toHaveLength(2);
    expect(item.paragraphs[0].startsWith("2019年春运自1月21日开始")).toBe(true);
  });

  it("starts a new item at 聊城新闻网讯 instead of running it into the story above", () => {
    const item = byHeadline(page, "我市启动“温暖回家路”志愿服务");
    expect(item.dateline).toBe("聊城新闻网讯");
    expect(item.byline).toBeNull();
    expect(item.paragraphs).toEqual(["1月8日，“温暖回家路”春运志愿服务活动在聊城火车站启动，200余名志愿者将在春运期间为旅客提供咨询引导、行李搬运、爱心帮扶等服务。"]);
    expect(allParagraphs(page).filter((p) => p.includes("聊城新闻网讯"))).toEqual([]);
  });

  it("reads a headless 本报讯 brief with a trailing （记者 X）", () => {
    const item = byHeadline(page, "市图书馆新增自助借还设备");
    expect(item.dateline).toBe("本报讯");
    expect(item.byline).toEqual({ raw: "（记者 赵六）", people: [{ name: "赵六", role: "reporter" }] });
    expect(item.paragraphs).toEqual(["近日，市图书馆新增6台自助借还设备和2台电子书借阅机，读者凭身份证即可自助办理借阅手续，平均每本书办理时间缩短到10秒以内。"]);
  });

  it("reads photo news printed headline, caption, then □X 摄", () => {
    const item = byHeadline(page, "冬日暖阳照农家");
    expect(item.byline).toEqual({ raw: "□王兆锋 摄", people: [{ name: "王兆锋", role: "photographer" }] });
    expect(item.paragraphs).toHaveLength(1);
    expect(item.paragraphs[0].startsWith("1月8日，东阿县姜楼镇")).toBe(true);
    // neither the headline nor the caption went into the brief above
    expect(byHeadline(page, "市图书馆新增自助借还设备").paragraphs).toHaveLength(1);
  });

  it("marks the story cut before the ad as continuing, and keeps the ad out of it", () => {
    const item = byHeadline(page, "城区供暖保障工作有序推进");
    expect(item.continues).toBe(true);
    expect(item.paragraphs.at(-1)?.endsWith("供热企业已经组织专人逐户入")).toBe(true);
    expect(page.items[7].text).toBe("金牌月嫂 就选家政通\n服务热线: 0635-8888666");
  });
});

describe("corpus: 特别报道 page (tebie-2019-01-11)", () => {
  const page = corpus("tebie-2019-01-11.txt");

  it("finds every item in reading order", () => {
    expect(kinds(page)).toEqual([
      ["furniture", null],
      ["story", "一个人的坚守"],
      ["photo", "冬季长跑迎新春"],
      ["story", "特色产业让农民鼓起“钱袋子”"],
      ["ad", null],
      ["furniture", null],
    ]);
  });

  it("reads kicker, headline and ——subheadline, and ■ 文/图 本报记者 X once per role", () => {
    const item = byHeadline(page, "一个人的坚守");
    expect([item.kicker, item.subheadline]).toEqual(["扎根乡村二十年", "——记冠县贾镇中学教师李墨刚"]);
    expect(item.byline).toEqual({
      raw: "■ 文/图 本报记者 王强",
      people: [
        { name: "王强", role: "reporter" },
        { name: "王强", role: "photographer" },
      ],
    });
  });

  it("keeps crossheads (■ 从零起步, 二、…) inside the story as paragraphs, flagged on that story", () => {
    const item = byHeadline(page, "一个人的坚守");
    expect(item.paragraphs).toContain("■ 从零起步");
    expect(item.paragraphs).toContain("二、把课上到孩子心里");
    // the numbered crosshead is not glued to the paragraph under it
    expect(item.paragraphs[item.paragraphs.indexOf("二、把课上到孩子心里") + 1].startsWith("在学生眼里")).toBe(true);
    expect(item.warnings.map((w) => [w.code, w.line, w.excerpt])).toEqual([
      ["crosshead", 13, "■ 从零起步"],
      ["crosshead", 19, "二、把课上到孩子心里"],
    ]);
    expect(item.sidebars).toEqual([{ title: "记者手记", paragraphs: [expect.stringContaining("师者仁心")] }]);
    expect(page.warnings).toEqual(item.warnings.map((w) => w.message));
  });

  it("reads a X 摄影报道 credit as photo news by a photographer", () => {
    const item = byHeadline(page, "冬季长跑迎新春");
    expect(item.byline?.people).toEqual([{ name: "孙亚飞", role: "photographer" }]);
    expect(item.paragraphs).toHaveLength(1);
  });

  it("reads a 下转第4版 line after a cut paragraph as continuing, before the ad", () => {
    const item = byHeadline(page, "特色产业让农民鼓起“钱袋子”");
    expect(item.kicker).toBe("乡村振兴看冠县");
    expect(item.dateline).toBe("本报冠县讯");
    expect(item.continues).toBe(true);
    expect(item.paragraphs.at(-1)?.endsWith("让更多农民在家门口")).toBe(true);
    expect(page.items[4]).toMatchObject({ kind: "ad", text: "聊城农商银行\n贴心服务 惠及万家\n全国统一客服电话 96588" });
  });
});

describe("corpus: 社会 page (shehui-2019-01-12)", () => {
  const reading = readPageText(readFileSync(path.join(import.meta.dirname, "__corpus__", "shehui-2019-01-12.txt"), "utf8"));
  const page = reading.page;

  it("finds every item in reading order", () => {
    expect(kinds(page)).toEqual([
      ["furniture", null],
      ["story", "“小修小补”便民点进社区"],
      ["story", "消防宣传进校园"],
      ["photo", null],
      ["ad", null],
      ["story", "老旧小区改造惠及万户居民"],
    ]);
    expect(reading.unattached).toEqual([]);
  });

  it("tells a crosshead inside a story from the next story's headline above a dateline", () => {
    const first = byHeadline(page, "“小修小补”便民点进社区");
    expect(first.paragraphs).toHaveLength(4);
    expect(first.paragraphs[2]).toBe("服务价格公开透明");
    expect(first.warnings.map((w) => w.code)).toEqual(["crosshead"]);
    const next = byHeadline(page, "消防宣传进校园");
    expect(next.dateline).toBe("本报讯");
    expect(next.byline).toBeNull();
    expect(next.warnings).toEqual([]);
  });

  it("attaches a line it cannot classify to the item it sits in, and leaves it out of the text", () => {
    const photo = page.items[3];
    expect(photo.byline?.people).toEqual([{ name: "肖会", role: "photographer" }]);
    expect(photo.paragraphs).toHaveLength(1);
    expect(photo.warnings).toEqual([
      {
        code: "leftOutLine",
        line: 25,
        excerpt: "图片由东昌湖景区管理处提供",
        message: 'line 25: short line that is not a headline, byline, sidebar title, ad or furniture (inside a story body), left out: "图片由东昌湖景区管理处提供"',
      },
    ]);
    expect(allParagraphs(page).some((p) => p.includes("景区管理处"))).toBe(false);
  });

  it("marks the story that stops at the end of the page as continuing", () => {
    const last = page.items.at(-1)!;
    expect(last.continues).toBe(true);
    expect(last.paragraphs.at(-1)?.endsWith("将得到明显")).toBe(true);
  });
});

describe("cases beyond the corpus", () => {
  const page = (...blocks: string[]) => parsePageText(blocks.join("\n\n") + "\n");

  it("reads the next story's headline with no byline and no dateline as a crosshead, and says so on the story", () => {
    const result = page("标题一", "□ 本报记者 张三", "第一段。", "另一篇的标题", "另一篇的正文没有电头也没有署名。");
    expect(result.items).toHaveLength(1);
    expect(result.items[0].warnings).toEqual([expect.objectContaining({ code: "crosshead", line: 7, excerpt: "另一篇的标题" })]);
  });

  it("does not read a marker and a few words as a byline: ■ 聚焦民生 is a crosshead", () => {
    const result = page("标题", "□ 本报记者 张三", "第一段。", "■ 聚焦民生", "第二段说到民生。");
    expect(result.items.map((i) => i.kind)).toEqual(["story"]);
    expect(result.items[0].paragraphs).toEqual(["第一段。", "■ 聚焦民生", "第二段说到民生。"]);
  });

  it("still reads a photographer credit above its caption as headless photo news", () => {
    const result = page("上一篇正文结束。", "□王兆锋 摄", "1月7日，社员在晾晒粉条。");
    const photo = result.items.find((i) => i.kind === "photo");
    expect(photo?.byline?.people).toEqual([{ name: "王兆锋", role: "photographer" }]);
    expect(photo?.paragraphs).toEqual(["1月7日，社员在晾晒粉条。"]);
  });

  it("reads X 摄影报道 and 本报记者 X 摄影 under a headline", () => {
    for (const credit of ["王兆锋 摄影报道", "本报记者 王兆锋 摄影", "□ 王兆锋 摄"]) {
      const [item] = page("粉条飘香", credit, "社员在晾晒粉条。").items;
      expect(item.kind, credit).toBe("photo");
      expect(item.byline?.people, credit).toEqual([{ name: "王兆锋", role: "photographer" }]);
    }
  });

  it("gives text before the first item to no item", () => {
    const reading = readPageText("没有标题的一段正文。\n\n标题\n\n□ 本报记者 张三\n\n正文。\n");
    expect(reading.unattached.map((w) => [w.code, w.line])).toEqual([["unattachedParagraph", 1]]);
    expect(reading.page.items.every((i) => i.warnings.length === 0)).toBe(true);
    expect(reading.page.warnings).toHaveLength(1);
  });
});

describe("the seed page", () => {
  const seed = readFileSync(path.join(import.meta.dirname, "../../seeds/liaocheng-news-2019-01.txt"), "utf8");

  it("parses exactly as before the corpus work (hash of the JSON without the new per-item warnings)", () => {
    const result = parsePageText(seed);
    expect(result.items.every((i) => i.warnings.length === 0)).toBe(true);
    const before = { ...result, items: result.items.map(({ warnings: _none, ...item }) => item) };
    expect(createHash("sha256").update(JSON.stringify(before)).digest("hex")).toBe("fc756b7d4d249e2cbeb2fa0533535e7ca49565d584801399db63033703332ed5");
  });
});
