import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parsePageText } from "./parse";
import type { ParsedItem } from "./types";

/** Builds page text from blocks (one string per block, lines inside joined with "\n"). */
function page(...blocks: string[]): string {
  return blocks.join("\n\n") + "\n";
}

function editorial(items: ParsedItem[]): ParsedItem[] {
  return items.filter((i) => i.kind === "story" || i.kind === "photo" || i.kind === "brief");
}

function only(text: string): ParsedItem {
  const { items } = parsePageText(text);
  const stories = editorial(items);
  expect(stories).toHaveLength(1);
  return stories[0];
}

describe("paragraphs cut by a column end", () => {
  it("joins a block to a previous paragraph that does not end a sentence", () => {
    const item = only(page("标题", "□ 本报记者 张三", "2018年5月份，聊", "城市委组织部邀请专家审议。", "第二段。"));
    expect(item.paragraphs).toEqual(["2018年5月份，聊城市委组织部邀请专家审议。", "第二段。"]);
  });

  it("joins a short fragment without punctuation, and keeps joining while still open", () => {
    const item = only(page("标题", "□ 本报记者 张三", "据高明介绍，他之前在另一处写字楼办", "公", "，但发现场所太小。"));
    expect(item.paragraphs).toEqual(["据高明介绍，他之前在另一处写字楼办公，但发现场所太小。"]);
  });

  it("does not join after sentence-final punctuation or a closing quote", () => {
    const item = only(page("标题", "□ 本报记者 张三", "第一段结束了。", "“第二段是引语。”", "第三段！", "第四段？"));
    expect(item.paragraphs).toEqual(["第一段结束了。", "“第二段是引语。”", "第三段！", "第四段？"]);
  });

  it("does not join an open paragraph to the next story's headline", () => {
    const open = "放管服改革是为了一次办好，而代办制的核心就是激发活力，只有‘放’和‘管’相得益彰才行。代办员一般";
    const { items } = parsePageText(page("标题一", "□ 本报记者 张三", open, "标题二", "□ 本报记者 李四", "第二篇正文。"));
    expect(items.map((i) => i.headline)).toEqual(["标题一", "标题二"]);
    expect(items[0].paragraphs).toEqual([open]);
    expect(items[0].continues).toBe(true);
  });

  it("re-joins a paragraph whose column resumes after an ad", () => {
    const result = parsePageText(
      page("标题", "□ 本报记者 张三", "第一段。", "园区北临还设立了行知科技城小学，解决了员工子女", "农行 安家\n贷 梦", "入学问题。"),
    );
    expect(result.items.map((i) => i.kind)).toEqual(["story", "ad"]);
    expect(result.items[0].paragraphs[1]).toBe("园区北临还设立了行知科技城小学，解决了员工子女入学问题。");
    expect(result.items[0].continues).toBe(false);
    expect(result.warnings).toEqual([]);
  });

  it("joins lines hard-wrapped inside one block, without taking them for an ad", () => {
    const item = only(page("标题", "□ 本报记者 张三", "他说，在另一处\n写字楼办公，但\n发现场所太小。"));
    expect(item.paragraphs).toEqual(["他说，在另一处写字楼办公，但发现场所太小。"]);
  });

  it("trims lines and accepts CRLF line ends", () => {
    const item = only("标题\r\n\r\n□ 本报记者 张三\r\n\r\n\u3000\u3000今天，聊\r\n\r\n城。\r\n");
    expect(item.paragraphs).toEqual(["今天，聊城。"]);
  });
});

