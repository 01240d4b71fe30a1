/**
 * 机检 property test: for random text (Han, traditional and full-width forms, ASCII, both widths of punctuation,
 * spaces, invisible and combining characters, characters outside the BMP, numbers in both styles) with random
 * word lists partly drawn from that text, the checker gives exactly the findings of the reference — the
 * implementation before the speed-up, kept test-only in lib/check/reference/.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkFields, compileCheckLists, storyCheckFields, type CheckList, type CheckTerm } from "./index";
import { buildAutomaton } from "./aho-corasick";
import { normalizeForms, normalizeTerm, normalizeText } from "./normalize";
import * as referenceAutomaton from "./reference/aho-corasick";
import { findNumberUses } from "./numbers";
import * as reference from "./reference/index";
import * as referenceNormalize from "./reference/normalize";
import * as referenceNumbers from "./reference/numbers";
import * as referenceRules from "./reference/rules";
import { halfwidthPunctuation, repeatedWords, unbalancedPairs } from "./rules";

const HAN = [..."法轮功瞎子弱智天王星按装安再接励厉南朝鲜韩国台湾中国聊城市管理局开展工作我们非常研究的是在和与及或从向将而并但之于其就也都又很更了过地看人天谢"];
const VARIANT = [..."輪臺灣勵關於為這個們國說時"];
const NUMBER = [..."〇○零一二两三四五六七八九十百千万亿年第个人名届元岁%％0123456789"];
const ASCII = [..."aAsSbBcClLtThHeE0123456789"];
const FULLWIDTH = [..."ＡＳＳａｓ１２，．（）％"];
const PUNCT = [..."，。、；：？！,.;:?!()《》“”（）‘’…—-*/@#&_~·"];
const SPACE = [" ", " ", "\u3000", "\u00a0", "\u200b", "\u200d", "\ufeff", "\t", "\u0301", "\u0308"];
const OTHER = ["𠀀", "𪚥", "😀", "ﬁ", "①", "㎏", "http://a.cn/x", "www.x.com", "a@b.cn", "3.5", "1,000", "10:30", "...", "the the", "ſ K", "\ud83d", "\ude00"];
/** numbers in both styles before measure words (mixedNumbers) */
const NUMBERS = ["二〇一八年", "2018年", "12019年", "1.2018年", "百分之十五", "百分之百", "百分之十五点五", "15%", "15 ％", "十五个", "15个", "第十五届", "第15届", "十五万元", "15万元", "两千克", "三千米", "二十平方公里", "三五天", "十几个", "一百零八人", "1,000人"];

const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...HAN) },
  { weight: 1, arbitrary: fc.constantFrom(...VARIANT) },
  { weight: 2, arbitrary: fc.constantFrom(...NUMBER) },
  { weight: 2, arbitrary: fc.constantFrom(...ASCII) },
  { weight: 1, arbitrary: fc.constantFrom(...FULLWIDTH) },
  { weight: 2, arbitrary: fc.constantFrom(...PUNCT) },
  { weight: 2, arbitrary: fc.constantFrom(...SPACE) },
  { weight: 1, arbitrary: fc.constantFrom(...OTHER) },
  { weight: 1, arbitrary: fc.constantFrom(...NUMBERS) },
);
const text = (max: number) => fc.array(piece, { maxLength: max }).map((p) => p.join(""));

/** text with random copies of parts of itself (doubled words) */
const doubled = text(60).chain((t) =>
  fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 4 })), { maxLength: 3 }).map((cuts) => {
    let s = t;
    for (const [at, len] of cuts) {
      const i = s.length === 0 ? 0 : at % s.length;
      s = s.slice(0, i + len) + s.slice(i, i + len) + s.slice(i + len);
    }
    return s;
  }),
);

const story = fc.record({
  kicker: fc.option(text(10), { nil: null }),
  headline: fc.option(text(20), { nil: null }),
  subheadline: fc.option(text(10), { nil: null }),
  body: fc.array(doubled, { maxLength: 5 }),
  continues: fc.boolean(),
  sidebars: fc.array(fc.record({ title: fc.option(text(10), { nil: null }), paragraphs: fc.array(doubled, { maxLength: 3 }) }), { maxLength: 2 }),
});

const LISTS: CheckList[] = ["banned", "caution", "typo", "preferred", "whitelist"];

