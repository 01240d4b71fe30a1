import { describe, expect, it } from "vitest";
import { buildAutomaton } from "./aho-corasick";
import { checkFields, compileCheckLists, storyCheckFields, type CheckField, type CheckTerm, type Finding } from "./index";
import { normalizeText } from "./normalize";

const T = (list: CheckTerm["list"], term: string, replacement: string | null = null, note: string | null = null): CheckTerm => ({ list, term, replacement, note });

const LISTS = compileCheckLists([
  T("banned", "法轮功"),
  T("banned", "瞎子", "盲人"),
  T("caution", "弱智", "智力障碍", "慎用"),
  T("caution", "天王"),
  T("typo", "按装", "安装"),
  T("typo", "再接再励", "再接再厉"),
  T("preferred", "南朝鲜", "韩国"),
  T("preferred", "台湾", "中国台湾"),
  T("banned", "ass"),
  T("whitelist", "天王星"),
  T("whitelist", "弱智化"),
]);

const body = (text: string): CheckField[] => [{ field: "body", paragraph: 0, text }];
const brief = (f: Finding) => [f.rule, f.text, f.start, f.end, f.suggestion];

describe("word lists: matching that cannot be dodged, spans in the original text", () => {
  it.each([
    ["plain", "他练法轮功", [["banned", "法轮功", 2, 5, null]]],
    ["spaces between the characters", "他练法 轮 功", [["banned", "法 轮 功", 2, 7, null]]],
    ["symbols between the characters", "法*轮-功。", [["banned", "法*轮-功", 0, 5, null]]],
    ["ideographic space and zero-width space", "法\u3000轮\u200b功", [["banned", "法\u3000轮\u200b功", 0, 5, null]]],
    ["traditional characters (tw)", "法輪功", [["banned", "法輪功", 0, 3, null]]],
    ["traditional and spaced", "法 輪 功", [["banned", "法 輪 功", 0, 5, null]]],
    ["full-width Latin", "ＡＳＳ 是", [["banned", "ＡＳＳ", 0, 3, null]]],
    ["a Latin term only as a whole word", "class 和 passage", []],
    ["suggestion from the list", "别叫他瞎子", [["banned", "瞎子", 3, 5, "盲人"]]],
    ["typo: wrong → right", "按装空调", [["typo", "按装", 0, 2, "安装"]]],
    ["typo in traditional characters", "再接再勵", [["typo", "再接再勵", 0, 4, "再接再厉"]]],
    ["typo not matched across punctuation (light)", "按，装", []],
    ["caution with its suggestion", "弱智", [["caution", "弱智", 0, 2, "智力障碍"]]],
    ["preferred form", "南朝鲜总统", [["preferred", "南朝鲜", 0, 3, "韩国"]]],
    ["preferred: not inside its own right form", "中国台湾地区和台湾", [["preferred", "台湾", 7, 9, "中国台湾"]]],
    ["whitelist: a match inside an exception is not reported", "天王星和天王", [["caution", "天王", 4, 6, null]]],
    ["whitelist covers traditional too", "弱智化", []],
    ["a character outside the BMP before the match keeps the offsets", "𠀀法轮功", [["banned", "法轮功", 2, 5, null]]],
  ])("%s", (_name, text, expected) => {
    expect(checkFields(body(text), LISTS).map(brief)).toEqual(expected);
  });

  it("a term found twice gets two keys (occurrence), stable across runs", () => {
    const f = checkFields(body("法轮功，法 轮 功"), LISTS);
    expect(f.map((x) => x.key)).toEqual(["banned|body|0|法轮功|0", "banned|body|0|法轮功|1"]);
    expect(f.every((x) => x.severity === "block")).toBe(true);
    expect(f[0].term).toBe("法轮功");
  });

  it("overlapping matches of one rule: leftmost-longest, no overlap", () => {
    const lists = compileCheckLists([T("banned", "甲乙"), T("banned", "甲乙丙"), T("banned", "乙丙丁")]);
    expect(checkFields(body("甲乙丙丁"), lists).map((f) => f.text)).toEqual(["甲乙丙"]);
  });
});