describe("titles", () => {
  it("reads one short line above the byline as the headline", () => {
    const item = only(page("全省宪法知识大赛 聊城代表队获佳绩", "□记者 肖会 报道", "正文。"));
    expect(item.kicker).toBeNull();
    expect(item.headline).toBe("全省宪法知识大赛 聊城代表队获佳绩");
  });

  it("reads two short lines as kicker and headline", () => {
    const item = only(page("扎牢党建根基 增强内生动力", "党支部唱响两新组织发展主旋律", "□ 本报记者 李梦", "正文。"));
    expect(item.kicker).toBe("扎牢党建根基 增强内生动力");
    expect(item.headline).toBe("党支部唱响两新组织发展主旋律");
    expect(item.subheadline).toBeNull();
  });

  it("keeps a kicker ending with a dash as the kicker", () => {
    const item = only(page("东昌府区行政审批局——", "求解打通便民服务的“最后百米”", "□ 本报记者 肖会", "正文。"));
    expect(item.kicker).toBe("东昌府区行政审批局——");
    expect(item.headline).toBe("求解打通便民服务的“最后百米”");
  });

  it("reads a second line opening with a dash as the subheadline", () => {
    const item = only(page("一个人的坚守", "——记乡村教师李墨刚", "□ 本报记者 李梦", "正文。"));
    expect(item.headline).toBe("一个人的坚守");
    expect(item.subheadline).toBe("——记乡村教师李墨刚");
    expect(item.kicker).toBeNull();
  });

  it("reads three short lines as kicker, headline and subheadline", () => {
    const item = only(page("引题", "主标题", "副题", "□ 本报记者 李梦", "正文。"));
    expect([item.kicker, item.headline, item.subheadline]).toEqual(["引题", "主标题", "副题"]);
  });

  it("does not take the previous story's last paragraph as a title", () => {
    const { items } = parsePageText(
      page("标题一", "□ 本报记者 张三", "很长的一段正文。", "技术学院4人入选。", "标题二", "□ 本报记者 李四", "正文。"),
    );
    expect(items[0].paragraphs).toEqual(["很长的一段正文。", "技术学院4人入选。"]);
    expect(items[1].kicker).toBeNull();
    expect(items[1].headline).toBe("标题二");
  });
});

describe("bylines", () => {
  it("reads 本报记者 / 本报通讯员 lines as one byline", () => {
    const item = only(page("标题", "□ 本报记者 李梦 孙亚飞\n本报通讯员 宋宇 陈亿卓", "正文。"));
    expect(item.byline).toEqual({
      raw: "□ 本报记者 李梦 孙亚飞\n本报通讯员 宋宇 陈亿卓",
      people: [
        { name: "李梦", role: "reporter" },
        { name: "孙亚飞", role: "reporter" },
        { name: "宋宇", role: "correspondent" },
        { name: "陈亿卓", role: "correspondent" },
      ],
    });
  });

  it("switches roles inside one line: □记者 X 通讯员 Y 报道", () => {
    const item = only(page("标题", "□记者 肖会 通讯员 孟伟 报道", "本报聊城讯 近日，大赛落幕。"));
    expect(item.byline?.people).toEqual([
      { name: "肖会", role: "reporter" },
      { name: "孟伟", role: "correspondent" },
    ]);
    expect(item.dateline).toBe("本报聊城讯");
    expect(item.paragraphs).toEqual(["近日，大赛落幕。"]);
  });

  it("reads names with only a 报道 credit as role credit", () => {
    const item = only(page("标题", "□孙亚飞 仝茹茹 报道", "正文。"));
    expect(item.byline?.people).toEqual([
      { name: "孙亚飞", role: "credit" },
      { name: "仝茹茹", role: "credit" },
    ]);
  });

  it("reads ■ 文/图 记者 X as reporter and photographer", () => {
    const item = only(page("标题", "■ 文/图 记者 王五", "正文。"));
    expect(item.byline?.people).toEqual([
      { name: "王五", role: "reporter" },
      { name: "王五", role: "photographer" },
    ]);
  });

  it("reads 本报讯（记者 X Y） at the start of the first paragraph", () => {
    const item = only(page("标题", "本报讯（记者 张三 李四）日前，全市召开会议。", "会议要求。"));
    expect(item.dateline).toBe("本报讯");
    expect(item.byline).toEqual({
      raw: "（记者 张三 李四）",
      people: [
        { name: "张三", role: "reporter" },
        { name: "李四", role: "reporter" },
      ],
    });
    expect(item.paragraphs[0]).toBe("日前，全市召开会议。");
  });

  it("reads a trailing （记者 X） and strips it from the last paragraph", () => {
    const item = only(page("标题", "本报济南讯 1月3日，会议召开。", "会议要求全力推进。（记者 赵六）"));
    expect(item.dateline).toBe("本报济南讯");
    expect(item.byline?.people).toEqual([{ name: "赵六", role: "reporter" }]);
    expect(item.paragraphs).toEqual(["1月3日，会议召开。", "会议要求全力推进。"]);
  });

  it("does not read running text that starts with 记者 as a byline", () => {
    const item = only(page("标题", "□ 本报记者 张三", "记者了解到，专家人才库实行动态管理。", "记者 张三说。"));
    expect(item.byline?.people).toEqual([{ name: "张三", role: "reporter" }]);
    expect(item.paragraphs).toHaveLength(2);
  });

  it("does not read a glued column label (记者走基层) as a byline", () => {
    const item = only(page("记者走基层", "春运路上", "□ 本报记者 张三", "正文。"));
    expect(item.kicker).toBe("记者走基层");
    expect(item.headline).toBe("春运路上");
    expect(item.byline?.people).toEqual([{ name: "张三", role: "reporter" }]);
  });

  it("makes a byline with no headline above it photo news, crediting photographers", () => {
    const { items } = parsePageText(page("上一篇正文结束。", "□王兆锋 赵玉国 报道\n1月7日，社员在晾晒粉条。"));
    const photo = items.find((i) => i.kind === "photo");
    expect(photo?.headline).toBeNull();
    expect(photo?.byline?.people).toEqual([
      { name: "王兆锋", role: "photographer" },
      { name: "赵玉国", role: "photographer" },
    ]);
    expect(photo?.paragraphs).toEqual(["1月7日，社员在晾晒粉条。"]);
  });

  it("makes an item credited only to photographers (本报记者 X 摄) photo news", () => {
    const item = only(page("粉条飘香", "本报记者 王兆锋 摄", "社员在晾晒粉条。"));
    expect(item.kind).toBe("photo");
    expect(item.headline).toBe("粉条飘香");
    expect(item.byline?.people).toEqual([{ name: "王兆锋", role: "photographer" }]);
  });
});

