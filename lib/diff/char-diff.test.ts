import { describe, expect, it } from "vitest";
import { diffChars, diffParagraphs, diffSource, diffTarget, type DiffPart } from "./char-diff";

/** Deterministic PRNG (mulberry32) so the property test is reproducible. */
function mulberry32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// A small alphabet so random strings share characters (real diffs, not delete-all/insert-all),
// with astral Han, an emoji and full-width punctuation mixed in.
const ALPHABET = Array.from("聊城市委组织部宣传党支部两新，。、“”𠀀𠀁😀a1\n");

function randomText(rand: () => number, maxLen: number): string {
  const len = Math.floor(rand() * (maxLen + 1));
  let s = "";
  for (let i = 0; i < len; i++) s += ALPHABET[Math.floor(rand() * ALPHABET.length)];
  return s;
}

/** Random edits of a (so most pairs are similar, as revisions are). */
function mutate(rand: () => number, a: string): string {
  const chars = Array.from(a);
  const edits = Math.floor(rand() * 6);
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(rand() * (chars.length + 1));
    const kind = rand();
    const ch = ALPHABET[Math.floor(rand() * ALPHABET.length)];
    if (kind < 0.4) chars.splice(at, 0, ch);
    else if (kind < 0.8) chars.splice(at, 1);
    else chars.splice(at, 1, ch);
  }
  return chars.join("");
}

