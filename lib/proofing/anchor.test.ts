import { describe, expect, it } from "vitest";
import { applyCorrection, reanchor, type AnchorableText, type MarkAnchor } from "./anchor";

// The seed page's lead story (seeds/liaocheng-news-2019-01.txt), first two paragraphs, shortened.
const P0 = "2018年5月份，聊城市委组织部邀请全市各县（市、区）组织部的干部，到东阿县学习“党建+电商”的经验。";
const P1 = "东阿县通过党组织领办合作社，带动群众增收致富。";
const story: AnchorableText = { kicker: "党建引领", headline: "东阿县党建+电商助农增收", subheadline: null, paragraphs: [P0, P1] };

const at = (marked: string, paragraph = 0, field: MarkAnchor["field"] = "body"): MarkAnchor => {
  const text = field === "body" ? story.paragraphs[paragraph] : (story[field] ?? "");
  return { field, paragraph, offset: text.indexOf(marked), marked };
};

describe("reanchor: the mark follows its string", () => {
  const mark = at("组织部的干部");

  it("unchanged text: exact", () => {
    expect(reanchor(story, mark)).toEqual({ state: "exact", field: "body", paragraph: 0, offset: mark.offset });
  });

  it("an edit before the span shifts the offset", () => {
    const edited = { ...story, paragraphs: ["去年" + P0, P1] };
    expect(reanchor(edited, mark)).toEqual({ state: "moved", field: "body", paragraph: 0, offset: mark.offset + 2 });
  });

  it("an edit after the span leaves it exact", () => {
    const edited = { ...story, paragraphs: [P0.replace("经验", "做法和经验"), P1] };
    expect(reanchor(edited, mark)).toEqual({ state: "exact", field: "body", paragraph: 0, offset: mark.offset });
  });

  it("an edit inside the span makes it stale", () => {
    const edited = { ...story, paragraphs: [P0.replace("组织部的干部", "组织部干部"), P1] };
    expect(reanchor(edited, mark)).toEqual({ state: "stale" });
  });

  it("the string moved to another paragraph is found there", () => {
    const moved = { ...story, paragraphs: [P0.replace("组织部的干部，", ""), P1 + "参加者有组织部的干部。"] };
    const found = reanchor(moved, mark);
    expect(found).toEqual({ state: "moved", field: "body", paragraph: 1, offset: moved.paragraphs[1].indexOf("组织部的干部") });
  });

  it("the paragraph deleted and the string gone: stale", () => {
    expect(reanchor({ ...story, paragraphs: [P1] }, mark)).toEqual({ state: "stale" });
  });

  it("a paragraph split: the string is found in the nearer part", () => {
    const cut = P0.indexOf("到东阿县");
    const split = { ...story, paragraphs: [P0.slice(0, cut), P0.slice(cut), P1] };
    const m = at("学习");
    expect(reanchor(split, m)).toEqual({ state: "moved", field: "body", paragraph: 1, offset: P0.slice(cut).indexOf("学习") });
  });

  it("of several occurrences the one nearest the old offset wins", () => {
    const m = at("组织部", 0);
    // the first 组织部 (市委组织部) is the one marked; text inserted before it moves both occurrences by 2
    const edited = { ...story, paragraphs: ["去年" + P0, P1] };
    expect(reanchor(edited, m)).toMatchObject({ state: "moved", offset: m.offset + 2 });
    const second = { ...m, offset: P0.indexOf("组织部", m.offset + 1) };
    expect(reanchor(edited, second)).toMatchObject({ state: "moved", offset: second.offset + 2 });
  });

  it("a head field is re-anchored in that field only", () => {
    const m = at("助农", 0, "headline");
    expect(reanchor({ ...story, headline: "聊城东阿县党建+电商助农增收" }, m)).toMatchObject({ state: "moved", field: "headline", offset: m.offset + 2 });
    expect(reanchor({ ...story, headline: "东阿县电商富民", paragraphs: ["助农" + P0] }, m)).toEqual({ state: "stale" });
  });

  it("an empty marked string never anchors", () => {
    expect(reanchor(story, { field: "body", paragraph: 0, offset: 0, marked: "" })).toEqual({ state: "stale" });
  });
});

describe("applyCorrection", () => {
  it("replaces the marked string at its re-anchored place and leaves the rest", () => {
    const edited = { ...story, paragraphs: ["去年" + P0, P1] };
    const m = at("“党建+电商”");
    const out = applyCorrection(edited, m, "“党建＋电商”")!;
    expect(out.paragraphs[0]).toBe("去年" + P0.replace("“党建+电商”", "“党建＋电商”"));
    expect(out.paragraphs[1]).toBe(P1);
    expect(out.at).toEqual({ field: "body", paragraph: 0, offset: m.offset + 2 });
  });

  it("an empty correction deletes the marked string; a head field is corrected in place", () => {
    expect(applyCorrection(story, at("，带动"), "带动", )!.paragraphs[1]).toBe("东阿县通过党组织领办合作社带动群众增收致富。");
    expect(applyCorrection(story, at("党建", 0, "kicker"), "")!.kicker).toBe("引领");
  });

  it("a stale mark is not applied", () => {
    expect(applyCorrection({ ...story, paragraphs: [] }, at("学习"), "学")).toBeNull();
  });
});