describe("datelines", () => {
  it.each([
    ["本报聊城讯 日前，名单公布。", "本报聊城讯"],
    ["本报讯 日前，名单公布。", "本报讯"],
    ["本报济南讯 日前，名单公布。", "本报济南讯"],
  ])("strips %s", (paragraph, dateline) => {
    const item = only(page("标题", "□ 本报记者 张三", paragraph, "第二段。"));
    expect(item.dateline).toBe(dateline);
    expect(item.paragraphs[0]).toBe("日前，名单公布。");
  });

  it("leaves a paragraph alone when 本报…讯 is not followed by a space or bracket", () => {
    const item = only(page("标题", "□ 本报记者 张三", "本报讯员工说了算。", "第二段。"));
    expect(item.dateline).toBeNull();
    expect(item.paragraphs[0]).toBe("本报讯员工说了算。");
  });

  it("starts a new item at a dateline paragraph with its own headline (a brief)", () => {
    const { items } = parsePageText(
      page("标题一", "□ 本报记者 张三", "第一篇正文。", "第一篇第二段。", "简讯标题", "本报讯（记者 李四）近日，活动举行。"),
    );
    expect(items.map((i) => [i.kind, i.headline])).toEqual([
      ["story", "标题一"],
      ["brief", "简讯标题"],
    ]);
    expect(items[1].paragraphs).toEqual(["近日，活动举行。"]);
  });
});

describe("item kinds", () => {
  it("calls a one-paragraph item a brief and a longer one a story", () => {
    const { items } = parsePageText(
      page("标题一", "□ 本报记者 张三", "只有一段。", "标题二", "□ 本报记者 李四", "第一段。", "第二段。"),
    );
    expect(items.map((i) => i.kind)).toEqual(["brief", "story"]);
  });

  it("reports a headline and byline with no body", () => {
    const result = parsePageText(page("标题", "□ 本报记者 张三"));
    expect(result.items[0].paragraphs).toEqual([]);
    expect(result.warnings).toEqual(['line 1: item "标题" has no body text']);
  });
});

describe("sidebars and continuation", () => {
  const text = page(
    "标题",
    "□ 本报记者 肖会",
    "第一段。",
    "只有放管结合，才能激发出代办制活力。代办员一般",
    "相关链接",
    "各乡镇全部建起了便民服务中心。",
    "政务中心由专人进行办理，实",
    "现了群众的迫切期盼。",
  );

  it("attaches a 相关链接 box and its paragraphs to the story as a sidebar", () => {
    const item = only(text);
    expect(item.paragraphs).toHaveLength(2);
    expect(item.sidebars).toEqual([
      { title: "相关链接", paragraphs: ["各乡镇全部建起了便民服务中心。", "政务中心由专人进行办理，实现了群众的迫切期盼。"] },
    ]);
  });

  it("marks a body that stops mid-sentence as continuing", () => {
    const item = only(text);
    expect(item.paragraphs[1].endsWith("代办员一般")).toBe(true);
    expect(item.continues).toBe(true);
  });

  it("does not mark a finished body as continuing", () => {
    expect(only(page("标题", "□ 本报记者 张三", "第一段。", "第二段。")).continues).toBe(false);
  });

  it("reads a （下转第2版） jump line as continuing and strips it", () => {
    const item = only(page("标题", "□ 本报记者 张三", "第一段。", "第二段说到。（下转第2版）"));
    expect(item.continues).toBe(true);
    expect(item.paragraphs[1]).toBe("第二段说到。");
  });
});

