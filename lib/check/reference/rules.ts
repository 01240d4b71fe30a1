// Test-only: the 机检 checker as it was before the speed-up (commit 892506c): the reference the optimized
// lib/check is compared with (lib/check/equivalence.test.ts). Never imported by the app; do not edit.
/**
 * 机检 text rules that need no word list (docs/CHECK.md): half-width punctuation in Chinese text
 * (GB/T 15834), unbalanced 《》“”（）, and the same word written twice in a row. Each works on one text and
 * returns spans in that text.
 */

export interface Span {
  start: number;
  end: number;
  text: string;
  suggestion: string | null;
}

const HAN = /\p{Script=Han}/u;
const FULL: Record<string, string> = { ",": "，", ".": "。", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）" };
const URL_OR_MAIL = /(?:https?:\/\/|www\.)[\x21-\x7e]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:[a-z0-9-]+\.)+(?:com|cn|net|org|gov|edu)(?:\/[\x21-\x7e]*)?/gi;

function isHanAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const cp = text.codePointAt(i)!;
  // a low surrogate: look at the pair
  if (cp >= 0xdc00 && cp <= 0xdfff && i > 0) return HAN.test(String.fromCodePoint(text.codePointAt(i - 1)!));
  return HAN.test(String.fromCodePoint(cp));
}

/**
 * Half-width , . ; : ? ! ( ) touching a Han character (the character right before the run, or the first
 * non-space one after it). Not reported: a run between two digits (3.5, 10:30), inside a URL or e-mail
 * address, or in Latin text (no Han neighbour). A run of dots (...) is one finding (suggestion ……).
 */
export function halfwidthPunctuation(text: string): Span[] {
  const skip: [number, number][] = [];
  for (const m of text.matchAll(URL_OR_MAIL)) skip.push([m.index, m.index + m[0].length]);
  const inSkip = (i: number) => skip.some(([s, e]) => i >= s && i < e);
  const out: Span[] = [];
  const re = /[,.;:?!()]+/g;
  for (const m of text.matchAll(re)) {
    const start = m.index;
    const end = start + m[0].length;
    if (inSkip(start)) continue;
    const before = start - 1;
    let after = end;
    while (after < text.length && (text[after] === " " || text[after] === "\u00a0")) after++;
    if (/^[.,:]$/.test(m[0]) && /\d/.test(text[before] ?? "") && /\d/.test(text[end] ?? "")) continue; // 3.5 1,000 10:30
    if (!isHanAt(text, before) && !isHanAt(text, after)) continue;
    const run = m[0];
    const suggestion = /^\.{2,}$/.test(run) ? "……" : [...run].map((c) => FULL[c]).join("");
    out.push({ start, end, text: run, suggestion });
  }
  return out;
}

const PAIRS: [string, string][] = [
  ["《", "》"],
  ["“", "”"],
  ["（", "）"],
];
const PAIR_CODES = PAIRS.map(([o, c]) => [o.charCodeAt(0), c.charCodeAt(0)]);

export interface PairScan {
  /** closers without an opener, and openers never closed */
  spans: Span[];
  /** offsets of “ left open at the end of the text (a quotation may go on in the next paragraph) */
  openQuotes: number[];
  /** offsets of every opener left open (《 “ （) */
  openers: number[];
}

/** 《》 “” （） per text: a closer with no opener before it, an opener with no closer after it. */
export function unbalancedPairs(text: string): PairScan {
  const spans: Span[] = [];
  const stacks: number[][] = PAIRS.map(() => []);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    for (let p = 0; p < PAIR_CODES.length; p++) {
      if (c === PAIR_CODES[p][0]) stacks[p].push(i);
      else if (c === PAIR_CODES[p][1]) {
        if (stacks[p].length > 0) stacks[p].pop();
        else spans.push({ start: i, end: i + 1, text: text[i], suggestion: null });
      }
    }
  }
  const openers: number[] = [];
  stacks.forEach((stack, p) => {
    openers.push(...stack);
    if (PAIRS[p][0] !== "“") for (const i of stack) spans.push({ start: i, end: i + 1, text: PAIRS[p][0], suggestion: null });
  });
  return { spans: spans.sort((a, b) => a.start - b.start), openQuotes: [...stacks[1]], openers };
}