/** Length of the longest common subsequence by code points (plain DP, for small inputs). */
function lcsLength(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  let prev = new Array<number>(y.length + 1).fill(0);
  for (let i = 1; i <= x.length; i++) {
    const cur = new Array<number>(y.length + 1).fill(0);
    for (let j = 1; j <= y.length; j++) {
      cur[j] = x[i - 1] === y[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
    }
    prev = cur;
  }
  return prev[y.length];
}

function changedChars(parts: DiffPart[]): number {
  return parts.filter((p) => p.op !== "equal").reduce((n, p) => n + Array.from(p.text).length, 0);
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Structural invariants every diff must keep. */
function expectWellFormed(parts: DiffPart[]): void {
  for (let i = 0; i < parts.length; i++) {
    expect(parts[i].text.length).toBeGreaterThan(0);
    expect(parts[i].text).not.toMatch(LONE_SURROGATE);
    if (i > 0) expect(parts[i].op).not.toBe(parts[i - 1].op);
    // Within a change run, delete comes before insert.
    if (i > 0 && parts[i].op === "delete") expect(parts[i - 1].op).not.toBe("insert");
  }
}

describe("diffChars", () => {
  it("shows a CJK replacement as delete then insert", () => {
    expect(diffChars("聊城市委组织部", "聊城市委宣传部")).toEqual([
      { op: "equal", text: "聊城市委" },
      { op: "delete", text: "组织" },
      { op: "insert", text: "宣传" },
      { op: "equal", text: "部" },
    ]);
  });

  it("shows a CJK insertion and deletion", () => {
    expect(diffChars("本报聊城讯", "本报记者聊城讯")).toEqual([
      { op: "equal", text: "本报" },
      { op: "insert", text: "记者" },
      { op: "equal", text: "聊城讯" },
    ]);
    expect(diffChars("党支部唱响两新组织发展主旋律", "党支部唱响发展主旋律")).toEqual([
      { op: "equal", text: "党支部唱响" },
      { op: "delete", text: "两新组织" },
      { op: "equal", text: "发展主旋律" },
    ]);
  });

  it("never splits astral characters", () => {
    // 𠀀 (U+20000) and 𠀁 (U+20001) share their high surrogate; a UTF-16 diff would split them.
    const parts = diffChars("甲𠀀乙", "甲𠀁乙");
    expect(parts).toEqual([
      { op: "equal", text: "甲" },
      { op: "delete", text: "𠀀" },
      { op: "insert", text: "𠀁" },
      { op: "equal", text: "乙" },
    ]);
    expect(diffChars("好😀", "好😁")).toEqual([
      { op: "equal", text: "好" },
      { op: "delete", text: "😀" },
      { op: "insert", text: "😁" },
    ]);
  });

  it("handles identical and empty strings", () => {
    expect(diffChars("相关链接", "相关链接")).toEqual([{ op: "equal", text: "相关链接" }]);
    expect(diffChars("", "")).toEqual([]);
    expect(diffChars("", "新稿")).toEqual([{ op: "insert", text: "新稿" }]);
    expect(diffChars("旧稿", "")).toEqual([{ op: "delete", text: "旧稿" }]);
  });

  it("diffs a 50,000-字 text with one change", () => {
    const rand = mulberry32(42);
    const base = Array.from({ length: 50_000 }, () => ALPHABET[Math.floor(rand() * 16)]).join("");
    const chars = Array.from(base);
    // 𠀀 is outside the 16 characters the text is drawn from, so the diff is exact.
    const removed = chars.splice(25_000, 1, "𠀀")[0];
    const changed = chars.join("");
    const parts = diffChars(base, changed);
    expect(parts.map((p) => p.op)).toEqual(["equal", "delete", "insert", "equal"]);
    expect(Array.from(parts[0].text)).toHaveLength(25_000);
    expect(parts[1].text).toBe(removed);
    expect(parts[2].text).toBe("𠀀");
    expect(diffSource(parts)).toBe(base);
    expect(diffTarget(parts)).toBe(changed);
  });

  it("diffs a 50,000-字 text with scattered edits minimally", () => {
    const rand = mulberry32(7);
    const base = Array.from({ length: 50_000 }, () => ALPHABET[Math.floor(rand() * 16)]).join("");
    const chars = Array.from(base);
    for (let i = 0; i < 20; i++) chars.splice(Math.floor(rand() * chars.length), 1, "𠀁");
    const changed = chars.join("");
    const parts = diffChars(base, changed);
    expect(diffSource(parts)).toBe(base);
    expect(diffTarget(parts)).toBe(changed);
    expect(changedChars(parts)).toBeLessThanOrEqual(40);
  });

  it("stays correct when the edit budget is exhausted", () => {
    const a = "聊城市委组织部邀请专家授课党支部唱响两新组织发展主旋律";
    const b = "党支部唱响主旋律聊城市委宣传部邀请两新组织专家";
    const parts = diffChars(a, b, { maxEditDistance: 2 });
    expectWellFormed(parts);
    expect(diffSource(parts)).toBe(a);
    expect(diffTarget(parts)).toBe(b);
  });

  it("reconstructs both texts on 200 random CJK pairs, minimally", () => {
    const rand = mulberry32(20190109);
    for (let i = 0; i < 200; i++) {
      const a = randomText(rand, 60);
      const b = rand() < 0.7 ? mutate(rand, a) : randomText(rand, 60);
      const parts = diffChars(a, b);
      expectWellFormed(parts);
      expect(diffTarget(parts)).toBe(b);
      expect(diffSource(parts)).toBe(a);
      // Myers is optimal: changed characters = |a| + |b| − 2·LCS.
      const n = Array.from(a).length;
      const m = Array.from(b).length;
      expect(changedChars(parts)).toBe(n + m - 2 * lcsLength(a, b));
    }
  });
});

describe("diffParagraphs", () => {
  it("shows a split paragraph as an inserted line break", () => {
    expect(diffParagraphs(["2018年5月份，聊城市委组织部邀请专家"], ["2018年5月份，", "聊城市委组织部邀请专家"])).toEqual([
      { op: "equal", text: "2018年5月份，" },
      { op: "insert", text: "\n" },
      { op: "equal", text: "聊城市委组织部邀请专家" },
    ]);
  });
  it("shows a removed paragraph with its break", () => {
    const parts = diffParagraphs(["第一段", "第二段", "第三段"], ["第一段", "第三段"]);
    expect(diffSource(parts)).toBe("第一段\n第二段\n第三段");
    expect(diffTarget(parts)).toBe("第一段\n第三段");
    expect(changedChars(parts)).toBe(4);
  });
  it("handles empty lists", () => {
    expect(diffParagraphs([], [])).toEqual([]);
    expect(diffParagraphs([], ["新段"])).toEqual([{ op: "insert", text: "新段" }]);
  });
});