describe("ads, furniture and warnings", () => {
  it("reads short unpunctuated multi-line blocks as ads and footer lines as furniture", () => {
    const result = parsePageText(
      page(
        "标题",
        "□ 本报记者 张三",
        "正文。",
        "第二段。",
        "中国 泸州 人生大境界\n零售价: 568元 400-965-9511",
        "扫描二维码，下载客户端",
        "□ 责任编辑 李强\n(0531) 851 93550",
      ),
    );
    expect(result.items.map((i) => i.kind)).toEqual(["story", "ad", "furniture", "furniture"]);
    expect(result.items[1].text).toBe("中国 泸州 人生大境界\n零售价: 568元 400-965-9511");
    expect(result.items[3].text).toBe("□ 责任编辑 李强\n(0531) 851 93550");
    expect(result.responsibleEditor).toBe("李强");
    expect(result.warnings).toEqual([]);
  });

  it("reports a short line it cannot classify instead of guessing", () => {
    const result = parsePageText(page("标题", "□ 本报记者 张三", "正文。", "奇怪的一行"));
    expect(result.items[0].paragraphs).toEqual(["正文。"]);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toContain("line 7");
    expect(result.warnings[0]).toContain("奇怪的一行");
  });

  it("keeps an unpunctuated short line between paragraphs as a crosshead, with a warning", () => {
    const result = parsePageText(page("标题", "□ 本报记者 张三", "第一段。", "强化服务保障", "据介绍，总站将增开班次。"));
    expect(result.items[0].paragraphs).toEqual(["第一段。", "强化服务保障", "据介绍，总站将增开班次。"]);
    expect(result.warnings).toEqual(['line 7: "强化服务保障" read as a crosshead (小标题), kept as its own paragraph']);
  });

  it("reads a dated masthead line as furniture, not as a kicker", () => {
    const result = parsePageText(page("大众日报 聊城新闻 2019年1月10日 星期四", "冬日暖阳照农家", "□ 本报记者 王强", "正文。"));
    expect(result.items.map((i) => [i.kind, i.kicker, i.headline])).toEqual([
      ["furniture", null, null],
      ["brief", null, "冬日暖阳照农家"],
    ]);
  });

  it("reports text before the first story", () => {
    const result = parsePageText(page("没有标题的一段正文。", "标题", "□ 本报记者 张三", "正文。"));
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toContain("没有标题的一段正文。");
  });

  it("reports a paragraph after an ad that cannot continue the story", () => {
    const result = parsePageText(page("标题", "□ 本报记者 张三", "正文。", "农行 安家\n贷 梦", "孤立的一段。"));
    expect(result.items.map((i) => i.kind)).toEqual(["brief", "ad"]);
    expect(result.warnings[0]).toContain("孤立的一段。");
  });

  it("returns an empty page for empty input", () => {
    expect(parsePageText("")).toEqual({ items: [], responsibleEditor: null, warnings: [] });
  });
});