describe("normalization with an offset map", () => {
  it.each([
    ["ＡＢＣ１２３", "light", "abc123", [0, 1, 2, 3, 4, 5]],
    ["臺灣 說", "light", "台湾说", [0, 1, 3]],
    ["法*轮，功", "dense", "法轮功", [0, 2, 4]],
    ["法*轮，功", "light", "法*轮,功", [0, 1, 2, 3, 4]],
    ["㈱", "light", "(株)", [0, 0, 0]],
  ] as const)("%s (%s)", (text, mode, normalized, from) => {
    const n = normalizeText(text, mode);
    expect(n.text).toBe(normalized);
    expect([...n.from]).toEqual(from);
  });
});

describe("Aho–Corasick", () => {
  it("reports every occurrence with its position, suffix matches included (mint-filter misses these)", () => {
    const ac = buildAutomaton(["he", "she", "his", "hers", "e"]);
    const found = ac.search("ushers").map((m) => `${m.pattern}@${m.start}-${m.end}`);
    expect(found.sort()).toEqual(["0@2-4", "1@1-4", "3@2-6", "4@3-4"].sort());
  });
});

describe("halfwidthPunct (GB/T 15834)", () => {
  it.each([
    ["comma beside Han", "我们,他们", [[",", 2, "，"]]],
    ["full stop at the end", "结束了.", [[".", 3, "。"]]],
    ["colon and question mark", "问:为什么?", [[":", 1, "："], ["?", 5, "？"]]],
    ["parentheses around Latin inside Chinese", "人工智能(AI)技术", [["(", 4, "（"], [")", 7, "）"]]],
    ["a space after the mark", "我们, 他们", [[",", 2, "，"]]],
    ["dots as an ellipsis", "然后...他走了", [["...", 2, "……"]]],
    ["decimal", "增长3.5个百分点", []],
    ["thousands and time", "共1,000人，10:30开会", []],
    ["URL", "详见http://www.example.com/a,b?x=1页面", []],
    ["domain name", "登录xinhuanet.com查看", []],
    ["e-mail", "来信dsrb@example.cn即可", []],
    ["Latin text", "He said, “OK.” Then (maybe) left.", []],
    ["full-width marks are right", "我们，他们。", []],
  ])("%s", (_name, text, expected) => {
    const f = checkFields(body(text), LISTS).filter((x) => x.rule === "halfwidthPunct");
    expect(f.map((x) => [x.text, x.start, x.suggestion])).toEqual(expected);
  });
});

describe("unbalancedPair", () => {
  it.each([
    ["balanced", "《人民日报》说“好”（记者）", []],
    ["closer without opener", "他说好”", [["”", 3]]],
    ["opener never closed", "《人民日报说", [["《", 0]]],
    ["full-width parenthesis", "（记者 王芳", [["（", 0]]],
    ["nested book titles", "《关于〈决定〉的说明》", []],
    ["two quotes open", "“他说“好", [["“", 0], ["“", 3]]],
  ])("%s", (_name, text, expected) => {
    const f = checkFields(body(text), LISTS).filter((x) => x.rule === "unbalancedPair");
    expect(f.map((x) => [x.text, x.start])).toEqual(expected);
  });

  it("a quotation running over paragraphs opens each with “ and closes once (not reported)", () => {
    const fields: CheckField[] = [
      { field: "body", paragraph: 0, text: "“第一段。" },
      { field: "body", paragraph: 1, text: "“第二段。" },
      { field: "body", paragraph: 2, text: "“第三段。”" },
    ];
    expect(checkFields(fields, LISTS)).toEqual([]);
  });

  it("a story that continues on another page (转版) may leave a pair open at the end of its last paragraph (seed: 最后百米)", () => {
    const story = { kicker: null, headline: null, subheadline: null, body: ["“第一段。”", "他说：“代办员一般"] };
    expect(checkFields(storyCheckFields({ ...story, continues: true }), LISTS)).toEqual([]);
    expect(checkFields(storyCheckFields(story), LISTS).map((f) => [f.rule, f.paragraph, f.text])).toEqual([["unbalancedPair", 1, "“"]]);
  });

  it("…but an open “ before a paragraph that does not open with “ is reported", () => {
    const fields: CheckField[] = [
      { field: "body", paragraph: 0, text: "“第一段。" },
      { field: "body", paragraph: 1, text: "第二段。" },
    ];
    expect(checkFields(fields, LISTS).map((f) => [f.rule, f.paragraph, f.start])).toEqual([["unbalancedPair", 0, 0]]);
  });
});

