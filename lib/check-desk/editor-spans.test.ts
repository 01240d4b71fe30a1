import { describe, expect, it } from "vitest";
import type { EditorFields } from "@/lib/story-draft";
import { applySuggestion, formSpanOf } from "./editor-spans";

const fields = (over: Partial<EditorFields> = {}): EditorFields => ({
  kicker: "",
  headline: "",
  subheadline: "",
  dateline: "",
  bodyText: "",
  sidebars: [],
  bylines: [],
  ...over,
});

const at = (field: "kicker" | "headline" | "subheadline" | "body" | "sidebar", paragraph: number, start: number, text: string, sidebarParagraph?: number | null) => ({
  field,
  paragraph,
  sidebarParagraph,
  start,
  end: start + text.length,
  text,
  suggestion: null as string | null,
});

describe("formSpanOf", () => {
  it("maps a body paragraph past blank lines and the typed indent to the textarea's offsets", () => {
    const f = fields({ bodyText: "第一段。\n\n　　聊城市委组织部邀请专家。\n第三段" });
    // the saved paragraph 1 is "聊城市委组织部邀请专家。" (trimmed, blank line dropped)
    const span = formSpanOf(f, at("body", 1, 2, "市委"));
    expect(span).toEqual({ control: { name: "body" }, start: "第一段。\n\n　　聊城".length, end: "第一段。\n\n　　聊城市委".length });
    expect(f.bodyText.slice(span!.start, span!.end)).toBe("市委");
  });

  it("handles CRLF line ends", () => {
    const f = fields({ bodyText: "甲乙\r\n丙丁戊" });
    const span = formSpanOf(f, at("body", 1, 1, "丁"));
    expect(f.bodyText.slice(span!.start, span!.end)).toBe("丁");
  });

  it("maps heads past leading spaces", () => {
    const f = fields({ headline: "  聊城启动代办员制度" });
    expect(formSpanOf(f, at("headline", 0, 2, "启动"))).toEqual({ control: { name: "headline" }, start: 4, end: 6 });
  });

  it("counts only saved sidebars and tells the title from the paragraphs", () => {
    const f = fields({ sidebars: [{ title: "", text: "" }, { title: "相关链接", text: "一\n代办员一般" }] });
    expect(formSpanOf(f, at("sidebar", 0, 0, "相关", null))).toEqual({ control: { name: "sidebarTitle", index: 1 }, start: 0, end: 2 });
    expect(formSpanOf(f, at("sidebar", 0, 0, "代办", 1))).toEqual({ control: { name: "sidebarBody", index: 1 }, start: 2, end: 4 });
  });

  it("is null when the text at the span changed or the paragraph is gone", () => {
    const f = fields({ bodyText: "甲乙丙" });
    expect(formSpanOf(f, at("body", 0, 1, "丁"))).toBeNull();
    expect(formSpanOf(f, at("body", 3, 0, "甲"))).toBeNull();
  });
});

describe("applySuggestion", () => {
  it("replaces the span with the suggestion and nothing else", () => {
    const f = fields({ bodyText: "开头\n　　他们一股作气完成了任务。" });
    const next = applySuggestion(f, { ...at("body", 1, 2, "一股作气"), suggestion: "一鼓作气" });
    expect(next?.bodyText).toBe("开头\n　　他们一鼓作气完成了任务。");
    expect(next?.headline).toBe(f.headline);
  });

  it("refuses when there is no suggestion or the text moved on", () => {
    const f = fields({ kicker: "既使如此" });
    expect(applySuggestion(f, { ...at("kicker", 0, 0, "既使"), suggestion: null })).toBeNull();
    expect(applySuggestion(f, { ...at("kicker", 0, 1, "既使"), suggestion: "即使" })).toBeNull();
    expect(applySuggestion(f, { ...at("kicker", 0, 0, "既使"), suggestion: "即使" })?.kicker).toBe("即使如此");
  });
});
