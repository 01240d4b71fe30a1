import { describe, expect, it } from "vitest";
import { countZi, lengthStatus } from "./count-zi";
import { isWhitespace, isWordChar, isZeroWidth, widthClass } from "./char-class";
import { seededRandom as random } from "../seeded-random";

describe("countZi", () => {
  it("counts the seed dateline sentence by hand: Han and full-width punctuation 1, ASCII brackets and space 0", () => {
    // 本报聊城讯 5 + 日前 2 + ， 1 + 省科技协公布省科普专家人才库 14 + 首批 2 + 专家名单 4 = 28; "(", ")", " " = 0
    expect(countZi("本报聊城讯 日前，省科技协公布省科普专家人才库(首批)专家名单")).toBe(28);
  });

  it("counts a number as one 字 each, whatever its length", () => {
    expect(countZi("2018年12月26日")).toBe(6); // 2018 年 12 月 26 日
    expect(countZi("租用了5000多平方米的厂房")).toBe(11); // 租用了 3 + 5000 1 + 多平方米的厂房 7
    expect(countZi("5,000")).toBe(1);
    expect(countZi("3.5")).toBe(1);
    expect(countZi("大厅8:30办公")).toBe(5);
  });

  it("keeps hyphenated codes and phone numbers as one word", () => {
    expect(countZi("COVID-19疫情")).toBe(3);
    expect(countZi("零售价: 568元 400-965-9511")).toBe(6); // 零售价 3 + 568 1 + 元 1 + 400-965-9511 1
    expect(countZi("(0531) 851 93550")).toBe(3);
  });

  it("counts Latin words one each and ignores half-width punctuation around them", () => {
    expect(countZi("Dazhong Daily 大众日报")).toBe(6);
    expect(countZi("增长3.5%。")).toBe(4); // 增长 2 + 3.5 1 + % 0 + 。1
    expect(countZi("end. Start")).toBe(2); // a trailing "." is not a joiner
    expect(countZi("www.dzwww.com")).toBe(1);
  });

  it("counts full-width quotes, dashes, ellipses and the middle dot as 1 each", () => {
    expect(countZi("“最后百米”")).toBe(6);
    expect(countZi("东昌府区行政审批局——")).toBe(11);
    expect(countZi("……")).toBe(2);
    expect(countZi("大众日报·聊城新闻")).toBe(9);
    expect(countZi("（首批）")).toBe(4);
    expect(countZi("《“1235”两新组织同心圆党建工作法》")).toBe(17); // 《“ 2 + 1235 1 + ” 1 + 12 Han + 》 1
  });

  it("counts whitespace as 0, including the ideographic space", () => {
    expect(countZi(" \t\n\u3000\u00a0")).toBe(0);
    expect(countZi("本报聊城讯\u3000近日")).toBe(7);
    expect(countZi("")).toBe(0);
  });

  it("counts kana, hangul, 〇 and CJK extension characters one each", () => {
    expect(countZi("ソウル 서울")).toBe(5);
    expect(countZi("二〇一九")).toBe(4);
    expect(countZi("𠀀㐀")).toBe(2); // ext. B (surrogate pair) and ext. A
  });

  it("treats full-width digits as a number", () => {
    expect(countZi("２０１８年")).toBe(2);
  });
});

describe("lengthStatus", () => {
  it("is null without a usable target", () => {
    expect(lengthStatus(500, null)).toBeNull();
    expect(lengthStatus(500, 0)).toBeNull();
    expect(lengthStatus(500, -10)).toBeNull();
  });

  it("is short below 90 %, near from 90 % to 110 % inclusive, over above 110 %", () => {
    expect(lengthStatus(899, 1000)).toBe("short");
    expect(lengthStatus(900, 1000)).toBe("near");
    expect(lengthStatus(1000, 1000)).toBe("near");
    expect(lengthStatus(1100, 1000)).toBe("near");
    expect(lengthStatus(1101, 1000)).toBe("over");
    expect(lengthStatus(0, 800)).toBe("short");
  });

  it("does not drift on float boundaries", () => {
    expect(lengthStatus(27, 30)).toBe("near"); // exactly 90 %
    expect(lengthStatus(33, 30)).toBe("near"); // exactly 110 %
  });
});

// The implementation countZi replaced (several Unicode regex tests per character), kept as the reference
// the fast one must agree with on every input.
const RUN_JOINERS = new Set([".", ",", "'", "-", ":", "/", "_", "&"]);
function referenceCountZi(text: string): number {
  const cps = Array.from(text, (ch) => ch.codePointAt(0) ?? 0);
  const continuesRun = (i: number) => isWordChar(cps[i]) || (RUN_JOINERS.has(String.fromCodePoint(cps[i])) && i + 1 < cps.length && isWordChar(cps[i + 1]));
  let count = 0;
  let i = 0;
  while (i < cps.length) {
    const cp = cps[i];
    if (isWordChar(cp)) {
      count += 1;
      i += 1;
      while (i < cps.length && continuesRun(i)) i += 1;
      continue;
    }
    if (!isWhitespace(cp) && !isZeroWidth(cp) && widthClass(cp) === "full") count += 1;
    i += 1;
  }
  return count;
}


// Pieces newsroom text is made of, and the edges: joiners, digits, full-width forms, marks, surrogates.
const PIECES = [..."本报聊城讯日前〇々ソウル서울，。：？（）“”‘’…—·①℃※×§±", ..."abcXYZ0123456789.,'-:/_&%$()[] \t\n\u3000\u00a0\u200b\u0301\ufe0f\ufeff", ..."αβγДжＡ１２ｱ－", "𠀀", "😀", "\ud800", "\udc00", "3.5", "5,000", "COVID-19", "end.", "www.dzwww.com", "--", "..", "8:30"];
function randomText(next: () => number): string {
  const length = Math.floor(next() * 40);
  let text = "";
  for (let k = 0; k < length; k++) {
    const r = next();
    if (r < 0.7) text += PIECES[Math.floor(next() * PIECES.length)];
    else if (r < 0.9) text += String.fromCharCode(Math.floor(next() * 0x10000)); // any UTF-16 unit, lone surrogates too
    else text += String.fromCodePoint(0x10000 + Math.floor(next() * 0x100000)); // any astral code point
  }
  return text;
}

describe("countZi agrees with the reference implementation", () => {
  it("on 20,000 random mixed strings", () => {
    for (let seed = 1; seed <= 20; seed++) {
      const next = random(seed);
      for (let n = 0; n < 1000; n++) {
        const text = randomText(next);
        if (countZi(text) !== referenceCountZi(text)) expect({ seed, text, count: countZi(text) }).toEqual({ seed, text, count: referenceCountZi(text) });
      }
    }
  });

  it("on every BMP code point alone and between two digits", () => {
    for (let cp = 0; cp < 0x10000; cp++) {
      const ch = String.fromCharCode(cp);
      for (const text of [ch, `1${ch}2`, `a${ch}`]) {
        if (countZi(text) !== referenceCountZi(text)) expect({ cp, text, count: countZi(text) }).toEqual({ cp, text, count: referenceCountZi(text) });
      }
    }
  });
});
