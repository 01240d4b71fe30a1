import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { highlightTerms, indexText, indexTokens, matchExpression, queryPhrases } from "./tokens";
import { snippetOf } from "./snippet";

describe("indexTokens", () => {
  it.each([
    ["党建引领", ["党建", "建引", "引领", "领"]],
    ["聊城", ["聊城", "城"]],
    ["党", ["党"]],
    ["5G网络", ["5", "g", "网络", "络"]],
    ["２０１８年度", ["2018", "年度", "度"]],
    ["ＡＢＣ，iPhone15", ["abc", "iphone", "15"]],
    ["聊城市、东昌府区", ["聊城", "城市", "市", "东昌", "昌府", "府区", "区"]],
    ["“ ” * ( ) -", []],
  ])("%s", (text, tokens) => {
    expect(indexTokens(text)).toEqual(tokens);
  });
});

describe("matchExpression", () => {
  it.each([
    ["党", '"党"*'],
    ["聊城", '"聊城"'],
    ["党支部", '"党支 支部"'],
    ["党建引领", '"党建 建引 引领"'],
    ["5G", '"5 g"'],
    ["2018年", '"2018 年"*'],
    ["引领2018", '"引领 领 2018"'],
    ["聊城 党建", '"聊城" "党建"'],
    ["ＡＢＣ", '"abc"'],
  ])("%s → %s", (query, expression) => {
    expect(matchExpression(query)).toBe(expression);
  });

  it("has nothing to search for punctuation alone", () => {
    expect(matchExpression('"*()')).toBeNull();
    expect(matchExpression("   ")).toBeNull();
  });
});

/** The queries run against a real FTS5 table built the way the migration builds it. */
describe("FTS5 with the index tokens", () => {
  const sqlite = new Database(":memory:");
  sqlite.exec("CREATE VIRTUAL TABLE t USING fts5(title, body, content='', contentless_delete=1, prefix='1', tokenize='unicode61')");
  const docs: Record<number, [string, string]> = {
    1: ["聊城市党建引领基层治理", "东昌府区各党支部开展主题党日活动。"],
    2: ["5G网络覆盖全市", "截至2018年底，全市建成5G基站。"],
    3: ["建党百年", "纪念建党100周年 title: NEAR AND OR"],
    4: ["2018年度报告", "iPhone15 与 ＡＢＣ"],
  };
  const insert = sqlite.prepare("INSERT INTO t(rowid, title, body) VALUES (?, ?, ?)");
  for (const [id, [title, body]] of Object.entries(docs)) insert.run(Number(id), indexTokens(title).join(" "), indexTokens(body).join(" "));
  const find = (q: string): number[] => {
    const expression = matchExpression(q);
    if (expression === null) return [];
    return (sqlite.prepare("SELECT rowid AS id FROM t WHERE t MATCH ? ORDER BY rowid").all(expression) as { id: number }[]).map((r) => r.id);
  };

  it.each([
    // 1 character: the start of a bigram and a run's last character alike
    ["党", [1, 3]],
    ["领", [1]],
    ["城", [1]],
    // 2, 3, 4 characters, also in mid-run and at a run's end
    ["聊城", [1]],
    ["建党", [3]],
    ["党支部", [1]],
    ["党建引领", [1]],
    ["引领基层", [1]],
    ["引基", []],
    // mixed, full-width, Latin
    ["5G", [2]],
    ["5g基站", [2]],
    ["2018年", [2, 4]],
    ["2018年度", [4]],
    ["２０１８", [2, 4]],
    ["iphone", [4]],
    ["abc", [4]],
    // several words: all must match
    ["聊城 党日", [1]],
    ["聊城 5G", []],
  ])("%s finds %j", (q, ids) => {
    expect(find(q)).toEqual(ids);
  });

  it.each([
    ['"', []],
    ['"党建', [1]],
    ["党建*", [1]],
    ["NEAR(党建 聊城)", []],
    ["near", [3]],
    ["title: 建党", [3]],
    ["body:建党", []],
    ["AND", [3]],
    ["党建 OR 5G", []],
    ["(((", []],
    ["党建)", [1]],
    ["-党建", [1]],
    ["^党建", [1]],
    ["'; DROP TABLE t; --", []],
  ])("the FTS syntax in %j is text (%j), never an error", (q, ids) => {
    expect(find(q)).toEqual(ids);
  });
});

describe("queryPhrases", () => {
  it("makes one phrase per word", () => {
    expect(queryPhrases(" 孙亚飞  聊城 ")).toEqual([
      { tokens: ["孙亚", "亚飞"], prefix: false },
      { tokens: ["聊城"], prefix: false },
    ]);
  });
});

describe("snippetOf", () => {
  it("marks every hit in a window around the first", () => {
    const text = "前言。".repeat(40) + "聊城市党建引领，聊城";
    const parts = snippetOf(text, highlightTerms("聊城"), 30);
    expect(parts[0]).toEqual({ text: "…", hit: false });
    expect(parts.filter((p) => p.hit).map((p) => p.text)).toEqual(["聊城", "聊城"]);
  });

  it("finds full-width and upper-case text by the folded query", () => {
    const parts = snippetOf("建成５Ｇ基站", highlightTerms("5g"));
    expect(parts).toEqual([
      { text: "建成", hit: false },
      { text: "５Ｇ", hit: true },
      { text: "基站", hit: false },
    ]);
  });

  it("keeps markup in the story as text", () => {
    const parts = snippetOf("<b>党建</b>", highlightTerms("党建"));
    expect(parts.map((p) => p.text).join("")).toBe("<b>党建</b>");
  });

  it("is the text's start when nothing matches", () => {
    expect(snippetOf("短文", ["聊城"])).toEqual([{ text: "短文", hit: false }]);
  });
});

describe("indexText (the one-pass tokenizer the triggers and bulk indexing call)", () => {
  it("gives the same tokens as indexTokens on any text", async () => {
    const fc = (await import("fast-check")).default;
    const alphabet = [..."党建引领聊城市2018年5GiPhone１２ＡＢ，。 “”-*()\n\t𠀀𡃁é", "\u0301", "ﬁ", "Ⅻ"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }), fc.string(), (chars, s) => {
        for (const text of [chars.join(""), s]) expect(indexText(text)).toBe(indexTokens(text).join(" "));
      }),
      { numRuns: 2000 },
    );
    expect(indexText("")).toBe("");
    expect(indexText(null)).toBe("");
  });
});