/**
 * Function characters that do not double in correct text (我的的书, 是是, 在在): written twice in a row they
 * are a slip — unless the first belongs to the word before (目的的, 现在在, 成都都) or the second to the word
 * after (是是否, 从从事), or the pair is half of an AABB form (的的确确, 是是非非). Every other character
 * doubled is a reduplication (看看, 常常, 人人, 天天, 谢谢) and never reported. Left out on purpose, as they
 * double legitimately too often: 了 (不甚了了), 过 (过过瘾), 地 (本地地图), 所 (研究所所长), 以 (可以以此),
 * 把 (一把把), 被 (棉被被), 对 (对对子), 还, 最.
 */
const DOUBLING: Record<string, { before?: string[]; after?: string[] }> = {
  的: { before: ["目的", "标的"], after: ["的确", "的士"] },
  是: { after: ["是否", "是非"] },
  在: { before: ["现在", "所在", "存在", "实在", "自在", "好在", "内在", "外在", "潜在"], after: ["在于"] },
  和: { before: ["总和", "温和", "平和", "缓和", "调和", "柔和", "共和", "谦和", "祥和", "附和", "讲和", "随和", "饱和", "暖和"], after: ["和平", "和谐", "和睦", "和气", "和解", "和蔼", "和善", "和尚"] },
  与: { before: ["参与", "给与"], after: ["与会", "与其", "与否"] },
  及: { before: ["以及", "涉及", "危及", "普及", "波及", "顾及", "不及", "提及", "触及", "殃及", "企及"], after: ["及时", "及格", "及早", "及其"] },
  或: { before: ["抑或", "间或"], after: ["或许", "或者", "或是"] },
  从: { before: ["服从", "听从", "随从", "侍从", "盲从", "无从", "自从"], after: ["从来", "从事", "从而", "从前", "从容", "从小", "从此", "从中", "从未", "从不", "从没"] },
  向: { before: ["方向", "倾向", "意向", "动向", "取向", "导向", "走向", "面向", "转向", "指向", "趋向", "志向", "去向", "一向", "纵向", "横向", "双向", "定向"], after: ["向来", "向往", "向导", "向日葵"] },
  将: { before: ["即将", "必将", "行将", "大将", "中将", "少将", "上将", "武将", "名将", "干将", "老将", "猛将", "主将", "战将"], after: ["将来", "将军", "将近", "将领", "将要", "将士"] },
  而: { before: ["从而", "因而", "进而", "然而", "反而", "继而", "故而", "转而"], after: ["而且", "而是", "而已", "而今", "而后"] },
  并: { before: ["合并", "兼并", "吞并"], after: ["并且", "并非", "并不", "并未", "并没", "并列", "并购", "并肩", "并存", "并重"] },
  但: { before: ["不但", "非但"], after: ["但是", "但愿", "但凡"] },
  之: { before: ["总之", "反之", "随之", "加之", "久之"], after: ["之后", "之前", "之间", "之中", "之外", "之内", "之一", "之所以"] },
  于: { before: ["由于", "对于", "关于", "至于", "属于", "处于", "位于", "在于", "等于", "终于", "善于", "便于", "基于", "鉴于", "急于", "过于", "勇于", "敢于", "乐于", "易于", "限于", "归于", "出于", "源于", "忠于", "用于", "高于", "低于", "大于", "小于", "多于", "少于"], after: ["于是", "于今"] },
  其: { before: ["尤其", "及其", "与其", "极其", "何其"], after: ["其他", "其中", "其实", "其次", "其余", "其间", "其后"] },
  就: { before: ["成就", "迁就", "将就", "早就", "也就", "造就"], after: ["就是", "就业", "就要", "就算", "就此", "就近", "就职"] },
  也: { after: ["也许", "也就"] },
  都: { before: ["首都", "古都", "国都", "建都", "定都", "迁都", "成都", "京都", "大都", "全都"], after: ["都市", "都会"] },
  又: { after: ["又称"] },
  很: {},
  更: { before: ["变更"], after: ["更加", "更新", "更是"] },
};