/** a term: a slice of the story's own text (so it is found, disguised or not) or a random string; right forms that contain it */
function terms(source: string) {
  const term = fc.oneof(
    fc.tuple(fc.nat(), fc.integer({ min: 1, max: 6 })).map(([at, len]) => (source.length === 0 ? "" : source.slice(at % source.length, (at % source.length) + len))),
    text(4),
  );
  return fc.array(
    fc.tuple(fc.constantFrom(...LISTS), term, fc.constantFrom("", "中国", "x"), fc.constantFrom("", "正", "区"), fc.option(fc.constantFrom("注", "慎用"), { nil: null }), fc.boolean()).map(
      ([list, t, pre, post, note, wraps]): CheckTerm => ({
        list,
        term: t,
        // typo/preferred need a right form; banned/caution may have one (a match inside it is skipped too)
        replacement: list === "whitelist" ? null : wraps ? pre + t + post : list === "typo" || list === "preferred" ? t + "改" : null,
        note,
      }),
    ),
    { maxLength: 25 },
  );
}

describe("the optimized checker gives the reference's findings", () => {
  it("random stories, random lists drawn from their text", () => {
    fc.assert(
      fc.property(
        story.chain((s) => {
          const all = [s.kicker ?? "", s.headline ?? "", s.subheadline ?? "", ...s.body, ...s.sidebars.flatMap((b) => [b.title ?? "", ...b.paragraphs])].join("");
          return fc.tuple(fc.constant(s), terms(all));
        }),
        ([s, t]) => {
          const fields = storyCheckFields(s);
          const valid = t.filter((x) => x.term.length > 0 && !x.term.includes("\uE000"));
          expect(checkFields(fields, compileCheckLists(valid))).toEqual(reference.checkFields(fields, reference.compileCheckLists(valid)));
        },
      ),
      { numRuns: 400 },
    );
  });

  it("the fields of one story joined into one search do not leak a match across two fields", () => {
    fc.assert(
      fc.property(fc.array(text(8), { minLength: 2, maxLength: 6 }), (paragraphs) => {
        const fields = storyCheckFields({ kicker: null, headline: null, subheadline: null, body: paragraphs });
        const joined = paragraphs.join("");
        // every 2–4 unit slice of the joined text, including those that straddle two paragraphs
        const t: CheckTerm[] = [];
        for (let i = 0; i + 2 <= joined.length && t.length < 40; i += 3) t.push({ list: LISTS[i % 4], term: joined.slice(i, i + 2 + (i % 3)), replacement: "改", note: null });
        expect(checkFields(fields, compileCheckLists(t))).toEqual(reference.checkFields(fields, reference.compileCheckLists(t)));
      }),
      { numRuns: 300 },
    );
  });

  it("each rule on one text: the same spans, number uses and open pairs as the reference", () => {
    fc.assert(
      fc.property(doubled, (t) => {
        expect(findNumberUses(t)).toEqual(referenceNumbers.findNumberUses(t));
        expect(repeatedWords(t)).toEqual(referenceRules.repeatedWords(t));
        expect(halfwidthPunctuation(t)).toEqual(referenceRules.halfwidthPunctuation(t));
        expect(unbalancedPairs(t)).toEqual(referenceRules.unbalancedPairs(t));
      }),
      { numRuns: 1000 },
    );
  });

  it("both forms in one pass are each form alone, as the reference normalizes them", () => {
    fc.assert(
      fc.property(text(80), (t) => {
        const forms = normalizeForms(t);
        expect(forms.light).toEqual(normalizeText(t, "light"));
        expect(forms.dense).toEqual(normalizeText(t, "dense"));
        expect(forms.light).toEqual(referenceNormalize.normalizeText(t, "light"));
        expect(forms.dense).toEqual(referenceNormalize.normalizeText(t, "dense"));
        expect(normalizeTerm(t, "light")).toBe(referenceNormalize.normalizeTerm(t, "light"));
        expect(normalizeTerm(t, "dense")).toBe(referenceNormalize.normalizeTerm(t, "dense"));
      }),
      { numRuns: 500 },
    );
  });

  it("the automaton finds every occurrence the reference finds, in the same order", () => {
    const small = fc.array(fc.constantFrom(..."abcab甲乙丙𠀀"), { maxLength: 30 }).map((p) => p.join(""));
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom(..."abc甲乙"), { maxLength: 5 }).map((p) => p.join("")), { maxLength: 30 }), small, (patterns, t) => {
        const units = new Uint16Array(t.length);
        for (let i = 0; i < t.length; i++) units[i] = t.charCodeAt(i);
        const expected = referenceAutomaton.buildAutomaton(patterns).search(t);
        expect(buildAutomaton(patterns).search(t)).toEqual(expected);
        expect(buildAutomaton(patterns).searchUnits(units, t.length)).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});