describe("the seed page (大众日报·聊城新闻, 2019-01)", () => {
  const seed = readFileSync(path.join(import.meta.dirname, "../../seeds/liaocheng-news-2019-01.txt"), "utf8");
  const result = parsePageText(seed);
  const stories = result.items.filter((i) => i.kind === "story");
  const byHeadline = (h: string): ParsedItem => {
    const item = result.items.find((i) => i.headline === h);
    if (!item) throw new Error(`no item ${h}`);
    return item;
  };

  it("finds 7 stories and 1 photo item in reading order, then 2 ads and 4 furniture items", () => {
    expect(result.items.map((i) => i.kind)).toEqual([
      "story",
      "photo",
      "story",
      "story",
      "story",
      "story",
      "story",
      "story",
      "ad",
      "ad",
      "furniture",
      "furniture",
      "furniture",
      "furniture",
    ]);
    expect(stories.map((s) => s.headline)).toEqual([
      "党支部唱响两新组织发展主旋律",
      "聊城28人入选省科普专家人才库",
      "高新区：孵化器让企业温暖成长",
      "求解打通便民服务的“最后百米”",
      "全省宪法知识大赛 聊城代表队获佳绩",
      "省妇联到聊城调研",
      "市城管局 作好社区结对帮扶",
    ]);
    expect(result.warnings).toEqual([]);
  });

  it("reads the first story's kicker and two-line byline", () => {
    const first = stories[0];
    expect(first.kicker).toBe("扎牢党建根基 增强内生动力");
    expect(first.byline?.raw).toBe("□ 本报记者 李梦 孙亚飞\n本报通讯员 宋宇 陈亿卓");
    expect(first.byline?.people).toEqual([
      { name: "李梦", role: "reporter" },
      { name: "孙亚飞", role: "reporter" },
      { name: "宋宇", role: "correspondent" },
      { name: "陈亿卓", role: "correspondent" },
    ]);
  });

  it("reads the photo news", () => {
    const photo = result.items[1];
    expect(photo.headline).toBeNull();
    expect(photo.byline?.raw).toBe("□王兆锋 赵玉国 报道");
    expect(photo.byline?.people.map((p) => p.role)).toEqual(["photographer", "photographer"]);
    expect(photo.paragraphs).toHaveLength(1);
    expect(photo.paragraphs[0].startsWith("1月7日，聊城市阳谷县")).toBe(true);
  });

  it("reads the 报道 credit and strips the dateline", () => {
    const item = byHeadline("聊城28人入选省科普专家人才库");
    expect(item.byline?.raw).toBe("□孙亚飞 仝茹茹 报道");
    expect(item.byline?.people).toEqual([
      { name: "孙亚飞", role: "credit" },
      { name: "仝茹茹", role: "credit" },
    ]);
    expect(item.dateline).toBe("本报聊城讯");
    expect(item.paragraphs[0].startsWith("日前，")).toBe(true);
  });

  it("re-joins paragraphs cut by column ends", () => {
    const all = editorial(result.items).flatMap((i) => [...i.paragraphs, ...i.sidebars.flatMap((s) => s.paragraphs)]);
    for (const joined of [
      "2018年5月份，聊城市委组织部邀请",
      "从弱到强",
      "科普山东”",
      "写字楼办公",
      "代办员纳入考勤",
      "实现了群众",
      "目前园区入驻",
      "聊城高新科技园区项目落成",
      "聊城职业技术学院",
      "不仅帮助党支部成功在",
    ]) {
      expect(all.filter((p) => p.includes(joined)), joined).toHaveLength(1);
    }
    expect(stories[0].paragraphs).toHaveLength(8);
  });

  it("attaches the 相关链接 sidebar and marks the 东昌府区 story as continuing", () => {
    const item = byHeadline("求解打通便民服务的“最后百米”");
    expect(item.kicker).toBe("“悉心把脉”查问题，“辨证施治”补短板，东昌府区行政审批局——");
    expect(item.paragraphs.at(-1)?.endsWith("代办员一般")).toBe(true);
    expect(item.continues).toBe(true);
    expect(item.sidebars).toHaveLength(1);
    expect(item.sidebars[0].title).toBe("相关链接");
    expect(item.sidebars[0].paragraphs).toHaveLength(2);
    expect(item.sidebars[0].paragraphs[1]).toContain("实现了群众“进一家门就能办成事、办好事”");
    expect(result.items.filter((i) => i.continues)).toEqual([item]);
  });

  it("reads the 记者/通讯员 byline of the 宪法 story", () => {
    const item = byHeadline("全省宪法知识大赛 聊城代表队获佳绩");
    expect(item.byline?.people).toEqual([
      { name: "肖会", role: "reporter" },
      { name: "孟伟", role: "correspondent" },
    ]);
    expect(item.dateline).toBe("本报聊城讯");
    expect(item.paragraphs[0].startsWith("近日，")).toBe(true);
  });

  it("reads the ads and the furniture", () => {
    const ads = result.items.filter((i) => i.kind === "ad").map((i) => i.text);
    expect(ads[0]).toContain("泸州");
    expect(ads[1]).toContain("中国农业银行");
    const furniture = result.items.filter((i) => i.kind === "furniture").map((i) => i.text ?? "");
    expect(furniture[0]).toContain("扫描二维码");
    expect(furniture[1]).toContain("微信公众账号");
    expect(furniture[2]).toContain("法律顾问");
    expect(furniture[3]).toBe("□ 责任编辑 李强\n(0531) 851 93550");
    expect(result.responsibleEditor).toBe("李强");
  });
});