let segmenter: Intl.Segmenter | null = null;
/** Han strings of 2–6 units written twice in a row (the only places the segmenter is asked about), leftmost, shortest. */
function doubledHan(text: string): { at: number; w: string }[] {
  const out: { at: number; w: string }[] = [];
  let i = 0;
  outer: while (i < text.length) {
    for (let len = 2; len <= 6 && i + 2 * len <= text.length; len++) {
      if (text.charCodeAt(i) !== text.charCodeAt(i + len)) continue;
      let same = true;
      for (let k = 1; k < len && same; k++) same = text.charCodeAt(i + k) === text.charCodeAt(i + len + k);
      if (!same) continue;
      const w = text.slice(i, i + len);
      if (!/^\p{Script=Han}+$/u.test(w)) continue;
      out.push({ at: i, w });
      i += 2 * len;
      continue outer;
    }
    i++;
  }
  return out;
}
const DOUBLED_LATIN = /\b([a-z]+)\s+\1\b/giu;
/** characters of context the segmenter sees on each side of a candidate */
const WINDOW = 8;

/**
 * The same word twice in a row (docs/CHECK.md "repeatedWord"):
 * - a word of two or more characters, by Intl.Segmenter words, whitespace between Latin words ignored
 *   (我们我们, 非常非常, the the) — ABAB verb reduplication (研究研究) is rare in news copy, and a warning
 *   can be dismissed;
 * - a single character only from DOUBLING, by characters (the segmenter glues 我的 into one word);
 * - numbers never; nor a word ending in 市/省/县/区/州 after a Han character (聊城市城市管理局 is 聊城市 +
 *   城市管理局, not 城市 twice).
 * The finding spans the second occurrence; the suggestion is to delete it ("").
 */
export function repeatedWords(text: string): Span[] {
  const out: Span[] = [];
  for (let i = 0; i + 1 < text.length; i++) {
    if (text.charCodeAt(i) !== text.charCodeAt(i + 1)) continue;
    const c = text[i];
    const rule = DOUBLING[c];
    if (!rule) continue;
    if (text[i - 1] === c || text[i + 2] === c) continue; // three in a row: not a simple slip
    if (i + 3 < text.length && text[i + 2] === text[i + 3]) continue; // AABB
    if (i >= 2 && text[i - 2] === text[i - 1]) continue; // …BBAA
    if (rule.before?.some((w) => text.startsWith(w, i + 1 - w.length))) continue;
    if (rule.after?.some((w) => text.startsWith(w, i + 1))) continue;
    out.push({ start: i + 1, end: i + 2, text: c, suggestion: "" });
    i++;
  }
  if (/[a-z]/i.test(text)) for (const m of text.matchAll(DOUBLED_LATIN)) {
    const second = m.index + m[0].length - m[1].length;
    out.push({ start: second, end: second + m[1].length, text: text.slice(second, second + m[1].length), suggestion: "" });
  }
  // the segmenter only around a doubled Han string: is it really one word written twice?
  for (const { at, w } of doubledHan(text)) {
    if (/[市省县区州]$/u.test(w) && at > 0 && HAN.test(text[at - 1])) continue; // 聊城市城市管理局
    segmenter ??= new Intl.Segmenter("zh", { granularity: "word" });
    const from = Math.max(0, at - WINDOW);
    const segs = [...segmenter.segment(text.slice(from, at + 2 * w.length + WINDOW))];
    const k = segs.findIndex((s) => s.index + from === at);
    if (k < 0 || segs[k].segment !== w || segs[k + 1]?.segment !== w || !segs[k].isWordLike) continue;
    out.push({ start: at + w.length, end: at + 2 * w.length, text: w, suggestion: "" });
  }
  return out.sort((a, b) => a.start - b.start);
}