describe("repeatedWord", () => {
  it.each([
    ["的的", "这是我的的书", [["的", 4]]],
    ["是是", "他是是个好人", [["是", 2]]],
    ["a two-character word", "我们我们一起", [["我们", 2]]],
    ["Latin words", "the the end", [["the", 4]]],
    ["AA reduplication is not reported", "看看，常常，人人，天天，谢谢", []],
    ["AABB: 的的确确", "他的的确确来了", []],
    ["AABB: 是是非非", "是是非非", []],
    ["目的的 (目的 + 的)", "有目的的行动", []],
    ["是是否", "关键是是否同意", []],
    ["现在在", "他现在在北京", []],
    ["研究所所长 (所 is not checked)", "研究所所长", []],
    ["numbers", "2018 2018", []],
    ["a place name's 市 before a word with the same characters (seed: 聊城市城市管理局)", "聊城市城市管理局", []],
    ["…but the same word twice after punctuation is", "，城市城市管理", [["城市", 3]]],
  ])("%s", (_name, text, expected) => {
    const f = checkFields(body(text), LISTS).filter((x) => x.rule === "repeatedWord");
    expect(f.map((x) => [x.text, x.start])).toEqual(expected);
    for (const x of f) expect(x.suggestion).toBe("");
  });
});

describe("mixedNumbers (GB/T 15835), across the story", () => {
  const story = (...paragraphs: string[]) => paragraphs.map((text, paragraph): CheckField => ({ field: "body", paragraph, text }));
  it.each([
    ["years: the Chinese one reported", ["二〇一八年开始", "2018年和2019年"], [["二〇一八年", 0, "2018年"]]],
    ["years: one style only", ["2018年", "2019年"], []],
    ["years: a tie reports the Chinese ones", ["二〇一八年", "2018年"], [["二〇一八年", 0, "2018年"]]],
    ["years: Arabic the rarer", ["二〇一八年、二〇一九年", "2018年"], [["2018年", 1, "二〇一八年"]]],
    ["counts with the same measure word", ["十五个村", "20个村和30个村"], [["十五个", 0, "15个"]]],
    ["different measure words are different kinds", ["十五个村", "20名代表"], []],
    ["numbers under 10 in Chinese are not counted", ["三个村", "20个村"], []],
    ["approximations are not counted", ["三五个村，十几个人", "20个村"], []],
    ["百家 / 万人 are set phrases", ["百家争鸣，万人空巷", "3000人"], []],
    ["ordinals", ["第十五届", "第16届，第17届"], [["第十五届", 0, "第15届"]]],
    ["percent", ["百分之十五", "20%"], [["百分之十五", 0, "15%"]]],
    ["百分之百 is a set phrase", ["百分之百", "20%"], []],
    ["Arabic with 万", ["十五万元", "20万元，30万元"], [["十五万元", 0, "15万元"]]],
  ])("%s", (_name, paragraphs, expected) => {
    const f = checkFields(story(...paragraphs), compileCheckLists([])).filter((x) => x.rule === "mixedNumbers");
    expect(f.map((x) => [x.text, x.paragraph, x.suggestion])).toEqual(expected);
  });
});

describe("storyCheckFields", () => {
  it("heads, body paragraphs, sidebar titles and paragraphs, in reading order", () => {
    const fields = storyCheckFields({
      kicker: "引题",
      headline: "主题",
      subheadline: null,
      body: ["一", "二"],
      sidebars: [{ title: "链接", paragraphs: ["甲", "乙"] }],
    });
    expect(fields).toEqual([
      { field: "kicker", paragraph: 0, text: "引题" },
      { field: "headline", paragraph: 0, text: "主题" },
      { field: "body", paragraph: 0, text: "一" },
      { field: "body", paragraph: 1, text: "二" },
      { field: "sidebar", paragraph: 0, sidebarParagraph: null, text: "链接" },
      { field: "sidebar", paragraph: 0, sidebarParagraph: 0, text: "甲" },
      { field: "sidebar", paragraph: 0, sidebarParagraph: 1, text: "乙" },
    ]);
  });

  it("a finding in a sidebar names the sidebar and its paragraph (in the key too)", () => {
    const f = checkFields(storyCheckFields({ kicker: null, headline: null, subheadline: null, body: [], sidebars: [{ title: "t", paragraphs: ["x", "按装"] }] }), LISTS);
    expect(f.map((x) => [x.field, x.paragraph, x.sidebarParagraph, x.key])).toEqual([["sidebar", 0, 1, "typo|sidebar|0.1|按装|0"]]);
  });
});
